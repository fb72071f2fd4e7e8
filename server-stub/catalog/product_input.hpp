// What a vendor may send about a product, checked field by field with MeStore's rules (name 2-200
// characters, SKU 3-50 of [A-Z0-9-], price 100 … 100 000 000 whole pesos, cost price ≤ price,
// stock 0 … 1 000 000 whole units, description ≤ 1000 characters, an existing category). Every
// problem lands in one 422 naming its field. status, vendor_id, commission, id and anything else
// unknown are refused by name: they can never be set through a body.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <string>

#include "../http/body_reader.hpp"

namespace stub::catalog {

inline constexpr std::int64_t kMinPrice = 100;
inline constexpr std::int64_t kMaxPrice = 100000000;
inline constexpr std::int64_t kMaxStock = 1000000;

struct ProductInput {
  std::optional<std::string> name, sku, description, category;  // category: id or slug as sent
  std::optional<std::int64_t> price, stock;
  std::optional<std::optional<std::int64_t>> cost_price;  // set to null: no cost price
  bool draft = false;

  // True when the change touches what reviewers approved (anything but stock).
  bool needs_review() const { return name || sku || description || category || price || cost_price; }
};

enum class InputMode { Create, Replace, Patch };

// Shape checks only (no database); throws the 422. Create and Replace require name, sku, price
// and category_id; `draft` is accepted on Create only.
ProductInput read_product_input(const nlohmann::json& body, InputMode mode);

struct CurrentProduct {
  std::string id;  // "" when creating
  std::int64_t price = 0;
  std::optional<std::int64_t> cost_price;
  std::int64_t stock_reserved = 0;
};

// Checks that need the database (category exists, SKU free, cost ≤ price after the change,
// stock not below what open orders hold); throws the 422. Returns the category's id.
std::string check_against_database(SQLite::Database& tx, const ProductInput& in, const CurrentProduct& current,
                                   const std::string& current_category);

}  // namespace stub::catalog
