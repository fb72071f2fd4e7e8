// Commissions in the database: created when an order is confirmed (commerce/commission.hpp does
// the arithmetic), listed for the vendor and for admins, summed, exported as CSV.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "client/wire/commissions.hpp"
#include "client/wire/common.hpp"

namespace stub::orders {

// One PENDING commission per vendor of the order, on that vendor's items' subtotal, at the
// vendor's current commission type. Returns how many were written.
int create_commissions(SQLite::Database& tx, const std::string& order_id, const std::string& now_iso);
// On cancellation or refund: PENDING/APPROVED → CANCELLED, PAID → REFUNDED.
void cancel_commissions(SQLite::Database& tx, const std::string& order_id);

struct CommissionFilter {
  std::string vendor_id;  // "" = every vendor (admin)
  std::string status;
  int page = 1;
  int size = 20;
};
mestore::Page<mestore::Commission> list_commissions(SQLite::Database& db, const CommissionFilter& f);
std::optional<mestore::Commission> find_commission(SQLite::Database& db, const std::string& id);
mestore::EarningsSummary earnings_summary(SQLite::Database& db, const std::string& vendor_id);
// Every commission matching the filter (paging ignored) as RFC 4180 CSV with a header row.
std::string commissions_csv(SQLite::Database& db, const CommissionFilter& f);

}  // namespace stub::orders
