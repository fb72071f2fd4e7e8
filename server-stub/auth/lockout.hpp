// Account lockout: 5 failed logins for one account within 15 minutes lock it for 30 minutes.
// A successful login or an admin's unlock starts the count afresh. All calls run inside the
// transaction that records the attempt, so parallel guesses cannot slip past the count.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "../http/api_failure.hpp"
#include "accounts.hpp"

namespace stub {

constexpr int kLockoutFailures = 5;
constexpr int kLockoutWindowSeconds = 15 * 60;
constexpr int kLockoutSeconds = 30 * 60;

// Seconds the account stays locked; 0 when it is not.
std::int64_t lock_remaining(const Account& a, std::int64_t now);
ApiFailure account_locked(std::int64_t seconds_left);

// Records one login attempt (user_id empty for an unknown email).
void record_login_attempt(SQLite::Database& tx, const std::string& user_id, const std::string& email,
                          const std::string& ip, std::int64_t now, bool succeeded);
// After recording a failure: locks the account when it reached the limit. Returns the lock's
// end (epoch seconds) when this failure locked it, else 0.
std::int64_t lock_if_too_many_failures(SQLite::Database& tx, const std::string& user_id, std::int64_t now);
// Success or unlock: clears the lock and forgets earlier failures.
void reset_failures(SQLite::Database& tx, const std::string& user_id);

}  // namespace stub
