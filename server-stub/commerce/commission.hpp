// Commissions, the corrected way: one per vendor per confirmed order, on that vendor's items'
// subtotal (never the total with IVA and shipping, never only the first item's vendor), at the
// vendor's commission type rate, rounded half up to whole pesos in integer arithmetic:
//
//   commission      = round_half_up(base × rate)     (STANDARD 5 %, PREMIUM 3 %,
//   platform_amount = commission                      PROMOTIONAL 2 %, CATEGORY_BASED 4 %)
//   vendor_amount   = base − commission               so vendor + platform = base, exactly
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stub::commerce {

enum class CommissionType { Standard, Premium, Promotional, CategoryBased };

std::optional<CommissionType> parse_commission_type(std::string_view s);  // "STANDARD", …
std::string_view to_string(CommissionType t);
std::int64_t rate_basis_points(CommissionType t);  // 5 % → 500

struct CommissionSplit {
  std::int64_t base = 0;             // the vendor's items' subtotal, pesos
  std::int64_t rate_basis_points = 0;
  std::int64_t commission = 0;       // = platform_amount
  std::int64_t vendor_amount = 0;
  std::int64_t platform_amount = 0;
};

// std::nullopt for a negative base or one so large the product would overflow.
std::optional<CommissionSplit> split_commission(std::int64_t base, CommissionType type);

// One sold line of a confirmed order, as the commission computation needs it.
struct SoldLine {
  std::string vendor_id;
  CommissionType vendor_type = CommissionType::Standard;
  std::int64_t unit_price = 0;
  std::int64_t quantity = 0;
};

struct VendorCommission {
  std::string vendor_id;
  CommissionType type = CommissionType::Standard;
  CommissionSplit split;
};

// One entry per vendor, in order of first appearance. std::nullopt on overflow or bad input.
std::optional<std::vector<VendorCommission>> commissions_for_order(const std::vector<SoldLine>& lines);

}  // namespace stub::commerce
