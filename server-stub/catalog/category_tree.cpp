#include "category_tree.hpp"

#include <functional>
#include <set>

namespace stub::catalog {

using mestore::Category;
using mestore::CategoryNode;

std::vector<Category> load_categories(SQLite::Database& db) {
  std::vector<Category> flat;
  SQLite::Statement q(db, "SELECT id, slug, name, parent_id FROM categories ORDER BY position, name");
  while (q.executeStep()) {
    Category c;
    c.id = q.getColumn(0).getString();
    c.slug = q.getColumn(1).getString();
    c.name = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) c.parent_id = q.getColumn(3).getString();
    flat.push_back(std::move(c));
  }
  std::map<std::string, int> own;
  SQLite::Statement counts(db, "SELECT category_id, COUNT(*) FROM products WHERE status = 'APPROVED' GROUP BY category_id");
  while (counts.executeStep()) own[counts.getColumn(0).getString()] = counts.getColumn(1).getInt();
  return with_rolled_up_counts(std::move(flat), own);
}

std::vector<Category> with_rolled_up_counts(std::vector<Category> flat, const std::map<std::string, int>& own_counts) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < flat.size(); ++i) {
    flat[i].product_count = 0;
    index[flat[i].id] = i;
  }
  for (const auto& [category_id, count] : own_counts) {
    // Walk up to the root; the visited set stops a (corrupt) cycle from looping forever.
    std::set<std::string> seen;
    auto it = index.find(category_id);
    while (it != index.end() && seen.insert(it->first).second) {
      Category& c = flat[it->second];
      c.product_count += count;
      it = c.parent_id ? index.find(*c.parent_id) : index.end();
    }
  }
  return flat;
}

std::vector<CategoryNode> build_tree(const std::vector<Category>& flat) {
  std::map<std::string, std::vector<const Category*>> children;
  std::set<std::string> ids;
  for (const auto& c : flat) ids.insert(c.id);
  std::vector<const Category*> roots;
  for (const auto& c : flat) {
    if (c.parent_id && ids.count(*c.parent_id) && *c.parent_id != c.id) children[*c.parent_id].push_back(&c);
    else roots.push_back(&c);
  }
  std::set<std::string> placed;  // each category appears once, even if the data had a cycle
  std::function<CategoryNode(const Category&)> node = [&](const Category& c) {
    CategoryNode n;
    static_cast<Category&>(n) = c;
    placed.insert(c.id);
    for (const Category* child : children[c.id])
      if (!placed.count(child->id)) n.children.push_back(node(*child));
    return n;
  };
  std::vector<CategoryNode> tree;
  for (const Category* r : roots) tree.push_back(node(*r));
  return tree;
}

std::optional<mestore::CategoryDetail> find_category(const std::vector<Category>& flat, const std::string& id_or_slug) {
  const Category* hit = nullptr;
  for (const auto& c : flat)
    if (c.id == id_or_slug || c.slug == id_or_slug) hit = &c;
  if (!hit) return std::nullopt;

  mestore::CategoryDetail d;
  std::function<const CategoryNode*(const std::vector<CategoryNode>&)> find = [&](const std::vector<CategoryNode>& nodes) -> const CategoryNode* {
    for (const auto& n : nodes) {
      if (n.id == hit->id) return &n;
      if (const CategoryNode* inner = find(n.children)) return inner;
    }
    return nullptr;
  };
  const auto tree = build_tree(flat);
  if (const CategoryNode* n = find(tree)) static_cast<CategoryNode&>(d) = *n;

  std::set<std::string> seen{hit->id};
  for (auto parent = hit->parent_id; parent && seen.insert(*parent).second;) {
    const Category* p = nullptr;
    for (const auto& c : flat)
      if (c.id == *parent) p = &c;
    if (!p) break;
    d.ancestors.insert(d.ancestors.begin(), *p);
    parent = p->parent_id;
  }
  return d;
}

}  // namespace stub::catalog
