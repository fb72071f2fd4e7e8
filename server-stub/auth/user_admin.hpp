// Who may do what to which account, and the changes themselves. The rules (MeStore's original
// let anyone become SUPERUSER):
//   - ADMIN and SUPERUSER manage BUYER and VENDOR accounts;
//   - only a SUPERUSER touches ADMIN and SUPERUSER accounts or changes anyone's role;
//   - nobody changes their own role, or deactivates or deletes themselves;
//   - VENDOR accounts come from vendor applications, never from a role change or admin creation.
// The rule functions are pure (unit-tested); the changes run inside the caller's transaction
// and write their audit entries there.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

#include "../http/api_failure.hpp"
#include "accounts.hpp"
#include "caller.hpp"

namespace stub {

struct Stub;
struct Context;

std::optional<ApiFailure> denied_to_manage(const Caller& c, const Account& target);
std::optional<ApiFailure> denied_to_create(const Caller& c, const std::string& user_type);
std::optional<ApiFailure> denied_to_change_role(const Caller& c, const Account& target, const std::string& new_type);
// Deactivate or delete: manage rights, and never oneself.
std::optional<ApiFailure> denied_to_disable(const Caller& c, const Account& target, const char* verb);

void set_active(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target, bool active);
void set_role(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target, const std::string& new_type);
void unlock_account(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target);
void soft_delete(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target);

}  // namespace stub
