// The password policy and Argon2id hashing, without a server.
#include <doctest/doctest.h>
#include <sodium.h>

#include <algorithm>

#include "auth/passwords.hpp"

using namespace stub;

namespace {

std::vector<std::string> rules(std::string_view password, std::string_view email = "someone@mestore.com") {
  static const bool loaded = [] {
    REQUIRE(sodium_init() >= 0);
    return passwords::load_common_passwords(passwords::kJohnWordlist) > 3000;
  }();
  REQUIRE(loaded);
  std::vector<std::string> out;
  for (const auto& p : passwords::policy_problems(password, email)) out.push_back(p.error_type);
  return out;
}

bool has(const std::vector<std::string>& v, const char* rule) { return std::find(v.begin(), v.end(), rule) != v.end(); }

}  // namespace

TEST_CASE("passwords need 12 to 128 characters and nothing else about their composition") {
  CHECK(has(rules("abcdefghijk"), "too_short"));  // 11
  CHECK(rules("abcdefghijkl").empty());            // 12, all lowercase: fine
  CHECK(rules("            ").empty());            // spaces count too
  CHECK(rules(std::string(128, 'q')).empty());
  CHECK(has(rules(std::string(129, 'q')), "too_long"));
}

TEST_CASE("length counts characters, not bytes") {
  CHECK(passwords::utf8_length("contraseña") == 10);
  CHECK(has(rules("ñññññññññññ"), "too_short"));  // 11 characters, 22 bytes
  CHECK(rules("ññññññññññññ").empty());
}

TEST_CASE("passwords from the common list are refused whatever their case") {
  CHECK(has(rules("winniethepooh"), "common_password"));
  CHECK(has(rules("WinnieThePooh"), "common_password"));
  CHECK(rules("winniethepooh and honey").empty());
  // Short common passwords break two rules; both are reported.
  const auto both = rules("password");
  CHECK(has(both, "too_short"));
  CHECK(has(both, "common_password"));
}

TEST_CASE("a password may not contain the email's local part") {
  CHECK(has(rules("maria.lopez-2031", "maria.lopez@example.com"), "contains_email"));
  CHECK(has(rules("XXMARIA.LOPEZXX", "Maria.Lopez@example.com"), "contains_email"));
  CHECK(rules("una frase larga cualquiera", "maria.lopez@example.com").empty());
  CHECK(rules("abcdefghijklmno", "ab@example.com").empty());  // 2-letter local parts are not a rule
}

TEST_CASE("policy problems name the field they belong to") {
  rules("x");
  auto problems = passwords::policy_problems("corta", "a@b.co", "new_password");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].field == "new_password");
  CHECK(problems[0].error_type == "too_short");
}

TEST_CASE("hashes are Argon2id strings that verify only the right password") {
  REQUIRE(sodium_init() >= 0);
  const std::string h = passwords::hash("una frase larga cualquiera");
  CHECK(h.rfind("$argon2id$", 0) == 0);
  CHECK(passwords::verify(h, "una frase larga cualquiera"));
  CHECK_FALSE(passwords::verify(h, "una frase larga cualquierA"));
  CHECK_FALSE(passwords::needs_rehash(h));
  CHECK(passwords::hash("una frase larga cualquiera") != h);  // a new salt every time
  CHECK_FALSE(passwords::verify("not a hash", "x"));
}
