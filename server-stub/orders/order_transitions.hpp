// Moving an order along the status machine (commerce/order_status.hpp), with everything that
// must change with it, in the caller's transaction:
//
//   → confirmed   tracking number issued; one commission per vendor created (PENDING)
//   → shipped     the reservation becomes a real decrement (quantity and reserved both drop)
//   → cancelled   stock released (reserved drops; from shipped, the parcel returns to stock);
//                 a paid payment refunded, a cash code or held payment voided; commissions
//                 cancelled (REFUNDED when already PAID)
//   → refunded    payment refunded, commissions cancelled as above
//
// A move the machine or the actor may not make is a 409 INVALID_TRANSITION naming the allowed
// next statuses. Every move writes an order event (tracking) and an audit entry.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "../commerce/order_status.hpp"

namespace stub {
struct Stub;
struct Context;
}

namespace stub::orders {

void transition_order(Stub& s, SQLite::Database& tx, const Context& ctx, commerce::Actor actor, const std::string& order_id,
                      commerce::OrderStatus to, const std::string& note);

}  // namespace stub::orders
