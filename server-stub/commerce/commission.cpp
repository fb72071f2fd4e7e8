#include "commission.hpp"

#include "money_math.hpp"

namespace stub::commerce {
namespace {
constexpr std::string_view kTypeNames[] = {"STANDARD", "PREMIUM", "PROMOTIONAL", "CATEGORY_BASED"};
constexpr std::int64_t kRates[] = {500, 300, 200, 400};
}  // namespace

std::optional<CommissionType> parse_commission_type(std::string_view s) {
  for (int i = 0; i < 4; ++i)
    if (kTypeNames[i] == s) return static_cast<CommissionType>(i);
  return std::nullopt;
}

std::string_view to_string(CommissionType t) { return kTypeNames[static_cast<int>(t)]; }

std::int64_t rate_basis_points(CommissionType t) { return kRates[static_cast<int>(t)]; }

std::optional<CommissionSplit> split_commission(std::int64_t base, CommissionType type) {
  if (base < 0) return std::nullopt;
  CommissionSplit s;
  s.base = base;
  s.rate_basis_points = rate_basis_points(type);
  auto commission = percent_of(base, s.rate_basis_points);
  if (!commission) return std::nullopt;
  s.commission = *commission;
  s.platform_amount = *commission;
  s.vendor_amount = base - *commission;  // cannot underflow: commission <= base for rates < 100 %
  return s;
}

std::optional<std::vector<VendorCommission>> commissions_for_order(const std::vector<SoldLine>& lines) {
  std::vector<VendorCommission> out;
  std::vector<std::int64_t> bases;
  for (const auto& l : lines) {
    if (l.unit_price < 0 || l.quantity < 1) return std::nullopt;
    auto amount = checked_mul(l.unit_price, l.quantity);
    if (!amount) return std::nullopt;
    std::size_t i = 0;
    while (i < out.size() && out[i].vendor_id != l.vendor_id) ++i;
    if (i == out.size()) {
      out.push_back({l.vendor_id, l.vendor_type, {}});
      bases.push_back(0);
    } else if (out[i].type != l.vendor_type) {
      return std::nullopt;  // one vendor, one commission type per order
    }
    auto sum = checked_add(bases[i], *amount);
    if (!sum) return std::nullopt;
    bases[i] = *sum;
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto split = split_commission(bases[i], out[i].type);
    if (!split) return std::nullopt;
    out[i].split = *split;
  }
  return out;
}

}  // namespace stub::commerce
