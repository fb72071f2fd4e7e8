#include <doctest/doctest.h>

#include "commerce/cards.hpp"

using namespace stub::commerce;

namespace {
constexpr std::int64_t kJune2026 = 1781136000;  // 2026-06-11 00:00 UTC
}

TEST_CASE("Luhn accepts the sandbox cards and refuses a changed digit") {
  CHECK(luhn_valid("4242424242424242"));
  CHECK(luhn_valid("4111111111111111"));
  CHECK(luhn_valid("5555555555554444"));
  CHECK(luhn_valid("378282246310005"));
  CHECK_FALSE(luhn_valid("4242424242424241"));
  CHECK_FALSE(luhn_valid("4242x24242424242"));
  CHECK_FALSE(luhn_valid(""));
}

TEST_CASE("card numbers are normalised from groups and anything else is refused") {
  CHECK(normalize_card_number("4242 4242 4242 4242") == std::optional<std::string>("4242424242424242"));
  CHECK(normalize_card_number("4242-4242-4242-4242") == std::optional<std::string>("4242424242424242"));
  CHECK_FALSE(normalize_card_number("4242.4242.4242.4242"));
  CHECK_FALSE(normalize_card_number("42424242424"));           // 11 digits
  CHECK_FALSE(normalize_card_number("42424242424242424242"));  // 20 digits
  CHECK_FALSE(normalize_card_number("４２４２４２４２４２４２４２４２"));  // full-width digits
}

TEST_CASE("brands: Visa, Mastercard (both ranges), Amex; others unknown") {
  CHECK(detect_brand("4242424242424242") == CardBrand::Visa);
  CHECK(detect_brand("4222222222222") == CardBrand::Visa);
  CHECK(detect_brand("5555555555554444") == CardBrand::Mastercard);
  CHECK(detect_brand("2223003122003222") == CardBrand::Mastercard);
  CHECK(detect_brand("2721000000000000") == CardBrand::Unknown);
  CHECK(detect_brand("378282246310005") == CardBrand::Amex);
  CHECK(detect_brand("371449635398431") == CardBrand::Amex);
  CHECK(detect_brand("6011111111111117") == CardBrand::Unknown);  // Discover: not offered
  CHECK(detect_brand("37828224631000") == CardBrand::Unknown);    // Amex prefix, wrong length
  CHECK(std::string(to_string(CardBrand::Mastercard)) == "MASTERCARD");
  CHECK(last_four("4242424242424242") == "4242");
}

TEST_CASE("CVC is 3 digits, 4 for Amex") {
  CHECK(cvc_valid("123", CardBrand::Visa));
  CHECK(cvc_valid("1234", CardBrand::Amex));
  CHECK_FALSE(cvc_valid("1234", CardBrand::Visa));
  CHECK_FALSE(cvc_valid("123", CardBrand::Amex));
  CHECK_FALSE(cvc_valid("12a", CardBrand::Visa));
  CHECK_FALSE(cvc_valid("", CardBrand::Mastercard));
}

TEST_CASE("expiry: this month is still valid, last month is expired, the shape is MM/YY") {
  CHECK(check_expiry("06/26", kJune2026) == ExpiryCheck::Valid);
  CHECK(check_expiry("12/30", kJune2026) == ExpiryCheck::Valid);
  CHECK(check_expiry("06/2026", kJune2026) == ExpiryCheck::Valid);
  CHECK(check_expiry("05/26", kJune2026) == ExpiryCheck::Expired);
  CHECK(check_expiry("12/25", kJune2026) == ExpiryCheck::Expired);
  CHECK(check_expiry("13/26", kJune2026) == ExpiryCheck::Malformed);
  CHECK(check_expiry("00/26", kJune2026) == ExpiryCheck::Malformed);
  CHECK(check_expiry("6/26", kJune2026) == ExpiryCheck::Malformed);
  CHECK(check_expiry("06-26", kJune2026) == ExpiryCheck::Malformed);
  CHECK(check_expiry("06/2", kJune2026) == ExpiryCheck::Malformed);
  CHECK(check_expiry("07/47", kJune2026) == ExpiryCheck::TooFar);
  // 2026-07-01 03:00 UTC is still June 30 in Bogotá: a June card still works.
  CHECK(check_expiry("06/26", 1782874800) == ExpiryCheck::Valid);
  CHECK(check_expiry("06/26", 1782874800 + 3 * 3600) == ExpiryCheck::Expired);
}

TEST_CASE("a whole card is checked and only brand and last four come back") {
  auto ok = check_card("4242 4242 4242 4242", "12/30", "123", kJune2026);
  CHECK(ok.problem.empty());
  CHECK(ok.brand == CardBrand::Visa);
  CHECK(ok.last_four == "4242");
  CHECK(check_card("4242 4242 4242 4241", "12/30", "123", kJune2026).problem == "INVALID_NUMBER");
  CHECK(check_card("6011111111111117", "12/30", "123", kJune2026).problem == "UNSUPPORTED_BRAND");
  CHECK(check_card("378282246310005", "12/30", "123", kJune2026).problem == "INVALID_CVC");
  CHECK(check_card("5555555555554444", "01/20", "123", kJune2026).problem == "CARD_EXPIRED");
  CHECK(check_card("5555555555554444", "1/20", "123", kJune2026).problem == "INVALID_EXPIRY");
}
