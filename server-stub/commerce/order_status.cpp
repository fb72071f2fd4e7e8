#include "order_status.hpp"

#include <algorithm>
#include <array>

namespace stub::commerce {
namespace {

using S = OrderStatus;

// One row per status, in enum order: the edges of the machine.
const std::array<std::vector<OrderStatus>, 7>& table() {
  static const std::array<std::vector<OrderStatus>, 7> t = {{
      /* pending    */ {S::Confirmed, S::Cancelled},
      /* confirmed  */ {S::Processing, S::Cancelled},
      /* processing */ {S::Shipped, S::Cancelled},
      /* shipped    */ {S::Delivered, S::Cancelled},
      /* delivered  */ {S::Refunded},
      /* cancelled  */ {},
      /* refunded   */ {},
  }};
  return t;
}

constexpr std::string_view kNames[] = {"pending", "confirmed", "processing", "shipped", "delivered", "cancelled", "refunded"};

}  // namespace

std::string_view to_string(OrderStatus s) { return kNames[static_cast<int>(s)]; }

std::optional<OrderStatus> parse_order_status(std::string_view s) {
  for (auto st : kAllOrderStatuses)
    if (to_string(st) == s) return st;
  return std::nullopt;
}

const std::vector<OrderStatus>& allowed_next(OrderStatus from) { return table()[static_cast<int>(from)]; }

bool can_transition(OrderStatus from, OrderStatus to) {
  const auto& next = allowed_next(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

bool is_final(OrderStatus s) { return allowed_next(s).empty(); }

bool actor_may_transition(Actor actor, OrderStatus from, OrderStatus to) {
  if (!can_transition(from, to)) return false;
  switch (actor) {
    case Actor::Buyer: return to == S::Cancelled && (from == S::Pending || from == S::Processing);
    case Actor::Admin:
    case Actor::System: return true;
    case Actor::Vendor: return false;  // vendors move their items (preparing, ready_to_ship), not orders
  }
  return false;
}

std::vector<OrderStatus> allowed_next_for(Actor actor, OrderStatus from) {
  std::vector<OrderStatus> out;
  for (auto to : allowed_next(from))
    if (actor_may_transition(actor, from, to)) out.push_back(to);
  return out;
}

}  // namespace stub::commerce
