// Helpers over the flat category list from GET /categories: top-level ones, children, lookups
// by slug, and the icon each top-level category wears on the home tiles.
#pragma once
#include <string>
#include <vector>

#include "client/wire/catalog.hpp"

namespace ui {

std::vector<const mestore::Category*> top_categories(const std::vector<mestore::Category>& all);
std::vector<const mestore::Category*> child_categories(const std::vector<mestore::Category>& all,
                                                       const std::string& parent_id);
// By slug or id; nullptr when unknown.
const mestore::Category* find_category(const std::vector<mestore::Category>& all, const std::string& slug_or_id);
// A Font Awesome glyph for a top-level category (a tag for unknown ones).
const char* category_icon(const std::string& slug);

}  // namespace ui
