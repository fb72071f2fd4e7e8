// Orders in the database: placing one (prices from the products table, stock reserved in the
// same transaction), reading one as the wire Order, listing a buyer's.
//
// Stock: available = stock_quantity − stock_reserved. Placing an order reserves its quantities;
// the reservation is held while the order is pending, confirmed or processing, and becomes a
// real decrement when it ships (order_transitions.hpp). So at any moment
//   stock_reserved = Σ quantity of the product in pending/confirmed/processing orders,
// which the crash test checks. The products table's CHECK (stock_reserved <= stock_quantity)
// is the backstop against overselling.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

#include "client/wire/common.hpp"
#include "client/wire/orders.hpp"
#include "order_request.hpp"

namespace stub {
struct Stub;
struct Context;
}

namespace stub::orders {

// Inside a write transaction: validates every line against the database (422 naming
// items[i].product_id or items[i].quantity), prices it, reserves stock, writes the order, its
// first tracking event and the audit entry. Returns the new order's id.
std::string place_order(Stub& s, SQLite::Database& tx, const Context& ctx, const OrderRequest& request);

std::optional<mestore::Order> load_order(SQLite::Database& db, const std::string& id);
// The order if it exists and `buyer_id` owns it; another's is reported like a missing one.
mestore::Order own_order_or_404(SQLite::Database& db, const std::string& id, const std::string& buyer_id);

mestore::Page<mestore::Order> list_orders(SQLite::Database& db, const std::string& buyer_id, const std::string& status, int page,
                                          int size);

}  // namespace stub::orders
