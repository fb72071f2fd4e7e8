// The order status machine from the reference, enforced on every path (the original defined it
// and never checked it; admins could set any status):
//
//   pending    → confirmed | cancelled
//   confirmed  → processing | cancelled
//   processing → shipped | cancelled
//   shipped    → delivered | cancelled
//   delivered  → refunded
//   cancelled, refunded: final
//
// Who may take a transition is a second, narrower table: a buyer only cancels, and only from
// pending or processing (MeStore's PATCH /orders/{id}/cancel); an admin may take any edge of the
// machine; the system (payments, expiry) too. Nobody may leave a final state.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace stub::commerce {

enum class OrderStatus { Pending, Confirmed, Processing, Shipped, Delivered, Cancelled, Refunded };
enum class Actor { Buyer, Vendor, Admin, System };

inline constexpr OrderStatus kAllOrderStatuses[] = {OrderStatus::Pending,   OrderStatus::Confirmed, OrderStatus::Processing,
                                                    OrderStatus::Shipped,   OrderStatus::Delivered, OrderStatus::Cancelled,
                                                    OrderStatus::Refunded};

// Wire names are MeStore's lowercase ones: "pending", "confirmed", …
std::string_view to_string(OrderStatus s);
std::optional<OrderStatus> parse_order_status(std::string_view s);

bool can_transition(OrderStatus from, OrderStatus to);
const std::vector<OrderStatus>& allowed_next(OrderStatus from);
bool is_final(OrderStatus s);

// Whether `actor` may move an order from `from` to `to` (always a subset of can_transition).
bool actor_may_transition(Actor actor, OrderStatus from, OrderStatus to);
// The statuses `actor` may move an order to from `from` (for UI buttons and error messages).
std::vector<OrderStatus> allowed_next_for(Actor actor, OrderStatus from);

}  // namespace stub::commerce
