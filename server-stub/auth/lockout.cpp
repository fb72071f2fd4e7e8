#include "lockout.hpp"

namespace stub {
namespace {

// Failures recorded up to now stop counting (the login_attempts id is the watermark, so two
// attempts within one second are still told apart).
void forget_failures(SQLite::Database& tx, const std::string& user_id) {
  SQLite::Statement q(tx, "UPDATE users SET failures_after = (SELECT COALESCE(MAX(id), 0) FROM login_attempts) WHERE id = ?");
  q.bind(1, user_id);
  q.exec();
}

}  // namespace

std::int64_t lock_remaining(const Account& a, std::int64_t now) { return a.locked_until > now ? a.locked_until - now : 0; }

ApiFailure account_locked(std::int64_t seconds_left) {
  const std::int64_t minutes = (seconds_left + 59) / 60;
  ApiFailure f(429, "ACCOUNT_LOCKED",
               "too many failed sign-ins: this account is locked for " + std::to_string(minutes) +
                   " more minute(s); an administrator can unlock it sooner",
               {{"", "locked after " + std::to_string(kLockoutFailures) + " failed sign-ins within " +
                         std::to_string(kLockoutWindowSeconds / 60) + " minutes",
                 "account_locked"}});
  f.retry_after_seconds = static_cast<int>(seconds_left);
  return f;
}

void record_login_attempt(SQLite::Database& tx, const std::string& user_id, const std::string& email,
                          const std::string& ip, std::int64_t now, bool succeeded) {
  SQLite::Statement q(tx, "INSERT INTO login_attempts(user_id, email, ip, at, succeeded) VALUES (?,?,?,?,?)");
  if (user_id.empty()) q.bind(1);
  else q.bind(1, user_id);
  q.bind(2, email.substr(0, 254));
  q.bind(3, ip);
  q.bind(4, now);
  q.bind(5, succeeded ? 1 : 0);
  q.exec();
}

std::int64_t lock_if_too_many_failures(SQLite::Database& tx, const std::string& user_id, std::int64_t now) {
  SQLite::Statement q(tx,
                      "SELECT COUNT(*) FROM login_attempts a JOIN users u ON u.id = a.user_id"
                      " WHERE a.user_id = ? AND a.succeeded = 0 AND a.at > ? AND a.id > u.failures_after");
  q.bind(1, user_id);
  q.bind(2, now - kLockoutWindowSeconds);
  q.executeStep();
  const int failures = q.getColumn(0).getInt();
  q.reset();
  if (failures < kLockoutFailures) return 0;
  const std::int64_t until = now + kLockoutSeconds;
  SQLite::Statement lock(tx, "UPDATE users SET locked_until = ? WHERE id = ?");
  lock.bind(1, until);
  lock.bind(2, user_id);
  lock.exec();
  // The failures that caused this lock must not lock the account again the moment it ends.
  forget_failures(tx, user_id);
  return until;
}

void reset_failures(SQLite::Database& tx, const std::string& user_id) {
  SQLite::Statement q(tx, "UPDATE users SET locked_until = 0 WHERE id = ?");
  q.bind(1, user_id);
  q.exec();
  forget_failures(tx, user_id);
}

}  // namespace stub
