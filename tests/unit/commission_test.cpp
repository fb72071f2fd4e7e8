#include <doctest/doctest.h>

#include <limits>
#include <map>

#include "commerce/commission.hpp"
#include "ids.hpp"

using namespace stub::commerce;

TEST_CASE("commission rates by vendor type: 5, 3, 2 and 4 percent") {
  CHECK(rate_basis_points(CommissionType::Standard) == 500);
  CHECK(rate_basis_points(CommissionType::Premium) == 300);
  CHECK(rate_basis_points(CommissionType::Promotional) == 200);
  CHECK(rate_basis_points(CommissionType::CategoryBased) == 400);
  for (const char* name : {"STANDARD", "PREMIUM", "PROMOTIONAL", "CATEGORY_BASED"})
    CHECK(to_string(*parse_commission_type(name)) == name);
  CHECK_FALSE(parse_commission_type("standard"));
}

TEST_CASE("commission is rounded half up and vendor plus platform is the base exactly") {
  auto s = split_commission(89900, CommissionType::Standard);  // 4 495.00
  REQUIRE(s);
  CHECK(s->commission == 4495);
  CHECK(s->platform_amount == 4495);
  CHECK(s->vendor_amount == 85405);
  CHECK(split_commission(10, CommissionType::Standard)->commission == 1);      // 0.50 → 1
  CHECK(split_commission(9, CommissionType::Standard)->commission == 0);       // 0.45 → 0
  CHECK(split_commission(50, CommissionType::Promotional)->commission == 1);   // 1.00
  CHECK(split_commission(75, CommissionType::Promotional)->commission == 2);   // 1.50 → 2
  CHECK(split_commission(1299900, CommissionType::Premium)->commission == 38997);
  CHECK(split_commission(0, CommissionType::CategoryBased)->commission == 0);
  CHECK_FALSE(split_commission(-1, CommissionType::Standard));
  CHECK_FALSE(split_commission(std::numeric_limits<std::int64_t>::max() / 100, CommissionType::Standard));
}

TEST_CASE("an order's commissions are per vendor, on that vendor's items only") {
  std::vector<SoldLine> lines = {
      {"v1", CommissionType::Standard, 89900, 2},   // 179 800
      {"v2", CommissionType::Premium, 32900, 3},    // 98 700
      {"v1", CommissionType::Standard, 14900, 1},   // +14 900 → 194 700
  };
  auto c = commissions_for_order(lines);
  REQUIRE(c);
  REQUIRE(c->size() == 2);
  CHECK((*c)[0].vendor_id == "v1");
  CHECK((*c)[0].split.base == 194700);
  CHECK((*c)[0].split.commission == 9735);
  CHECK((*c)[1].vendor_id == "v2");
  CHECK((*c)[1].split.base == 98700);
  CHECK((*c)[1].split.commission == 2961);
  CHECK_FALSE(commissions_for_order({{"v1", CommissionType::Standard, 100, 0}}));
  CHECK_FALSE(commissions_for_order({{"v1", CommissionType::Standard, 100, 1}, {"v1", CommissionType::Premium, 100, 1}}));
  CHECK(commissions_for_order({})->empty());
}

TEST_CASE("commission invariants hold over thousands of random orders") {
  stub::SeedRandom rng{42};
  const CommissionType types[] = {CommissionType::Standard, CommissionType::Premium, CommissionType::Promotional,
                                  CommissionType::CategoryBased};
  for (int order = 0; order < 5000; ++order) {
    const int vendors = rng.between(1, 6);
    std::vector<SoldLine> lines;
    std::map<std::string, std::int64_t> expected_base;
    std::int64_t subtotal = 0;
    const int n = rng.between(1, 12);
    for (int i = 0; i < n; ++i) {
      const int v = rng.between(0, vendors - 1);
      const char* ids[] = {"v0", "v1", "v2", "v3", "v4", "v5"};
      SoldLine l{ids[v], types[v % 4], rng.between(100, 100000000), rng.between(1, 50)};
      expected_base[l.vendor_id] += l.unit_price * l.quantity;
      subtotal += l.unit_price * l.quantity;
      lines.push_back(l);
    }
    auto c = commissions_for_order(lines);
    REQUIRE(c);
    CHECK(c->size() == expected_base.size());
    std::int64_t sum_bases = 0;
    for (const auto& vc : *c) {
      const auto& s = vc.split;
      REQUIRE(s.base == expected_base[vc.vendor_id]);
      REQUIRE(s.vendor_amount + s.platform_amount == s.base);
      REQUIRE(s.platform_amount == s.commission);
      REQUIRE(s.commission >= 0);
      // |commission − base × rate| ≤ 1/2 peso, and exactly half rounds up: 2·10000·c − 2·base·rate ∈ (−10000, 10000]
      const __int128 diff = static_cast<__int128>(s.commission) * 20000 - static_cast<__int128>(s.base) * s.rate_basis_points * 2;
      REQUIRE(diff > -10000);
      REQUIRE(diff <= 10000);
      sum_bases += s.base;
    }
    REQUIRE(sum_bases == subtotal);
  }
}
