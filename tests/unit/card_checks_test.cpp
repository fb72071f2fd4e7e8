// The checkout's own card checks (the gateway checks again): brand while typing, Luhn, expiry not
// in the past, CVC length by brand, grouping as typed.
#include <doctest/doctest.h>

#include "client/card_checks.hpp"

using namespace mestore;

TEST_CASE("card brand shows from the first digits; anything but digits, spaces and dashes is no card") {
  CHECK(card_brand("4") == "VISA");
  CHECK(card_brand("5105 1051") == "MASTERCARD");
  CHECK(card_brand("2221 0000") == "MASTERCARD");
  CHECK(card_brand("3782") == "AMEX");
  CHECK(card_brand("6011") == "");
  CHECK(card_digits("4242-4242 4242 4242") == "4242424242424242");
  CHECK(card_digits("4242x4242") == "");
}

TEST_CASE("card numbers pass only with the right length and a good Luhn check digit") {
  CHECK(validate_card_number("4242 4242 4242 4242").ok());
  CHECK(validate_card_number("4111-1111-1111-1111").ok());
  CHECK(validate_card_number("3782 822463 10005").ok());
  CHECK(validate_card_number("4242 4242 4242 4241").key == "validate.card_number");  // one digit off
  CHECK(validate_card_number("4242 4242").key == "validate.card_number");
  CHECK(validate_card_number("3782 8224 6310 0050").key == "validate.card_number");  // Amex is 15
  CHECK(validate_card_number("  ").key == "validate.required");
  CHECK(validate_card_number("4242 4242 4242 424a").key == "validate.card_number");
}

TEST_CASE("expiry is MM/AA or MM/AAAA, never before this month, not decades away") {
  CHECK(validate_card_expiry("12/26", 2026, 12).ok());
  CHECK(validate_card_expiry("01/2030", 2026, 12).ok());
  CHECK(validate_card_expiry("11/26", 2026, 12).key == "validate.card_expired");
  CHECK(validate_card_expiry("13/27", 2026, 12).key == "validate.card_expiry");
  CHECK(validate_card_expiry("1227", 2026, 12).ok());
  CHECK(validate_card_expiry("12/2", 2026, 12).key == "validate.card_expiry");
  CHECK(validate_card_expiry("12/60", 2026, 12).key == "validate.card_expiry");
  CHECK(validate_card_expiry("", 2026, 12).key == "validate.required");
  int m = 0, y = 0;
  REQUIRE(parse_card_expiry("07 / 29", &m, &y));
  CHECK(m == 7);
  CHECK(y == 2029);
}

TEST_CASE("CVC is three digits, four for Amex") {
  CHECK(validate_card_cvc("123", "VISA").ok());
  CHECK(validate_card_cvc("1234", "AMEX").ok());
  CHECK(validate_card_cvc("1234", "VISA").key == "validate.card_cvc");
  CHECK(validate_card_cvc("12a", "MASTERCARD").key == "validate.card_cvc");
  CHECK(validate_card_cvc("", "VISA").key == "validate.required");
}

TEST_CASE("numbers are grouped as typed: 4-4-4-4, Amex 4-6-5") {
  CHECK(group_card_number("4242424242424242") == "4242 4242 4242 4242");
  CHECK(group_card_number("42424") == "4242 4");
  CHECK(group_card_number("378282246310005") == "3782 822463 10005");
  CHECK(group_card_number("") == "");
}
