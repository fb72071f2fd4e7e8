#include "quote_request.hpp"

#include <cmath>
#include <limits>
#include <map>

#include "../commerce/pricing.hpp"
#include "../http/api_failure.hpp"

namespace stub::orders {
namespace {

using nlohmann::json;
using Details = std::vector<mestore::FieldError>;

bool is_money_word(const std::string& key) {
  for (const char* w : {"price", "total", "amount", "subtotal", "iva", "tax", "shipping", "discount", "cost"})
    if (key.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

void refuse_unknown_fields(const json& obj, std::initializer_list<const char*> allowed, const std::string& prefix, Details& out) {
  for (const auto& [key, value] : obj.items()) {
    bool known = false;
    for (const char* a : allowed) known = known || key == a;
    if (known) continue;
    out.push_back({prefix + key,
                   is_money_word(key) ? "not accepted: prices and totals are computed by the server" : "unknown field",
                   "unknown_field"});
  }
}

namespace {

// A quantity must be a JSON integer in 1 … kMaxLineQuantity: 2.0, "2", true and 1e3 are refused.
void check_quantity(const json& q, const std::string& field, std::int64_t& out, Details& errors) {
  if (q.is_number_float()) {
    // Beyond 2^64 the parser only has a float: say it is too large rather than "not whole".
    const double v = q.get<double>();
    if (!(std::fabs(v) <= static_cast<double>(commerce::kMaxLineQuantity)))
      return errors.push_back({field, v < 0 ? "must be at least 1" : "must be at most " + std::to_string(commerce::kMaxLineQuantity), "range_error"});
    return errors.push_back({field, "must be a whole number (an integer, not 2.5 or 2.0)", "type_error"});
  }
  if (!q.is_number_integer()) return errors.push_back({field, "must be a whole number", "type_error"});
  if (q.is_number_unsigned() && q.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return errors.push_back({field, "must be at most " + std::to_string(commerce::kMaxLineQuantity), "range_error"});
  const std::int64_t v = q.get<std::int64_t>();
  if (v < 1) return errors.push_back({field, "must be at least 1", "range_error"});
  if (v > commerce::kMaxLineQuantity)
    return errors.push_back({field, "must be at most " + std::to_string(commerce::kMaxLineQuantity), "range_error"});
  out = v;
}

}  // namespace

std::vector<RequestedLine> parse_order_items(const json& body) {
  Details errors;
  refuse_unknown_fields(body, {"items"}, "", errors);
  auto lines = parse_items_field(body, errors);
  if (!errors.empty()) throw ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields", std::move(errors));
  return lines;
}

std::vector<RequestedLine> parse_items_field(const json& body, Details& errors) {
  std::vector<RequestedLine> lines;
  auto items = body.find("items");
  if (items == body.end()) errors.push_back({"items", "required", "missing"});
  else if (!items->is_array()) errors.push_back({"items", "must be a list", "type_error"});
  else if (items->empty()) errors.push_back({"items", "must hold at least 1 item", "length_error"});
  else if (items->size() > kMaxQuoteLines)
    errors.push_back({"items", "at most " + std::to_string(kMaxQuoteLines) + " items", "length_error"});
  else {
    std::map<std::string, std::size_t> first_seen;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string at = "items[" + std::to_string(i) + "]";
      const json& item = (*items)[i];
      if (!item.is_object()) {
        errors.push_back({at, "must be an object", "type_error"});
        continue;
      }
      refuse_unknown_fields(item, {"product_id", "quantity"}, at + ".", errors);
      RequestedLine line;
      auto id = item.find("product_id");
      if (id == item.end()) errors.push_back({at + ".product_id", "required", "missing"});
      else if (!id->is_string() || id->get_ref<const std::string&>().empty() || id->get_ref<const std::string&>().size() > 64)
        errors.push_back({at + ".product_id", "must be a product id", "type_error"});
      else {
        line.product_id = id->get<std::string>();
        auto [it, fresh] = first_seen.emplace(line.product_id, i);
        if (!fresh)
          errors.push_back({at + ".product_id", "already in items[" + std::to_string(it->second) + "]; combine the quantities",
                            "duplicate_error"});
      }
      auto q = item.find("quantity");
      if (q == item.end()) errors.push_back({at + ".quantity", "required", "missing"});
      else check_quantity(*q, at + ".quantity", line.quantity, errors);
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

}  // namespace stub::orders
