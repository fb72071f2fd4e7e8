// Form validation shared by screens; each failure is a message key the UI translates.
#include <doctest/doctest.h>

#include "client/validate.hpp"

using namespace mestore;

TEST_CASE("email addresses: plausible ones pass, broken ones get validate.email_invalid") {
  for (const char* ok : {"ana@example.co", "ana.gomez+compras@mestore.com.co", " ana@example.co ", "a_b-c@sub.dominio.co"}) {
    INFO(ok);
    CHECK(validate_email(ok).ok());
  }
  CHECK(validate_email("").key == "validate.required");
  for (const char* bad : {"ana", "ana@", "@example.co", "ana@example", "ana@@example.co", "ana@exa mple.co",
                          "ana..gomez@example.co", ".ana@example.co", "ana@-example.co", "ana@example..co",
                          "ana gomez@example.co", "ana@example.co."}) {
    INFO(bad);
    CHECK(validate_email(bad).key == "validate.email_invalid");
  }
  CHECK_FALSE(validate_email(std::string(250, 'a') + "@x.co").ok());
}

TEST_CASE("Colombian mobiles are normalised to +57 and validated") {
  CHECK(normalize_co_mobile("300 123 4567") == "+573001234567");
  CHECK(normalize_co_mobile("+57 300-123-4567") == "+573001234567");
  CHECK(normalize_co_mobile("573001234567") == "+573001234567");
  CHECK(normalize_co_mobile("(+57) 315.555.0000") == "+573155550000");
  CHECK(validate_co_mobile("3001234567").ok());
  CHECK(validate_co_mobile("").key == "validate.required");
  for (const char* bad : {"2001234567", "300123456", "30012345678", "+1 300 123 4567", "+57 601 234 5678", "300123456a",
                          "57300123456", "+5730012345678", "++573001234567"}) {
    INFO(bad);
    CHECK(validate_co_mobile(bad).key == "validate.phone_invalid");
    CHECK_FALSE(normalize_co_mobile(bad));
  }
}

TEST_CASE("the password preview names the rule that fails") {
  const char* email = "ana.gomez@example.co";
  CHECK(validate_password("", email).key == "validate.required");
  CHECK(validate_password("corta", email).key == "validate.password_too_short");
  CHECK(validate_password(std::string(129, 'x'), email).key == "validate.password_too_long");
  CHECK(validate_password(std::string(128, 'x'), email).ok());
  CHECK(validate_password("mi-clave-ANA.GOMEZ-2026", email).key == "validate.password_contains_email");
  CHECK(validate_password("cafetal en la montaña", email).ok());
  // Length counts characters, not bytes: eleven "ñ" are 22 bytes but still too short.
  CHECK(validate_password("ñññññññññññ", email).key == "validate.password_too_short");
  CHECK(validate_password("ññññññññññññ", email).ok());

  auto rules = password_rules("corta", email);
  REQUIRE(rules.size() == 3);
  CHECK(rules[0].key == "validate.password_too_short");
  CHECK_FALSE(rules[0].passed);
  CHECK(rules[1].passed);
  CHECK(rules[2].passed);
}

TEST_CASE("names, addresses and cities: non-empty, sane lengths, no control characters") {
  CHECK(validate_person_name("José Ñáñez-O'Connor").ok());
  CHECK(validate_person_name("  ").key == "validate.required");
  CHECK(validate_person_name("A").key == "validate.name_too_short");
  CHECK(validate_person_name(std::string(101, 'a')).key == "validate.name_too_long");
  CHECK(validate_person_name("R2D2").key == "validate.name_invalid");
  CHECK(validate_person_name("Ana\x01").key == "validate.name_invalid");

  CHECK(validate_address("Cra. 7 # 45-10, apto 301").ok());
  CHECK(validate_address("").key == "validate.required");
  CHECK(validate_address("Cl 1").key == "validate.address_too_short");
  CHECK(validate_address(std::string(201, 'a')).key == "validate.address_too_long");
  CHECK(validate_address("Calle 10\n# 5").key == "validate.address_invalid");

  CHECK(validate_city("Bogotá, D.C.").ok());
  CHECK(validate_city("Cartagena de Indias").ok());
  CHECK(validate_city("").key == "validate.required");
  CHECK(validate_city("B").key == "validate.city_too_short");
  CHECK(validate_city("Medellín 2").key == "validate.city_invalid");
  CHECK(utf8_length("Bogotá") == 6);
}
