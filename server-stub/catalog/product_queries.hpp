// Reading the public catalog: approved products only, and only public columns (never cost price
// or commission, which the row mapper below simply does not select).
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <vector>

#include "client/wire/product.hpp"
#include "product_filter.hpp"

namespace stub::catalog {

struct ProductPage {
  std::vector<mestore::Product> items;
  std::int64_t total = 0;
};

ProductPage list_public_products(SQLite::Database& db, const ProductFilter& filter);
// With the gallery and the vendor summary; std::nullopt when missing or not approved.
std::optional<mestore::Product> public_product_detail(SQLite::Database& db, const std::string& id);

// The URL a media path is served at ("products/x.jpg" → "/media/products/x.jpg").
std::string media_url(const std::string& media_path);

}  // namespace stub::catalog
