#include "product_input.hpp"

#include <algorithm>
#include <cctype>

#include "../http/api_failure.hpp"

namespace stub::catalog {
namespace {

bool valid_sku(const std::string& s) {
  return s.size() >= 3 && s.size() <= 50 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

ProductInput read_product_input(const nlohmann::json& body, InputMode mode) {
  const bool full = mode != InputMode::Patch;
  BodyReader b(body);
  if (mode == InputMode::Create) b.allow_only({"name", "sku", "description", "price", "cost_price", "category_id", "stock", "draft"});
  else b.allow_only({"name", "sku", "description", "price", "cost_price", "category_id", "stock"});
  ProductInput in;
  if (full || b.has("name")) in.name = b.text("name", 2, 200, true);
  if (full || b.has("sku")) {
    std::string sku = b.text("sku", 3, 50, true);
    std::transform(sku.begin(), sku.end(), sku.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (!sku.empty() && !valid_sku(sku)) b.add("sku", "must be 3 to 50 characters of A-Z, 0-9 and -", "value_error");
    in.sku = sku;
  }
  // PUT replaces the whole product: what it leaves out is cleared.
  if (full || b.has("description")) in.description = b.text("description", 0, 1000, false);
  if (full || b.has("price")) in.price = b.integer("price", kMinPrice, kMaxPrice, true);
  if (full || b.has("category_id")) in.category = b.text("category_id", 1, 64, true);
  if (b.has("stock") || mode == InputMode::Replace) in.stock = b.integer("stock", 0, kMaxStock, mode == InputMode::Replace);
  else if (mode == InputMode::Create) in.stock = 0;
  if (b.has("cost_price") && !body["cost_price"].is_null()) in.cost_price = b.integer("cost_price", 0, kMaxPrice, true);
  else if (full || b.has("cost_price")) in.cost_price = std::optional<std::int64_t>();
  if (mode == InputMode::Create) in.draft = b.boolean("draft").value_or(false);
  b.check();
  return in;
}

std::string check_against_database(SQLite::Database& tx, const ProductInput& in, const CurrentProduct& current,
                                   const std::string& current_category) {
  std::vector<mestore::FieldError> errors;
  std::string category_id = current_category;
  if (in.category) {
    SQLite::Statement q(tx, "SELECT id FROM categories WHERE id = ?1 OR slug = ?1");
    q.bind(1, *in.category);
    if (q.executeStep()) category_id = q.getColumn(0).getString();
    else errors.push_back({"category_id", "no such category", "not_found"});
  }
  if (in.sku) {
    // SKUs are unique across the marketplace (the schema's constraint), so also per vendor.
    SQLite::Statement q(tx, "SELECT 1 FROM products WHERE sku = ? AND id != ?");
    q.bind(1, *in.sku);
    q.bind(2, current.id);
    if (q.executeStep()) errors.push_back({"sku", "is already used by another product", "duplicate"});
  }
  const std::int64_t price = in.price.value_or(current.price);
  const std::optional<std::int64_t> cost = in.cost_price ? *in.cost_price : current.cost_price;
  if (cost && *cost > price) errors.push_back({in.cost_price ? "cost_price" : "price", "cost price must not exceed the price", "range_error"});
  if (in.stock && *in.stock < current.stock_reserved)
    errors.push_back({"stock", "must be at least " + std::to_string(current.stock_reserved) + " (units held by open orders)", "range_error"});
  if (!errors.empty()) throw ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields", errors);
  return category_id;
}

}  // namespace stub::catalog
