#include "login.hpp"

#include "../audit/audit_log.hpp"
#include "../http/context.hpp"
#include "../stub.hpp"
#include "lockout.hpp"
#include "passwords.hpp"

namespace stub {
namespace {

ApiFailure invalid_credentials() {
  return ApiFailure(401, "INVALID_CREDENTIALS", "the email or the password is not correct");
}

AuditEvent login_event(const Context& ctx, const std::optional<Account>& account, const std::string& email,
                       std::string action, std::string result, nlohmann::json details) {
  AuditEvent e;
  e.actor_id = account ? account->id : "";
  e.actor_email = account ? account->email : email.substr(0, 254);
  e.action = std::move(action);
  e.target = account ? "user:" + account->id : "";
  e.result = std::move(result);
  e.ip = ctx.ip;
  e.details = std::move(details);
  return e;
}

// Records a failed attempt and, when it was one too many, locks the account. Returns the lock's
// end or 0. The attempt, the lock and both audit entries commit together.
std::int64_t record_failure(Stub& s, const Context& ctx, const std::optional<Account>& account, const std::string& email,
                            const char* action, nlohmann::json details) {
  const std::int64_t now = s.clock.now_seconds();
  return s.db.write([&](SQLite::Database& tx) {
    record_login_attempt(tx, account ? account->id : "", email, ctx.ip, now, false);
    append_audit(s, tx, login_event(ctx, account, email, action, "failure", details));
    if (!account) return std::int64_t{0};
    const std::int64_t until = lock_if_too_many_failures(tx, account->id, now);
    if (until)
      append_audit(s, tx, login_event(ctx, account, email, "auth.lockout", "success",
                                      {{"failures", kLockoutFailures}, {"locked_until", iso_utc(until)}}));
    return until;
  });
}

}  // namespace

void throttle_auth_request(Stub& s, const Context& ctx) {
  if (int wait = s.auth_limiter.hit(ctx.ip, s.clock.now_seconds())) {
    ApiFailure f(429, "RATE_LIMITED", "too many sign-in or registration requests from your address; try again shortly");
    f.retry_after_seconds = wait;
    throw f;
  }
}

SignedIn sign_in(Stub& s, const Context& ctx, const std::string& email, const std::string& password, bool staff_only) {
  const char* via = staff_only ? "admin-login" : "login";
  auto account = find_account_by_email(s.db.conn(), email);
  const std::int64_t now = s.clock.now_seconds();
  if (account) {
    if (std::int64_t left = lock_remaining(*account, now)) {
      s.db.write([&](SQLite::Database& tx) {
        append_audit(s, tx, login_event(ctx, account, email, "auth.login", "locked", {{"via", via}}));
      });
      throw account_locked(left);
    }
  }
  // An unknown email is checked against a dummy hash, so it costs what a wrong password costs
  // and the two answers cannot be told apart by time.
  const bool password_ok = account ? passwords::verify(account->password_hash, password)
                                   : (passwords::verify(s.dummy_password_hash, password), false);
  const bool door_ok = !staff_only || (account && account->is_staff());
  if (!password_ok || !door_ok) {
    const char* reason = !account ? "unknown_email" : !password_ok ? "wrong_password" : "not_staff";
    const std::int64_t locked_until = record_failure(s, ctx, account, email, "auth.login", {{"via", via}, {"reason", reason}});
    // Counted from now, not from when the request arrived: hashing may have taken a while.
    if (locked_until) throw account_locked(locked_until - s.clock.now_seconds());
    if (!password_ok) throw invalid_credentials();
    throw ApiFailure(403, "FORBIDDEN", "this sign-in is for administrators only");
  }
  if (!account->is_active) {
    s.db.write([&](SQLite::Database& tx) {
      append_audit(s, tx, login_event(ctx, account, email, "auth.login", "denied", {{"via", via}, {"reason", "inactive"}}));
    });
    throw ApiFailure(403, "ACCOUNT_INACTIVE", "this account is deactivated; contact MeStore support");
  }

  // Hashes made with older limits are upgraded while we hold the password anyway.
  const std::string rehash = passwords::needs_rehash(account->password_hash) ? passwords::hash(password) : "";
  SignedIn out;
  out.account = *account;
  const std::int64_t signed_in_at = s.clock.now_seconds();
  out.tokens = s.db.write([&](SQLite::Database& tx) {
    record_login_attempt(tx, account->id, email, ctx.ip, signed_in_at, true);
    reset_failures(tx, account->id);
    SQLite::Statement q(tx, "UPDATE users SET last_login_at = ?, password_hash = COALESCE(NULLIF(?, ''), password_hash) WHERE id = ?");
    q.bind(1, signed_in_at);
    q.bind(2, rehash);
    q.bind(3, account->id);
    q.exec();
    IssuedTokens t = start_session(s, tx, *account, ctx);
    append_audit(s, tx, login_event(ctx, account, email, "auth.login", "success",
                                    {{"via", via}, {"session_id", t.session_id}}));
    return t;
  });
  out.account.last_login_at = signed_in_at;
  return out;
}

bool confirm_password(Stub& s, const Context& ctx, const Account& account, const std::string& password) {
  const std::int64_t now = s.clock.now_seconds();
  if (std::int64_t left = lock_remaining(account, now)) throw account_locked(left);
  if (passwords::verify(account.password_hash, password)) return true;
  const std::int64_t locked_until =
      record_failure(s, ctx, account, account.email, "auth.password_check", {{"reason", "wrong_password"}});
  if (locked_until) throw account_locked(locked_until - s.clock.now_seconds());
  return false;
}

}  // namespace stub
