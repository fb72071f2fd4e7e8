#include "order_request.hpp"

#include <regex>

#include "../http/api_failure.hpp"
#include "../http/body_reader.hpp"

namespace stub::orders {

OrderRequest parse_order_request(const nlohmann::json& body) {
  std::vector<mestore::FieldError> errors;
  refuse_unknown_fields(body,
                        {"items", "shipping_name", "shipping_phone", "shipping_address", "shipping_city", "shipping_state",
                         "shipping_email", "shipping_postal_code", "notes"},
                        "", errors);
  OrderRequest r;
  r.lines = parse_items_field(body, errors);

  BodyReader b(body);
  b.add(std::move(errors));
  r.shipping.name = b.text("shipping_name", 2, 120);
  r.shipping.phone = b.colombian_mobile("shipping_phone", true);
  r.shipping.address = b.text("shipping_address", 5, 200);
  r.shipping.city = b.text("shipping_city", 2, 80);
  r.shipping.state = b.text("shipping_state", 2, 80);
  r.shipping.email = b.text("shipping_email", 0, 254, false);
  if (!r.shipping.email.empty() && !looks_like_email(r.shipping.email))
    b.add("shipping_email", "must be an email address", "value_error");
  r.shipping.postal_code = b.text("shipping_postal_code", 0, 6, false);
  static const std::regex postal(R"(^\d{6}$)");  // Colombian postal codes are six digits
  if (!r.shipping.postal_code.empty() && !std::regex_match(r.shipping.postal_code, postal))
    b.add("shipping_postal_code", "must be six digits, e.g. 110111", "value_error");
  r.notes = b.text("notes", 0, 500, false);
  b.check();
  return r;
}

}  // namespace stub::orders
