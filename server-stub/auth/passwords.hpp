// Passwords: Argon2id through libsodium (crypto_pwhash_str, INTERACTIVE limits) and the policy
// (12–128 characters, no composition rules, not a common password, not containing the email's
// local part). Hashing is bounded by a small semaphore: each hash takes 64 MiB, so fifty parallel
// logins wait their turn instead of allocating 3 GiB.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "client/wire/common.hpp"

namespace stub::passwords {

constexpr std::size_t kMinLength = 12;
constexpr std::size_t kMaxLength = 128;

std::string hash(std::string_view password);
bool verify(const std::string& stored_hash, std::string_view password);
// True when `stored_hash` was made with weaker limits than today's (rehash on next sign-in).
bool needs_rehash(const std::string& stored_hash);

// Loads the common-password list (Debian john-data's password.lst, one per line, comments start
// with "#!comment:"). Returns the number of entries; 0 when the file cannot be read.
std::size_t load_common_passwords(const std::string& path);
constexpr const char* kJohnWordlist = "/usr/share/john/password.lst";

// Every rule the password breaks, as field errors on `field` whose error_type names the rule:
// too_short, too_long, common_password, contains_email. Empty when it is acceptable.
std::vector<mestore::FieldError> policy_problems(std::string_view password, std::string_view email,
                                                 const std::string& field = "password");

// Characters, not bytes: "contraseñaaaa" is 13 long.
std::size_t utf8_length(std::string_view s);

}  // namespace stub::passwords

#include "../http/api_failure.hpp"

namespace stub::passwords {

// Throws 422 PASSWORD_POLICY listing every broken rule, if any.
inline void enforce_policy(std::string_view password, std::string_view email, const std::string& field = "password") {
  auto problems = policy_problems(password, email, field);
  if (!problems.empty())
    throw ApiFailure(422, "PASSWORD_POLICY", "the password does not meet the password policy", std::move(problems));
}

}  // namespace stub::passwords
