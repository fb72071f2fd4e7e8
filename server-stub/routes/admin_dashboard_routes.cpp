// The admin back office's KPIs (MeStore's GET /admin/dashboard/kpis), ADMIN and SUPERUSER only.
#include "../orders/admin_dashboard.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply dashboard(Stub& s, Context& ctx) {
  const int days = static_cast<int>(ctx.query_int("days", 30, 1, 366));
  return Reply::ok(orders::admin_dashboard(s.db.conn(), s.clock.now_seconds(), days));
}

}  // namespace

void add_admin_dashboard_routes(Router& r, Stub& s) {
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  for (const char* path : {"/api/v1/admin/dashboard", "/api/v1/admin/dashboard/kpis"})
    r.add({"GET", path, staff, [&s](Context& c) { return dashboard(s, c); },
           "KPIs over the last days (1–366, default 30) and the period before: GMV, orders, orders by status, active vendors,"
           " products by status, commission revenue, a daily series, top 5 vendors, open fraud alerts",
           "back office", BodyKind::None, nullptr, ref("AdminDashboard")});
}

}  // namespace stub
