// The vendor portal's orders and dashboard: only the caller's own lines (another vendor's line
// or order answers 404), fulfilment pending → preparing → ready_to_ship (orders/vendor_orders.hpp).
#include <algorithm>

#include "../auth/caller.hpp"
#include "../commerce/order_status.hpp"
#include "../http/body_reader.hpp"
#include "../orders/vendor_orders.hpp"
#include "routes.hpp"

namespace stub {
namespace {

std::string own_vendor(Stub& s, const Context& ctx) { return orders::vendor_id_of_user(s.db.conn(), ctx.caller->user_id); }

Reply list(Stub& s, Context& ctx) {
  const int page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  const int size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  const std::string status = ctx.query("status");
  if (!status.empty() && !commerce::parse_order_status(status))
    throw invalid("status", "must be one of pending, confirmed, processing, shipped, delivered, cancelled, refunded", "enum_error");
  auto p = orders::list_vendor_orders(s.db.conn(), own_vendor(s, ctx), status, page, size);
  return Reply::page(p.items, p.pagination);
}

Reply one(Stub& s, Context& ctx) {
  auto o = orders::vendor_order(s.db.conn(), own_vendor(s, ctx), ctx.param("order_id"));
  if (!o) throw not_found("order");
  return Reply::ok(*o);
}

Reply fulfil(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"status"});
  const std::string to = b.one_of("status", {"preparing", "ready_to_ship"}, true);
  b.check();
  const std::string vendor_id = own_vendor(s, ctx);
  return s.db.write([&](SQLite::Database& tx) {
    orders::set_fulfilment(s, tx, ctx, vendor_id, ctx.param("order_id"), ctx.param("item_id"), to);
    return Reply::ok(*orders::vendor_order(tx, vendor_id, ctx.param("order_id")));
  });
}

Reply dashboard(Stub& s, Context& ctx) {
  return Reply::ok(orders::vendor_dashboard(s.db.conn(), own_vendor(s, ctx), s.clock.now_seconds()));
}

}  // namespace

void add_vendor_order_routes(Router& r, Stub& s) {
  const std::string tag = "vendor portal";
  const auto vendor = Access::only({"VENDOR"});
  const json fulfil_body = ref("FulfilmentRequest");
  r.add({"GET", "/api/v1/vendors/me/orders", vendor, [&s](Context& c) { return list(s, c); },
         "Orders with your lines (only yours), newest first; page, size ≤ 100, status", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("VendorOrder")}}});
  r.add({"GET", "/api/v1/vendors/me/orders/{order_id}", vendor, [&s](Context& c) { return one(s, c); },
         "One order with your lines only (an order without your lines: 404)", tag, BodyKind::None, nullptr, ref("VendorOrder")});
  r.add({"POST", "/api/v1/vendors/me/orders/{order_id}/items/{item_id}/fulfilment", vendor, [&s](Context& c) { return fulfil(s, c); },
         "Move your line {status: preparing|ready_to_ship} one step, for confirmed or processing orders; all lines ready:"
         " the order becomes processing",
         tag, BodyKind::Json, fulfil_body, ref("VendorOrder")});
  r.add({"GET", "/api/v1/vendors/me/dashboard", vendor, [&s](Context& c) { return dashboard(s, c); },
         "Your month's sales, orders to prepare, earnings and commission due, products by status", tag, BodyKind::None, nullptr,
         ref("VendorDashboard")});
}

}  // namespace stub
