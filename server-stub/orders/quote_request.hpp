// The body of POST /orders/quote (and, later, the item list of POST /orders):
//   {"items": [{"product_id": "…", "quantity": 2}, …]}
// Strict: any other field, anywhere, is refused with a 422 naming it ("items[0].price") rather
// than ignored: the client never sends an amount the server could be tempted to trust. Every
// problem is reported at once, each with its field path.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stub::orders {

inline constexpr std::size_t kMaxQuoteLines = 100;

struct RequestedLine {
  std::string product_id;
  std::int64_t quantity = 0;
};

// Throws ApiFailure(422, VALIDATION_ERROR) with one detail per problem.
std::vector<RequestedLine> parse_order_items(const nlohmann::json& body);

}  // namespace stub::orders
