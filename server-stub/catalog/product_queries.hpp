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

// The listing columns every product query selects first, in this order: id, sku, name,
// description, price, category id and name, vendor id and name, stock available, image path.
// Shared by the public catalog and the approval queue so the two never read them differently.
template <class Listing>
void read_listing_columns(SQLite::Statement& q, Listing& p) {
  p.id = q.getColumn(0).getString();
  p.sku = q.getColumn(1).getString();
  p.name = q.getColumn(2).getString();
  p.description = q.getColumn(3).getString();
  p.price = {q.getColumn(4).getInt64()};
  p.category_id = q.getColumn(5).getString();
  p.category_name = q.getColumn(6).getString();
  p.vendor_id = q.getColumn(7).getString();
  p.vendor_name = q.getColumn(8).getString();
  p.stock_available = q.getColumn(9).getInt();
  p.image_url = media_url(q.getColumn(10).getString());
}

}  // namespace stub::catalog
