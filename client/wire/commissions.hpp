// Commissions: one per vendor per confirmed order, on that vendor's items' subtotal, at the
// vendor's commission type rate, rounded half up; vendor_amount + platform_amount = base.
//   GET /api/v1/vendors/me/commissions[/summary|/export.csv]   (the vendor's own)
//   GET /api/v1/admin/commissions[/export.csv], POST /admin/commissions/{id}/approve
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"
#include "orders.hpp"

namespace mestore {

struct Commission {
  std::string id;
  std::string order_id;
  std::string order_number;
  std::string vendor_id;
  std::string vendor_name;
  std::string commission_type;  // STANDARD | PREMIUM | PROMOTIONAL | CATEGORY_BASED
  int rate_basis_points = 0;    // 5 % → 500
  Cop base;                     // the vendor's items' subtotal (no IVA, no shipping)
  Cop commission_amount;        // = platform_amount
  Cop vendor_amount;
  Cop platform_amount;
  std::string status;           // PENDING | APPROVED | PAID | DISPUTED | REFUNDED | CANCELLED
  std::string created_at;
  std::optional<std::string> approved_at;
};
inline void from_json(const json& j, Commission& c) {
  decode::required(j, "id", c.id);
  decode::required(j, "order_id", c.order_id);
  decode::required(j, "order_number", c.order_number);
  decode::required(j, "vendor_id", c.vendor_id);
  decode::required(j, "vendor_name", c.vendor_name);
  decode::required(j, "commission_type", c.commission_type);
  decode::required(j, "rate_basis_points", c.rate_basis_points);
  decode::required(j, "base", c.base);
  decode::required(j, "commission_amount", c.commission_amount);
  decode::required(j, "vendor_amount", c.vendor_amount);
  decode::required(j, "platform_amount", c.platform_amount);
  decode::required(j, "status", c.status);
  decode::required(j, "created_at", c.created_at);
  decode::optional(j, "approved_at", c.approved_at);
}
inline void to_json(json& j, const Commission& c) {
  j = {{"id", c.id}, {"order_id", c.order_id}, {"order_number", c.order_number}, {"vendor_id", c.vendor_id},
       {"vendor_name", c.vendor_name}, {"commission_type", c.commission_type},
       {"rate_basis_points", c.rate_basis_points}, {"base", c.base}, {"commission_amount", c.commission_amount},
       {"vendor_amount", c.vendor_amount}, {"platform_amount", c.platform_amount}, {"status", c.status},
       {"created_at", c.created_at}, {"approved_at", json_or_null(c.approved_at)}};
}

struct CommissionQuery {
  int page = 1;
  int size = 20;
  std::string status;     // optional filter
  std::string vendor_id;  // admin only
};

// The vendor's earnings: sums over their commissions that still count (not CANCELLED/REFUNDED).
struct EarningsSummary {
  std::int64_t commissions = 0;  // how many
  Cop total_sales;               // Σ base
  Cop total_commission;          // Σ platform_amount
  Cop total_earnings;            // Σ vendor_amount
  Cop pending_earnings;          // vendor_amount of PENDING
  Cop approved_earnings;         // … APPROVED
  Cop paid_earnings;             // … PAID
};
inline void from_json(const json& j, EarningsSummary& s) {
  decode::required(j, "commissions", s.commissions);
  decode::required(j, "total_sales", s.total_sales);
  decode::required(j, "total_commission", s.total_commission);
  decode::required(j, "total_earnings", s.total_earnings);
  decode::required(j, "pending_earnings", s.pending_earnings);
  decode::required(j, "approved_earnings", s.approved_earnings);
  decode::required(j, "paid_earnings", s.paid_earnings);
}
inline void to_json(json& j, const EarningsSummary& s) {
  j = {{"commissions", s.commissions}, {"total_sales", s.total_sales}, {"total_commission", s.total_commission},
       {"total_earnings", s.total_earnings}, {"pending_earnings", s.pending_earnings},
       {"approved_earnings", s.approved_earnings}, {"paid_earnings", s.paid_earnings}};
}

}  // namespace mestore
