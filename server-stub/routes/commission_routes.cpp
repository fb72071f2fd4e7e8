// Commissions: a vendor's own (list, one, earnings summary, CSV) and the admin's view of all
// (list, CSV, approve). Another vendor's commission answers 404.
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../orders/commission_store.hpp"
#include "routes.hpp"

namespace stub {
namespace {

std::string vendor_id_of(Stub& s, const Context& ctx) {
  SQLite::Statement q(s.db.conn(), "SELECT id FROM vendors WHERE user_id = ?");
  q.bind(1, ctx.caller->user_id);
  if (!q.executeStep()) throw not_found("vendor profile");
  return q.getColumn(0).getString();
}

orders::CommissionFilter filter_of(const Context& ctx) {
  orders::CommissionFilter f;
  f.page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  f.size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  f.status = ctx.query("status");
  static const std::vector<std::string> statuses = {"PENDING", "APPROVED", "PAID", "DISPUTED", "REFUNDED", "CANCELLED"};
  if (!f.status.empty() && std::find(statuses.begin(), statuses.end(), f.status) == statuses.end())
    throw invalid("status", "must be one of PENDING, APPROVED, PAID, DISPUTED, REFUNDED, CANCELLED", "enum_error");
  return f;
}

Reply csv(Stub& s, const orders::CommissionFilter& f, const std::string& name) {
  Reply r = Reply::raw(orders::commissions_csv(s.db.conn(), f), "text/csv; charset=utf-8");
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return r;
}

Reply list_or_csv(Stub& s, const Context& ctx, const orders::CommissionFilter& f, const std::string& csv_name) {
  const std::string format = ctx.query("format", "json");
  if (format == "csv") return csv(s, f, csv_name);
  if (format != "json") throw invalid("format", "must be json or csv", "enum_error");
  auto p = orders::list_commissions(s.db.conn(), f);
  return Reply::page(p.items, p.pagination);
}

Reply vendor_list(Stub& s, Context& ctx) {
  auto f = filter_of(ctx);
  f.vendor_id = vendor_id_of(s, ctx);
  return list_or_csv(s, ctx, f, "mis-comisiones.csv");
}

Reply vendor_csv(Stub& s, Context& ctx) {
  auto f = filter_of(ctx);
  f.vendor_id = vendor_id_of(s, ctx);
  return csv(s, f, "mis-comisiones.csv");
}

Reply vendor_one(Stub& s, Context& ctx) {
  auto c = orders::find_commission(s.db.conn(), ctx.param("id"));
  if (!c || c->vendor_id != vendor_id_of(s, ctx)) throw not_found("commission");
  return Reply::ok(*c);
}

Reply vendor_summary(Stub& s, Context& ctx) { return Reply::ok(orders::earnings_summary(s.db.conn(), vendor_id_of(s, ctx))); }

Reply admin_list(Stub& s, Context& ctx) {
  auto f = filter_of(ctx);
  f.vendor_id = ctx.query("vendor_id");
  return list_or_csv(s, ctx, f, "comisiones.csv");
}

Reply admin_csv(Stub& s, Context& ctx) {
  auto f = filter_of(ctx);
  f.vendor_id = ctx.query("vendor_id");
  return csv(s, f, "comisiones.csv");
}

Reply approve(Stub& s, Context& ctx) {
  return s.db.write([&](SQLite::Database& tx) {
    auto c = orders::find_commission(tx, ctx.param("id"));
    if (!c) throw not_found("commission");
    if (c->status != "PENDING") throw ApiFailure(409, "INVALID_TRANSITION", "only a PENDING commission can be approved; this one is " + c->status);
    SQLite::Statement u(tx, "UPDATE commissions SET status = 'APPROVED', approved_at = ?, approved_by = ? WHERE id = ? AND status = 'PENDING'");
    u.bind(1, iso_utc(s.clock.now_seconds()));
    u.bind(2, ctx.caller->user_id);
    u.bind(3, c->id);
    u.exec();
    append_audit(s, tx, audit_event(ctx, "commission.approved", "commission:" + c->id, "success",
                                    {{"order_number", c->order_number}, {"vendor_id", c->vendor_id},
                                     {"commission_amount", c->commission_amount.pesos}, {"vendor_amount", c->vendor_amount.pesos}}));
    return Reply::ok(*orders::find_commission(tx, c->id));
  });
}

}  // namespace

void add_commission_routes(Router& r, Stub& s) {
  const std::string tag = "commissions";
  const auto vendor = Access::only({"VENDOR"});
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  const json csv_schema = {{"type", "string"}, {"description", "text/csv"}};
  r.add({"GET", "/api/v1/vendors/me/commissions", vendor, [&s](Context& c) { return vendor_list(s, c); },
         "Your commissions, newest first; page, size, status; format=csv for a CSV file", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("Commission")}}});
  r.add({"GET", "/api/v1/vendors/me/commissions/summary", vendor, [&s](Context& c) { return vendor_summary(s, c); },
         "Your earnings: sales, commission and earnings by status", tag, BodyKind::None, nullptr, ref("EarningsSummary")});
  r.add({"GET", "/api/v1/vendors/me/commissions/export.csv", vendor, [&s](Context& c) { return vendor_csv(s, c); },
         "Your commissions as CSV (text/csv)", tag, BodyKind::None, nullptr, csv_schema});
  r.add({"GET", "/api/v1/vendors/me/commissions/{id}", vendor, [&s](Context& c) { return vendor_one(s, c); },
         "One of your commissions (another vendor's: 404)", tag, BodyKind::None, nullptr, ref("Commission")});
  r.add({"GET", "/api/v1/admin/commissions", staff, [&s](Context& c) { return admin_list(s, c); },
         "Every commission; vendor_id, status, page, size; format=csv for a CSV file", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("Commission")}}});
  r.add({"GET", "/api/v1/admin/commissions/export.csv", staff, [&s](Context& c) { return admin_csv(s, c); },
         "Every commission as CSV (text/csv); vendor_id, status", tag, BodyKind::None, nullptr, csv_schema});
  r.add({"POST", "/api/v1/admin/commissions/{id}/approve", staff, [&s](Context& c) { return approve(s, c); },
         "Approve a PENDING commission", tag, BodyKind::None, nullptr, ref("Commission")});
}

}  // namespace stub
