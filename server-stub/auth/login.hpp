// Signing in: lockout, equal answers for unknown emails and wrong passwords, the staff-only
// door, a new session, and an audit entry for every outcome.
#pragma once
#include <string>

#include "accounts.hpp"
#include "sessions.hpp"

namespace stub {

struct Stub;
struct Context;

// The per-IP throttle of login and registration: 429 RATE_LIMITED with Retry-After.
void throttle_auth_request(Stub& s, const Context& ctx);

struct SignedIn {
  IssuedTokens tokens;
  Account account;
};
// `staff_only`: the admin-login door; other roles get 403 and the attempt counts as a failure.
SignedIn sign_in(Stub& s, const Context& ctx, const std::string& email, const std::string& password, bool staff_only);

// Verifies an account's password for a signed-in action (change-password); a wrong one counts
// toward lockout like a failed sign-in. Throws 429 when that locked the account.
bool confirm_password(Stub& s, const Context& ctx, const Account& account, const std::string& password);

}  // namespace stub
