// Checks a whole audit log: every entry's hash, the links between them, and the head's signature.
// Shared by GET /api/v1/admin/audit-log/verify and the `mestore-stub verify` command.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include "../secrets.hpp"
#include "client/wire/audit.hpp"

namespace stub {

mestore::AuditVerification verify_audit_log(SQLite::Database& db, const SigningKey& key);

// The `verify` subcommand: prints the result; 0 when intact, 2 when broken, 1 when it cannot check.
int verify_command(const std::string& data_dir);

}  // namespace stub
