#pragma once
#include <optional>
#include <string>

#include "../decode.hpp"

namespace mestore {

// GET /api/v1/categories: every category, parents and children in one flat list.
struct Category {
  std::string id;
  std::string slug;
  std::string name;
  std::optional<std::string> parent_id;  // null for a top-level category
  int product_count = 0;                 // approved products in it and its children
};

inline void from_json(const json& j, Category& c) {
  decode::required(j, "id", c.id);
  decode::required(j, "slug", c.slug);
  decode::required(j, "name", c.name);
  decode::required(j, "parent_id", c.parent_id);
  decode::optional(j, "product_count", c.product_count);
}
inline void to_json(json& j, const Category& c) {
  j = {{"id", c.id}, {"slug", c.slug}, {"name", c.name},
       {"parent_id", c.parent_id ? json(*c.parent_id) : json(nullptr)}, {"product_count", c.product_count}};
}

}  // namespace mestore
