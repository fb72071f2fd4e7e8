#include <doctest/doctest.h>

#include <limits>

#include "commerce/money_math.hpp"
#include "commerce/pricing.hpp"

using namespace stub::commerce;

TEST_CASE("round half up is exact integer arithmetic: halves go up, nothing else does") {
  CHECK(round_half_up_div(0, 100) == 0);
  CHECK(round_half_up_div(49, 100) == 0);
  CHECK(round_half_up_div(50, 100) == 1);
  CHECK(round_half_up_div(149, 100) == 1);
  CHECK(round_half_up_div(150, 100) == 2);
  CHECK(round_half_up_div(250, 100) == 3);  // not banker's rounding
  CHECK(round_half_up_div(7, 3) == 2);      // 2.33
  CHECK(round_half_up_div(8, 3) == 3);      // 2.67
  CHECK_FALSE(round_half_up_div(-1, 100));
  CHECK_FALSE(round_half_up_div(1, 0));
  CHECK_FALSE(round_half_up_div(std::numeric_limits<std::int64_t>::max(), 3));
}

TEST_CASE("IVA is 19 % of the subtotal, rounded half up to whole pesos") {
  CHECK(iva_on(0) == 0);
  CHECK(iva_on(100) == 19);
  CHECK(iva_on(89900) == 17081);   // 17 081.00
  CHECK(iva_on(50) == 10);         // 9.50 → 10
  CHECK(iva_on(150) == 29);        // 28.50 → 29
  CHECK(iva_on(2) == 0);           // 0.38 → 0
  CHECK(iva_on(3) == 1);           // 0.57 → 1
  CHECK(iva_on(1299900) == 246981);
}

TEST_CASE("shipping is 15 000 below a 200 000 subtotal and free from it") {
  CHECK(shipping_for(0) == 15000);
  CHECK(shipping_for(199999) == 15000);
  CHECK(shipping_for(200000) == 0);
  CHECK(shipping_for(5000000) == 0);
}

TEST_CASE("a basket is priced from unit prices and quantities: subtotal, IVA, shipping, total") {
  auto t = price_lines({{89900, 2}, {32900, 1}});
  REQUIRE(t);
  CHECK(t->line_totals == std::vector<std::int64_t>{179800, 32900});
  CHECK(t->subtotal == 212700);
  CHECK(t->iva == 40413);
  CHECK(t->shipping == 0);
  CHECK(t->total == 212700 + 40413);

  auto small = price_lines({{14900, 1}});
  REQUIRE(small);
  CHECK(small->subtotal == 14900);
  CHECK(small->iva == 2831);
  CHECK(small->shipping == 15000);
  CHECK(small->total == 14900 + 2831 + 15000);

  auto edge = price_lines({{100000, 2}});  // exactly at the threshold
  REQUIRE(edge);
  CHECK(edge->shipping == 0);
}

TEST_CASE("a huge quantity times a price is refused, never wrapped") {
  CHECK_FALSE(price_lines({{100000000, std::numeric_limits<std::int64_t>::max() / 2}}));
  CHECK_FALSE(price_lines({{100000000, 92233720368}}));  // × 1e8 overflows int64
  CHECK(price_lines({{100000000, 20000000}}));             // 2e15 still prices (IVA needs × 3800 of headroom)
  CHECK_FALSE(price_lines({{100000000, 9223372036}}));     // the line fits (9.2e17), its IVA does not
  CHECK_FALSE(price_lines({{100000000, 40000000000}, {100000000, 40000000000}, {100000000, 40000000000}}));  // the sum overflows
  CHECK_FALSE(price_lines({{-1, 1}}));
  CHECK_FALSE(price_lines({{100, 0}}));
  CHECK_FALSE(price_lines({{100, -5}}));
}

TEST_CASE("quantities must be whole numbers from 1 to what is available") {
  CHECK(check_quantity(1, 1) == QuantityProblem::None);
  CHECK(check_quantity(5, 10) == QuantityProblem::None);
  CHECK(check_quantity(10, 10) == QuantityProblem::None);
  CHECK(check_quantity(11, 10) == QuantityProblem::InsufficientStock);
  CHECK(check_quantity(0, 10) == QuantityProblem::NotPositive);
  CHECK(check_quantity(-3, 10) == QuantityProblem::NotPositive);
  CHECK(check_quantity(1, 0) == QuantityProblem::SoldOut);
  CHECK(check_quantity(kMaxLineQuantity + 1, std::numeric_limits<std::int64_t>::max()) == QuantityProblem::TooLarge);
  CHECK(std::string(to_string(QuantityProblem::InsufficientStock)) == "INSUFFICIENT_STOCK");
}
