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

#include "client/wire/common.hpp"

namespace stub::orders {

inline constexpr std::size_t kMaxQuoteLines = 100;

struct RequestedLine {
  std::string product_id;
  std::int64_t quantity = 0;
};

// Throws ApiFailure(422, VALIDATION_ERROR) with one detail per problem.
std::vector<RequestedLine> parse_order_items(const nlohmann::json& body);

// The pieces, for bodies that carry more than items (POST /orders): collect, do not throw.
std::vector<RequestedLine> parse_items_field(const nlohmann::json& body, std::vector<mestore::FieldError>& errors);
// Every key of `obj` outside `allowed` becomes an unknown_field error at `prefix` + key; money
// words (price, total, …) say that amounts are the server's to compute.
void refuse_unknown_fields(const nlohmann::json& obj, std::initializer_list<const char*> allowed, const std::string& prefix,
                           std::vector<mestore::FieldError>& out);

}  // namespace stub::orders
