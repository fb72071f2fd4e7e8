// Catalog shapes beyond the product itself: categories (flat, as a tree, one with its
// breadcrumb) and the vendor summary shown on a product page.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

// GET /api/v1/categories: one entry per category; product_count counts approved products in the
// category and all categories below it.
struct Category {
  std::string id;
  std::string slug;
  std::string name;
  std::optional<std::string> parent_id;  // null for a top-level category
  int product_count = 0;
};

inline void from_json(const json& j, Category& c) {
  decode::required(j, "id", c.id);
  decode::required(j, "slug", c.slug);
  decode::required(j, "name", c.name);
  decode::required(j, "parent_id", c.parent_id);  // present, null at the top
  decode::required(j, "product_count", c.product_count);
}
inline void to_json(json& j, const Category& c) {
  j = {{"id", c.id}, {"slug", c.slug}, {"name", c.name},
       {"parent_id", c.parent_id ? json(*c.parent_id) : json(nullptr)}, {"product_count", c.product_count}};
}

// GET /api/v1/categories/tree: top-level categories with their children, nested.
struct CategoryNode : Category {
  std::vector<CategoryNode> children;
};

inline void from_json(const json& j, CategoryNode& n) {
  from_json(j, static_cast<Category&>(n));
  decode::optional(j, "children", n.children);
}
inline void to_json(json& j, const CategoryNode& n) {
  to_json(j, static_cast<const Category&>(n));
  j["children"] = json::array();
  for (const auto& c : n.children) j["children"].push_back(c);
}

// GET /api/v1/categories/{id or slug}: the category, its subtree and its ancestors (root first),
// for a breadcrumb.
struct CategoryDetail : CategoryNode {
  std::vector<Category> ancestors;
};

inline void from_json(const json& j, CategoryDetail& d) {
  from_json(j, static_cast<CategoryNode&>(d));
  decode::optional(j, "ancestors", d.ancestors);
}
inline void to_json(json& j, const CategoryDetail& d) {
  to_json(j, static_cast<const CategoryNode&>(d));
  j["ancestors"] = d.ancestors;
}

// Who sells a product, as the product page shows it.
struct VendorSummary {
  std::string id;
  std::string name;
  std::string city;
};

inline void from_json(const json& j, VendorSummary& v) {
  decode::required(j, "id", v.id);
  decode::required(j, "name", v.name);
  decode::optional(j, "city", v.city);
}
inline void to_json(json& j, const VendorSummary& v) { j = {{"id", v.id}, {"name", v.name}, {"city", v.city}}; }

}  // namespace mestore
