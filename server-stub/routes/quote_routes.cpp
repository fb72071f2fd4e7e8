// Quotes: the server prices a cart so the client never computes an amount that matters.
#include "../orders/quote_request.hpp"
#include "../orders/quote_service.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply quote(Stub& s, Context& ctx) {
  const auto lines = orders::parse_order_items(ctx.body());
  return Reply::ok(orders::quote_lines(s.db.conn(), lines));
}

}  // namespace

void add_quote_routes(Router& r, Stub& s) {
  r.add({"POST", "/api/v1/orders/quote", Access::anyone(), [&s](Context& c) { return quote(s, c); },
         "Price a cart {items:[{product_id, quantity}]}: server prices, IVA 19 %, shipping, total; price fields refused",
         "orders", BodyKind::Json});
}

}  // namespace stub
