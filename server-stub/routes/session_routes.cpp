// /api/v1/auth/sessions and /auth/change-password: a user sees and ends their own sessions.
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../auth/lockout.hpp"
#include "../auth/login.hpp"
#include "../auth/passwords.hpp"
#include "../http/body_reader.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply list_own_sessions(Stub& s, Context& ctx) { return Reply::ok(list_sessions(s, *ctx.caller)); }

Reply delete_own_session(Stub& s, Context& ctx) {
  revoke_own_session(s, ctx, ctx.param("id"));
  return Reply::ok_message({{"id", ctx.param("id")}}, "session ended");
}

// Ends every other session of the user: whoever else held one must prove the new password.
Reply change_password(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"current_password", "new_password"});
  const std::string current = b.secret("current_password");
  const std::string next = b.secret("new_password");
  b.check();
  auto account = find_account(s.db.conn(), ctx.caller->user_id);
  if (!account) throw ApiFailure(401, "SESSION_ENDED", "the session has ended; sign in again");
  if (!confirm_password(s, ctx, *account, current))
    throw ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields",
                     {{"current_password", "is not your current password", "invalid_password"}});
  passwords::enforce_policy(next, account->email, "new_password");
  if (next == current)
    throw ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields",
                     {{"new_password", "must differ from the current password", "same_password"}});

  const std::string hash = passwords::hash(next);
  const int ended = s.db.write([&](SQLite::Database& tx) {
    const std::int64_t now = s.clock.now_seconds();
    SQLite::Statement q(tx, "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?");
    q.bind(1, hash);
    q.bind(2, iso_utc(now));
    q.bind(3, account->id);
    q.exec();
    reset_failures(tx, account->id);
    const int n = end_user_sessions(tx, account->id, "PASSWORD_CHANGED", now, ctx.caller->session_id);
    append_audit(s, tx, audit_event(ctx, "auth.password_changed", "user:" + account->id, "success", {{"other_sessions_ended", n}}));
    return n;
  });
  return Reply::ok_message({{"other_sessions_ended", ended}}, "password changed");
}

}  // namespace

void add_session_routes(Router& r, Stub& s) {
  const std::string tag = "auth";
  r.add({"GET", "/api/v1/auth/sessions", Access::signed_in(), [&s](Context& c) { return list_own_sessions(s, c); },
         "Your live sessions (device, ip, last seen; `current` marks this one)", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("Session")}}});
  r.add({"DELETE", "/api/v1/auth/sessions/{id}", Access::signed_in(), [&s](Context& c) { return delete_own_session(s, c); },
         "End one of your sessions (another user's id is 404)", tag});
  r.add({"POST", "/api/v1/auth/change-password", Access::signed_in(), [&s](Context& c) { return change_password(s, c); },
         "Change your password; your other sessions end", tag, BodyKind::Json, ref("ChangePasswordRequest")});
}

}  // namespace stub
