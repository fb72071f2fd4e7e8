// Writing and reading the audit log. An entry is appended inside the same transaction as the
// action it records, so both commit or neither does: a crash can never leave an action without
// its entry, nor a gap in the chain.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "client/wire/audit.hpp"
#include "client/wire/common.hpp"

namespace stub {

struct Stub;
struct Context;

struct AuditEvent {
  std::string actor_id;
  std::string actor_email;
  std::string action;
  std::string target;
  std::string result = "success";
  std::string ip;
  nlohmann::json details = nlohmann::json::object();  // strings, integers, booleans; never a secret
};

// The event's actor and ip from the request: the signed-in caller, or anonymous.
AuditEvent audit_event(const Context& ctx, std::string action, std::string target = "", std::string result = "success",
                       nlohmann::json details = nlohmann::json::object());

// Appends inside `tx` (a Database::write transaction). Returns the new entry.
mestore::AuditEntry append_audit(Stub& s, SQLite::Database& tx, const AuditEvent& e);

struct AuditFilter {
  std::string actor;   // actor id or email
  std::string action;
  std::string from;    // ISO, inclusive
  std::string to;      // ISO, inclusive
  bool newest_first = true;
  int page = 1;
  int size = 50;
};
mestore::Page<mestore::AuditEntry> list_audit(SQLite::Database& db, const AuditFilter& f);

// The newest entry as a signed head; for an empty log, seq 0 and the genesis hash signed now.
mestore::AuditHead audit_head(Stub& s);

// Reads entries in seq order starting after `after_seq`, at most `limit` of them.
std::vector<mestore::AuditEntry> read_audit_range(SQLite::Database& db, std::int64_t after_seq, int limit);

}  // namespace stub
