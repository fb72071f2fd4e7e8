// Catalog management: a vendor's own products (every status, with cost price and the review
// trail), what a vendor sends to create or change one, and the admin approval queue.
// The public Product (product.hpp) never carries cost price; these types are for the vendor
// portal and the back office only.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

// One picture of a product as its vendor manages it; `id` is what DELETE …/images/{id} takes.
struct ProductImage {
  std::string id;
  std::string url;  // "/media/…", cached for a year (the name carries a content hash)
  std::string mime;
  int width = 0;
  int height = 0;
  std::int64_t bytes = 0;
  int position = 0;  // 0 is the primary picture
};

inline void from_json(const json& j, ProductImage& i) {
  decode::required(j, "id", i.id);
  decode::required(j, "url", i.url);
  decode::required(j, "mime", i.mime);
  decode::required(j, "width", i.width);
  decode::required(j, "height", i.height);
  decode::required(j, "bytes", i.bytes);
  decode::required(j, "position", i.position);
}
inline void to_json(json& j, const ProductImage& i) {
  j = {{"id", i.id}, {"url", i.url}, {"mime", i.mime}, {"width", i.width}, {"height", i.height},
       {"bytes", i.bytes}, {"position", i.position}};
}

// GET /vendors/me/products[/{id}]: DRAFT | PENDING | APPROVED | REJECTED | INACTIVE.
struct VendorProduct {
  std::string id;
  std::string sku;
  std::string name;
  std::string description;
  Cop price;
  std::optional<Cop> cost_price;
  std::string category_id;
  std::string category_name;
  std::string status;
  int stock_quantity = 0;   // on hand
  int stock_reserved = 0;   // held by open orders
  int stock_available = 0;  // quantity − reserved: what shoppers can buy
  std::string image_url;    // primary picture, "" when none
  std::vector<ProductImage> images;
  std::optional<std::string> rejection_reason;  // set while REJECTED
  std::optional<std::string> submitted_at;
  std::optional<std::string> reviewed_at;
  std::string created_at;
  std::string updated_at;
};

inline void from_json(const json& j, VendorProduct& p) {
  decode::required(j, "id", p.id);
  decode::required(j, "sku", p.sku);
  decode::required(j, "name", p.name);
  decode::required(j, "description", p.description);
  decode::required(j, "price", p.price);
  decode::required(j, "cost_price", p.cost_price);
  decode::required(j, "category_id", p.category_id);
  decode::required(j, "category_name", p.category_name);
  decode::required(j, "status", p.status);
  decode::required(j, "stock_quantity", p.stock_quantity);
  decode::required(j, "stock_reserved", p.stock_reserved);
  decode::required(j, "stock_available", p.stock_available);
  decode::required(j, "image_url", p.image_url);
  decode::required(j, "images", p.images);
  decode::required(j, "rejection_reason", p.rejection_reason);
  decode::required(j, "submitted_at", p.submitted_at);
  decode::required(j, "reviewed_at", p.reviewed_at);
  decode::required(j, "created_at", p.created_at);
  decode::required(j, "updated_at", p.updated_at);
}
inline json string_or_null(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
inline void to_json(json& j, const VendorProduct& p) {
  j = {{"id", p.id}, {"sku", p.sku}, {"name", p.name}, {"description", p.description}, {"price", p.price},
       {"cost_price", p.cost_price ? json(p.cost_price->pesos) : json(nullptr)}, {"category_id", p.category_id},
       {"category_name", p.category_name}, {"status", p.status}, {"stock_quantity", p.stock_quantity},
       {"stock_reserved", p.stock_reserved}, {"stock_available", p.stock_available}, {"image_url", p.image_url},
       {"images", p.images}, {"rejection_reason", string_or_null(p.rejection_reason)},
       {"submitted_at", string_or_null(p.submitted_at)}, {"reviewed_at", string_or_null(p.reviewed_at)},
       {"created_at", p.created_at}, {"updated_at", p.updated_at}};
}

// Body of POST (all of name, sku, price, category_id required; `draft` only there), PUT (the
// same fields, `draft` excluded) and PATCH (any subset). Unset fields are left out of the JSON.
// status, vendor_id, commission and id are not fields: the server refuses them by name.
struct ProductInput {
  std::optional<std::string> name;
  std::optional<std::string> sku;
  std::optional<std::string> description;
  std::optional<std::int64_t> price;       // whole pesos, 100 … 100 000 000
  std::optional<std::int64_t> cost_price;  // whole pesos, ≤ price
  std::optional<std::string> category_id;
  std::optional<std::int64_t> stock;       // units on hand, 0 … 1 000 000
  std::optional<bool> draft;               // POST only: keep it as a DRAFT instead of submitting
};

inline void to_json(json& j, const ProductInput& p) {
  j = json::object();
  if (p.name) j["name"] = *p.name;
  if (p.sku) j["sku"] = *p.sku;
  if (p.description) j["description"] = *p.description;
  if (p.price) j["price"] = *p.price;
  if (p.cost_price) j["cost_price"] = *p.cost_price;
  if (p.category_id) j["category_id"] = *p.category_id;
  if (p.stock) j["stock"] = *p.stock;
  if (p.draft) j["draft"] = *p.draft;
}

// Query of GET /vendors/me/products.
struct VendorProductQuery {
  int page = 1;
  int size = 20;
  std::string status;  // one of the five, or "" for all
  std::string search;
};

// GET /admin/products/pending: the review queue, oldest submission first.
struct PendingProduct {
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
  std::string image_url;  // preview, "" when the product has no picture yet
  int image_count = 0;
  std::string status;     // PENDING
  std::string submitted_at;
  std::string updated_at;
};

inline void from_json(const json& j, PendingProduct& p) {
  decode::required(j, "id", p.id);
  decode::required(j, "sku", p.sku);
  decode::required(j, "name", p.name);
  decode::required(j, "description", p.description);
  decode::required(j, "price", p.price);
  decode::required(j, "category_id", p.category_id);
  decode::required(j, "category_name", p.category_name);
  decode::required(j, "vendor_id", p.vendor_id);
  decode::required(j, "vendor_name", p.vendor_name);
  decode::required(j, "stock_available", p.stock_available);
  decode::required(j, "image_url", p.image_url);
  decode::required(j, "image_count", p.image_count);
  decode::required(j, "status", p.status);
  decode::required(j, "submitted_at", p.submitted_at);
  decode::required(j, "updated_at", p.updated_at);
}
inline void to_json(json& j, const PendingProduct& p) {
  j = {{"id", p.id}, {"sku", p.sku}, {"name", p.name}, {"description", p.description}, {"price", p.price},
       {"category_id", p.category_id}, {"category_name", p.category_name}, {"vendor_id", p.vendor_id},
       {"vendor_name", p.vendor_name}, {"stock_available", p.stock_available}, {"image_url", p.image_url},
       {"image_count", p.image_count}, {"status", p.status}, {"submitted_at", p.submitted_at},
       {"updated_at", p.updated_at}};
}

}  // namespace mestore
