// The admin's KPIs (MeStore's GET /admin/dashboard/kpis) over the last `days` calendar days
// (UTC, today included) and the `days` before them for the trend. Every figure is one indexed
// aggregate query, so the dashboard stays fast with 100 000 orders.
//
// GMV and the order count: orders placed in the period that are confirmed or later and not
// cancelled or refunded (a pending order has not sold anything yet). Commission revenue: the
// platform_amount of live commissions (PENDING, APPROVED, PAID) earned in the period, i.e.
// created at confirmation.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>

#include "client/wire/backoffice.hpp"

namespace stub::orders {

mestore::AdminDashboard admin_dashboard(SQLite::Database& db, std::int64_t now, int days);

}  // namespace stub::orders
