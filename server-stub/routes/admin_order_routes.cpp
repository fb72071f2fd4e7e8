// The admin back office's orders: a filtered, sorted page of every order, one order in full,
// and status changes that go through transition_order (stock, payments, commissions, events,
// audit all follow; an illegal move is 409 INVALID_TRANSITION). ADMIN and SUPERUSER only.
#include <algorithm>
#include <regex>

#include "../auth/caller.hpp"
#include "../http/body_reader.hpp"
#include "../orders/admin_orders.hpp"
#include "../orders/order_transitions.hpp"
#include "routes.hpp"

namespace stub {
namespace {

const std::vector<std::string>& order_statuses() {
  static const std::vector<std::string> all = {"pending", "confirmed", "processing", "shipped", "delivered", "cancelled", "refunded"};
  return all;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// A calendar date YYYY-MM-DD that exists (2026-02-30 does not); "" when absent.
std::string date_param(const Context& ctx, const char* key) {
  const std::string v = ctx.query(key);
  if (v.empty()) return v;
  static const std::regex shape(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  std::smatch m;
  if (std::regex_match(v, m, shape)) {
    const int y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
    static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= month_days[mo - 1] && (mo != 2 || d != 29 || leap)) return v;
  }
  throw invalid(key, "must be a date YYYY-MM-DD", "date_error");
}

orders::AdminOrderQuery query_of(const Context& ctx) {
  orders::AdminOrderQuery q;
  q.page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  q.size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  q.status = ctx.query("status");
  const auto& statuses = order_statuses();
  if (!q.status.empty() && std::find(statuses.begin(), statuses.end(), q.status) == statuses.end())
    throw invalid("status", "must be one of " + joined(statuses), "enum_error");
  q.q = ctx.query("q");
  if (q.q.size() > 100) throw invalid("q", "at most 100 characters", "length_error");
  q.date_from = date_param(ctx, "date_from");
  q.date_to = date_param(ctx, "date_to");
  if (!q.date_from.empty() && !q.date_to.empty() && q.date_to < q.date_from)
    throw invalid("date_to", "must not be before date_from", "range_error");
  q.vendor_id = ctx.query("vendor_id");
  if (q.vendor_id.size() > 64) throw invalid("vendor_id", "not a vendor id", "value_error");
  q.sort = ctx.query("sort", "created_at");
  if (q.sort != "created_at" && q.sort != "total" && q.sort != "status" && q.sort != "order_number")
    throw invalid("sort", "must be one of created_at, total, status, order_number", "enum_error");
  const std::string order = ctx.query("order", "desc");
  if (order != "asc" && order != "desc") throw invalid("order", "must be asc or desc", "enum_error");
  q.descending = order == "desc";
  return q;
}

Reply list(Stub& s, Context& ctx) {
  auto p = orders::list_admin_orders(s.db.conn(), query_of(ctx));
  return Reply::page(p.items, p.pagination);
}

Reply one(Stub& s, Context& ctx) { return Reply::ok(orders::admin_order_detail(s.db.conn(), ctx.param("id"))); }

Reply set_status(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"status", "note", "notes"});
  const std::string status = b.one_of("status", order_statuses(), true);
  // MeStore's original field is "notes"; either spelling is the note of the event.
  std::string note = b.text("note", 0, 500, false);
  const std::string notes = b.text("notes", 0, 500, false);
  if (note.empty()) note = notes;
  b.check();
  return s.db.write([&](SQLite::Database& tx) {
    const auto to = commerce::parse_order_status(status);
    orders::transition_order(s, tx, ctx, commerce::Actor::Admin, ctx.param("id"), *to, note.empty() ? mestore::order_notes::kSetByAdmin : note);
    return Reply::ok_message(orders::admin_order_detail(tx, ctx.param("id")), "order is now " + status);
  });
}

}  // namespace

void add_admin_order_routes(Router& r, Stub& s) {
  const std::string tag = "back office";
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  r.add({"GET", "/api/v1/admin/orders", staff, [&s](Context& c) { return list(s, c); },
         "Every order as rows: page, size ≤ 100; filters status, q (order number or buyer email), date_from, date_to"
         " (YYYY-MM-DD, inclusive), vendor_id; sort=created_at|total|status|order_number, order=asc|desc",
         tag, BodyKind::None, nullptr, {{"type", "array"}, {"items", ref("AdminOrderRow")}}});
  r.add({"GET", "/api/v1/admin/orders/{id}", staff, [&s](Context& c) { return one(s, c); },
         "One order in full: buyer, events, payments and the statuses an admin may move it to", tag, BodyKind::None, nullptr,
         ref("AdminOrderDetail")});
  r.add({"POST", "/api/v1/admin/orders/{id}/status", staff, [&s](Context& c) { return set_status(s, c); },
         "Move an order {status, note?} along the status machine (stock, payments, commissions follow); illegal: 409", tag,
         BodyKind::Json, ref("OrderStatusRequest"), ref("AdminOrderDetail")});
  r.add({"PATCH", "/api/v1/admin/orders/{id}/status", staff, [&s](Context& c) { return set_status(s, c); },
         "Same as POST …/status (MeStore's original method)", tag, BodyKind::Json, ref("OrderStatusRequest"),
         ref("AdminOrderDetail")});
}

}  // namespace stub
