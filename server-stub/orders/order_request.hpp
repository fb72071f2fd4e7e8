// The body of POST /api/v1/orders: MeStore's shape, items plus flat shipping fields.
//   {items:[{product_id, quantity}], shipping_name, shipping_phone, shipping_address,
//    shipping_city, shipping_state, shipping_email?, shipping_postal_code?, notes?}
// Strict like the quote: unknown fields (a price, a total) are refused by name, every problem is
// reported at once.
#pragma once
#include <vector>

#include <nlohmann/json.hpp>

#include "client/wire/orders.hpp"
#include "quote_request.hpp"

namespace stub::orders {

struct OrderRequest {
  std::vector<RequestedLine> lines;
  mestore::ShippingAddress shipping;
  std::string notes;
};

// Throws ApiFailure(422, VALIDATION_ERROR) listing every problem.
OrderRequest parse_order_request(const nlohmann::json& body);

}  // namespace stub::orders
