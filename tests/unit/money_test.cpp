#include <doctest/doctest.h>

#include "client/money.hpp"

using namespace mestore;

TEST_CASE("COP is formatted the Colombian way in Spanish and with commas in English") {
  CHECK(format_cop({1250000}, Locale::Es) == "$ 1.250.000");
  CHECK(format_cop({1250000}, Locale::En) == "COP 1,250,000");
  CHECK(format_cop({0}) == "$ 0");
  CHECK(format_cop({999}) == "$ 999");
  CHECK(format_cop({1000}) == "$ 1.000");
  CHECK(format_cop({100000000}) == "$ 100.000.000");
  CHECK(format_cop({-15000}) == "-$ 15.000");
}

TEST_CASE("grouping survives the extremes of int64") {
  CHECK(format_grouped(INT64_MAX) == "9.223.372.036.854.775.807");
  CHECK(format_grouped(INT64_MIN) == "-9.223.372.036.854.775.808");
}

TEST_CASE("money arithmetic stays in whole pesos") {
  Cop a{89900};
  CHECK(a * 3 == Cop{269700});
  CHECK(a + Cop{100} == Cop{90000});
}
