// Server-side sessions. A session has one live access token (30 min) and one live refresh token;
// refreshing rotates both. It ends on logout, revocation, password change, deactivation, refresh
// reuse or eviction (at most 3 per user), and expires when idle (15 min for staff and vendors,
// 30 for buyers) or 12 h after sign-in. Every request with an ended session's token is told why.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <vector>

#include "accounts.hpp"
#include "caller.hpp"
#include "client/wire/auth.hpp"

namespace stub {

struct Stub;
struct Context;

constexpr int kAccessTokenSeconds = 30 * 60;
constexpr int kSessionAbsoluteSeconds = 12 * 60 * 60;
constexpr int kMaxSessionsPerUser = 3;
int idle_seconds_for(const std::string& role);

struct IssuedTokens {
  std::string session_id;
  std::string access_token;
  std::string refresh_token;
  std::int64_t session_expires_at = 0;
};

// Inside the login transaction: evicts the oldest live sessions beyond the limit (audited) and
// starts a new one.
IssuedTokens start_session(Stub& s, SQLite::Database& tx, const Account& user, const Context& ctx);

// Resolves a bearer access token into its caller, or throws the 401 that says why not.
Caller authenticate(Stub& s, const std::string& access_token);

// Rotates a refresh token. A rotated one presented again ends its session (audited); every
// failure throws the matching 401.
struct Refreshed {
  IssuedTokens tokens;
  Account account;
};
Refreshed refresh_session(Stub& s, const std::string& refresh_token, const Context& ctx);

// Ends one session / all of a user's live sessions (except one), inside `tx`. Reasons are the
// end_reason values of the sessions table.
bool end_session(SQLite::Database& tx, const std::string& session_id, const char* reason, std::int64_t now);
int end_user_sessions(SQLite::Database& tx, const std::string& user_id, const char* reason, std::int64_t now,
                      const std::string& except_session_id = "");

// The caller's live sessions, newest first.
std::vector<mestore::SessionInfo> list_sessions(Stub& s, const Caller& caller);
// Ends one of the caller's own sessions; another user's id is a 404 (no hint that it exists).
void revoke_own_session(Stub& s, const Context& ctx, const std::string& session_id);

// "Chrome en Linux" style guess from a User-Agent, for the sessions list.
std::string device_from_user_agent(const std::string& ua);

}  // namespace stub
