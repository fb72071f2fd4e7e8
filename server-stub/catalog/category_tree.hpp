// Categories as the shop shows them: each with the number of approved products in it and in
// every category below it (the counts roll up the tree, however deep).
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "client/wire/catalog.hpp"

namespace stub::catalog {

// All categories in display order, with rolled-up approved product counts.
std::vector<mestore::Category> load_categories(SQLite::Database& db);

// Pure parts, unit-tested without a database:
// rolls `own_counts` (approved products directly in a category) up to every ancestor;
std::vector<mestore::Category> with_rolled_up_counts(std::vector<mestore::Category> flat,
                                                     const std::map<std::string, int>& own_counts);
// nests a flat list (parents may come after children); orphans become roots;
std::vector<mestore::CategoryNode> build_tree(const std::vector<mestore::Category>& flat);
// one category by id or slug, with its subtree and its ancestors (root first).
std::optional<mestore::CategoryDetail> find_category(const std::vector<mestore::Category>& flat, const std::string& id_or_slug);

}  // namespace stub::catalog
