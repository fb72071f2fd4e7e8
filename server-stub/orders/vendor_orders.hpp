// A vendor's side of orders: only its own lines, grouped per order, and the fulfilment of a line.
//
// Fulfilment (decided here, MeStore's PATCH /vendor/orders/{id}/items/{item_id}/status):
//   a line moves pending → preparing → ready_to_ship, one step at a time, and only while its
//   order is paid and being handled (confirmed or processing); anything else is a 409
//   INVALID_TRANSITION. When every line of a confirmed order is ready_to_ship, the order itself
//   moves to processing through transition_order (Actor::System), so its event and audit entry
//   are written like any other move. Shipping stays an admin move (it takes the stock).
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

#include "client/wire/backoffice.hpp"
#include "client/wire/common.hpp"

namespace stub {
struct Stub;
struct Context;
}

namespace stub::orders {

// The caller's vendor id (404 "vendor profile" when the VENDOR user has none).
std::string vendor_id_of_user(SQLite::Database& db, const std::string& user_id);

mestore::Page<mestore::VendorOrder> list_vendor_orders(SQLite::Database& db, const std::string& vendor_id, const std::string& status,
                                                       int page, int size);
// The order with this vendor's lines only; nullopt when it has none (another vendor's order).
std::optional<mestore::VendorOrder> vendor_order(SQLite::Database& db, const std::string& vendor_id, const std::string& order_id);

// Inside a write transaction. 404 when the line is not this vendor's (or not in that order).
void set_fulfilment(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& vendor_id, const std::string& order_id,
                    const std::string& item_id, const std::string& to);

mestore::VendorDashboard vendor_dashboard(SQLite::Database& db, const std::string& vendor_id, std::int64_t now);

}  // namespace stub::orders
