// The public product list's query: what GET /api/v1/products?… may ask for, validated. Every
// problem is a 422 naming the parameter; sorting comes from a fixed list, never from the text.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "../http/context.hpp"

namespace stub::catalog {

struct ProductFilter {
  int page = 1;
  int size = 20;
  std::string search;
  std::string category;  // id or slug; the categories below it are included
  std::string vendor_id;
  std::optional<std::int64_t> min_price, max_price;  // pesos, inclusive
  bool in_stock = false;
  std::string order_by = "p.name";  // a column from the fixed list
  bool descending = false;
};

ProductFilter parse_product_filter(const Context& ctx);

}  // namespace stub::catalog
