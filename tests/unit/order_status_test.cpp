#include <doctest/doctest.h>

#include <set>

#include "commerce/order_status.hpp"

using namespace stub::commerce;
using S = OrderStatus;

TEST_CASE("the order status machine has exactly the reference's edges") {
  const std::set<std::pair<S, S>> edges = {
      {S::Pending, S::Confirmed},    {S::Pending, S::Cancelled},  {S::Confirmed, S::Processing},
      {S::Confirmed, S::Cancelled},  {S::Processing, S::Shipped}, {S::Processing, S::Cancelled},
      {S::Shipped, S::Delivered},    {S::Shipped, S::Cancelled},  {S::Delivered, S::Refunded},
  };
  int allowed = 0;
  for (auto from : kAllOrderStatuses)
    for (auto to : kAllOrderStatuses) {
      INFO(to_string(from), " → ", to_string(to));
      CHECK(can_transition(from, to) == (edges.count({from, to}) == 1));
      allowed += can_transition(from, to);
    }
  CHECK(allowed == 9);
}

TEST_CASE("cancelled and refunded are final; no status moves to itself or back to pending") {
  CHECK(is_final(S::Cancelled));
  CHECK(is_final(S::Refunded));
  CHECK(allowed_next(S::Cancelled).empty());
  for (auto s : kAllOrderStatuses) {
    CHECK_FALSE(can_transition(s, s));
    CHECK_FALSE(can_transition(s, S::Pending));
  }
  CHECK(allowed_next(S::Pending) == std::vector<S>{S::Confirmed, S::Cancelled});
  CHECK(allowed_next(S::Delivered) == std::vector<S>{S::Refunded});
}

TEST_CASE("a buyer may only cancel, and only from pending or processing") {
  for (auto from : kAllOrderStatuses)
    for (auto to : kAllOrderStatuses) {
      const bool expected = to == S::Cancelled && (from == S::Pending || from == S::Processing);
      INFO(to_string(from), " → ", to_string(to));
      CHECK(actor_may_transition(Actor::Buyer, from, to) == expected);
    }
  CHECK(allowed_next_for(Actor::Buyer, S::Pending) == std::vector<S>{S::Cancelled});
  CHECK(allowed_next_for(Actor::Buyer, S::Confirmed).empty());
  CHECK(allowed_next_for(Actor::Buyer, S::Shipped).empty());
}

TEST_CASE("an admin moves orders only along the table; a vendor moves none") {
  for (auto from : kAllOrderStatuses)
    for (auto to : kAllOrderStatuses) {
      CHECK(actor_may_transition(Actor::Admin, from, to) == can_transition(from, to));
      CHECK(actor_may_transition(Actor::System, from, to) == can_transition(from, to));
      CHECK_FALSE(actor_may_transition(Actor::Vendor, from, to));
    }
  CHECK_FALSE(actor_may_transition(Actor::Admin, S::Delivered, S::Cancelled));
  CHECK_FALSE(actor_may_transition(Actor::Admin, S::Cancelled, S::Confirmed));
  CHECK(allowed_next_for(Actor::Admin, S::Shipped) == std::vector<S>{S::Delivered, S::Cancelled});
}

TEST_CASE("status names round-trip and unknown names are refused") {
  for (auto s : kAllOrderStatuses) CHECK(parse_order_status(to_string(s)) == s);
  CHECK(to_string(S::Processing) == "processing");
  CHECK_FALSE(parse_order_status("PENDING"));
  CHECK_FALSE(parse_order_status("shipped "));
  CHECK_FALSE(parse_order_status(""));
}
