#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"
#include "catalog.hpp"

namespace mestore {

// One picture of a product's gallery. The server may send a bare URL string or an object
// {url, alt?}; both decode to this.
// A product as the public catalog shows it. Never carries cost price or commission.
struct Product {
  std::string id;
  std::string sku;
  std::string name;
  std::string description;
  Cop price;
  std::string category_id;
  std::string category_name;
  std::string vendor_id;
  std::string vendor_name;
  int stock_available = 0;
  std::string image_url;  // the primary picture ("/media/products/…jpg"), also the first of `images`
  std::string status;  // APPROVED for the public; vendors and admins see the others
  // Detail only (GET /products/{id}); absent in lists, so older answers still decode.
  std::vector<std::string> images;      // the gallery, primary first
  std::optional<VendorSummary> vendor;  // name and city of the seller
};

// Every picture of a product, first the main one, without duplicates.
inline std::vector<std::string> gallery_urls(const Product& p) {
  std::vector<std::string> out;
  auto add = [&](const std::string& u) {
    if (u.empty()) return;
    for (const auto& o : out)
      if (o == u) return;
    out.push_back(u);
  };
  add(p.image_url);
  for (const auto& url : p.images) add(url);
  return out;
}

inline void from_json(const json& j, Product& p) {
  decode::required(j, "id", p.id);
  decode::required(j, "sku", p.sku);
  decode::required(j, "name", p.name);
  decode::optional(j, "description", p.description);
  decode::required(j, "price", p.price);
  decode::optional(j, "category_id", p.category_id);
  decode::optional(j, "category_name", p.category_name);
  decode::optional(j, "vendor_id", p.vendor_id);
  decode::optional(j, "vendor_name", p.vendor_name);
  decode::required(j, "stock_available", p.stock_available);
  decode::optional(j, "image_url", p.image_url);
  decode::optional(j, "status", p.status);
  decode::optional(j, "images", p.images);
  decode::optional(j, "vendor", p.vendor);
}
inline void to_json(json& j, const Product& p) {
  j = {{"id", p.id}, {"sku", p.sku}, {"name", p.name}, {"description", p.description}, {"price", p.price},
       {"category_id", p.category_id}, {"category_name", p.category_name}, {"vendor_id", p.vendor_id},
       {"vendor_name", p.vendor_name}, {"stock_available", p.stock_available}, {"image_url", p.image_url},
       {"status", p.status}};
  if (!p.images.empty()) j["images"] = p.images;
  if (p.vendor) j["vendor"] = *p.vendor;
}

// Query of GET /api/v1/products; empty fields are left out of the URL.
struct ProductQuery {
  int page = 1;
  int size = 20;
  std::string search;
  std::string category;    // id or slug; includes the categories below it
  std::string sort_by;     // name | price | newest | created_at
  std::string sort_order;  // asc | desc (newest defaults to desc)
  std::string vendor_id;
  std::optional<std::int64_t> min_price;  // pesos, inclusive
  std::optional<std::int64_t> max_price;
  bool in_stock = false;   // only products with stock available
};

}  // namespace mestore
