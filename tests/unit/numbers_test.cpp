#include <doctest/doctest.h>
#include <sodium.h>

#include <regex>
#include <set>

#include "commerce/numbers.hpp"

using namespace stub::commerce;

TEST_CASE("order numbers are ORD-YYYYMMDD-XXXXXXXX in Colombian dates") {
  REQUIRE(sodium_init() >= 0);
  // 2026-12-05 03:00 UTC is still 2026-12-04 in Bogotá.
  const std::string n = order_number(1796439600);
  CHECK(std::regex_match(n, std::regex("ORD-20261204-[A-Z0-9]{8}")));
  CHECK(looks_like_order_number(n));
  CHECK_FALSE(looks_like_order_number("ORD-20261204-abcdefgh"));
  CHECK_FALSE(looks_like_order_number("ORD-2026124-ABCDEFGH"));
}

TEST_CASE("tracking numbers are SHIP-YYYYMMDDHHMMSS-XXXXXXXX") {
  REQUIRE(sodium_init() >= 0);
  const std::string n = tracking_number(1796439600 + 61);
  CHECK(std::regex_match(n, std::regex("SHIP-20261204220101-[A-Z0-9]{8}")));
  CHECK(looks_like_tracking_number(n));
  CHECK_FALSE(looks_like_tracking_number("SHIP-20261204220101-ABCDEFG"));
}

TEST_CASE("random codes use every letter and digit and do not repeat") {
  REQUIRE(sodium_init() >= 0);
  std::set<char> seen;
  std::set<std::string> codes;
  for (int i = 0; i < 2000; ++i) {
    auto c = random_code(8);
    REQUIRE(c.size() == 8);
    for (char ch : c) {
      REQUIRE(((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')));
      seen.insert(ch);
    }
    codes.insert(c);
  }
  CHECK(seen.size() == 36);
  CHECK(codes.size() == 2000);
}
