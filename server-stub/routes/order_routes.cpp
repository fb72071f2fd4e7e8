// Orders for buyers: place (Idempotency-Key), list their own, read one, cancel, tracking.
// Another buyer's order answers exactly like one that does not exist (404).
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../http/body_reader.hpp"
#include "../orders/idempotency.hpp"
#include "../orders/order_request.hpp"
#include "../orders/order_store.hpp"
#include "../orders/order_transitions.hpp"
#include "client/wire/orders.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply create_order(Stub& s, Context& ctx) {
  return orders::run_idempotent(s, ctx, "POST /api/v1/orders", [&](const orders::IdempotencyClaim& claim) {
    const auto request = orders::parse_order_request(ctx.body());
    return s.db.write([&](SQLite::Database& tx) {
      const std::string id = orders::place_order(s, tx, ctx, request);
      Reply reply = Reply::ok_message(*orders::load_order(tx, id), "order placed; pay it to confirm", 201);
      claim.complete(tx, reply);
      return reply;
    });
  });
}

Reply list_own(Stub& s, Context& ctx) {
  const int page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  const int size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  const std::string status = ctx.query("status");
  if (!status.empty() && !commerce::parse_order_status(status))
    throw invalid("status", "must be one of pending, confirmed, processing, shipped, delivered, cancelled, refunded", "enum_error");
  auto p = orders::list_orders(s.db.conn(), ctx.caller->user_id, status, page, size);
  return Reply::page(p.items, p.pagination);
}

Reply get_own(Stub& s, Context& ctx) {
  return Reply::ok(orders::own_order_or_404(s.db.conn(), ctx.param("id"), ctx.caller->user_id));
}

Reply tracking(Stub& s, Context& ctx) {
  return Reply::ok(orders::own_order_or_404(s.db.conn(), ctx.param("id"), ctx.caller->user_id).tracking);
}

Reply cancel(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"reason"});
  const std::string reason = b.text("reason", 3, 500);
  b.check();
  return s.db.write([&](SQLite::Database& tx) {
    orders::own_order_or_404(tx, ctx.param("id"), ctx.caller->user_id);
    orders::transition_order(s, tx, ctx, commerce::Actor::Buyer, ctx.param("id"), commerce::OrderStatus::Cancelled, reason);
    return Reply::ok_message(*orders::load_order(tx, ctx.param("id")), "order cancelled");
  });
}

}  // namespace

void add_order_routes(Router& r, Stub& s) {
  const std::string tag = "orders";
  const auto buyer = Access::only({"BUYER"});
  r.add({"POST", "/api/v1/orders", buyer, [&s](Context& c) { return create_order(s, c); },
         "Place an order (Idempotency-Key required): server prices, stock reserved; price fields refused", tag,
         BodyKind::Json, ref("CreateOrderRequest"), ref("Order"), 201});
  r.add({"GET", "/api/v1/orders", buyer, [&s](Context& c) { return list_own(s, c); },
         "Your orders, newest first; page, size, status", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("Order")}}});
  r.add({"GET", "/api/v1/orders/{id}", buyer, [&s](Context& c) { return get_own(s, c); },
         "One of your orders (another's: 404)", tag, BodyKind::None, nullptr, ref("Order")});
  r.add({"GET", "/api/v1/orders/{id}/tracking", buyer, [&s](Context& c) { return tracking(s, c); },
         "Tracking number and status history of your order", tag, BodyKind::None, nullptr, ref("Tracking")});
  r.add({"POST", "/api/v1/orders/{id}/cancel", buyer, [&s](Context& c) { return cancel(s, c); },
         "Cancel your order {reason} (from pending or processing); releases stock, refunds a payment", tag,
         BodyKind::Json, ref("CancelOrderRequest"), ref("Order")});
  r.add({"PATCH", "/api/v1/orders/{id}/cancel", buyer, [&s](Context& c) { return cancel(s, c); },
         "Same as POST …/cancel (MeStore's original method)", tag, BodyKind::Json, ref("CancelOrderRequest"), ref("Order")});
}

}  // namespace stub
