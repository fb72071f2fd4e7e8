// Public catalog: approved products only, never cost price or commission.
#include <string>
#include <vector>

#include "routes.hpp"

namespace stub {
namespace {

constexpr const char* kProductColumns =
    "p.id, p.sku, p.name, p.description, p.price, p.category_id, c.name, p.vendor_id, v.business_name, "
    "p.stock_quantity - p.stock_reserved, p.image_path, p.status";
constexpr const char* kProductJoins =
    " FROM products p JOIN categories c ON c.id = p.category_id JOIN vendors v ON v.id = p.vendor_id";

mestore::Product product_from_row(SQLite::Statement& q) {
  mestore::Product p;
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
  std::string image = q.getColumn(10).getString();
  p.image_url = image.empty() ? "" : "/media/" + image;
  p.status = q.getColumn(11).getString();
  return p;
}

// LIKE with the user's % and _ taken literally.
std::string like_pattern(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

Reply list_products(Stub& s, Context& ctx) {
  const int page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  const int size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  const std::string search = ctx.query("search");
  const std::string category = ctx.query("category");
  if (search.size() > 100) throw invalid("search", "at most 100 characters", "length_error");

  // Sorting comes from a fixed list, never from the request text.
  static const std::map<std::string, std::string> sort_columns = {
      {"", "p.name"}, {"name", "p.name"}, {"price", "p.price"}, {"created_at", "p.created_at"}, {"newest", "p.created_at"}};
  auto sort = sort_columns.find(ctx.query("sort_by"));
  if (sort == sort_columns.end()) throw invalid("sort_by", "must be one of name, price, created_at", "enum_error");
  std::string order = ctx.query("sort_order", "asc");
  if (order != "asc" && order != "desc") throw invalid("sort_order", "must be asc or desc", "enum_error");

  std::string where = " WHERE p.status = 'APPROVED'";
  if (!search.empty()) where += " AND (p.name LIKE ?1 ESCAPE '\\' OR p.description LIKE ?1 ESCAPE '\\')";
  if (!category.empty()) where += " AND (c.id = ?2 OR c.slug = ?2 OR c.parent_id = ?2 OR c.parent_id IN (SELECT id FROM categories WHERE slug = ?2))";

  auto& db = s.db.conn();
  auto bind = [&](SQLite::Statement& q) {
    if (!search.empty()) q.bind(1, like_pattern(search));
    if (!category.empty()) q.bind(2, category);
  };
  SQLite::Statement count(db, std::string("SELECT COUNT(*)") + kProductJoins + where);
  bind(count);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();

  SQLite::Statement q(db, std::string("SELECT ") + kProductColumns + kProductJoins + where + " ORDER BY " +
                              sort->second + " " + order + ", p.id LIMIT ?3 OFFSET ?4");
  bind(q);
  q.bind(3, size);
  q.bind(4, static_cast<std::int64_t>(page - 1) * size);
  json items = json::array();
  while (q.executeStep()) items.push_back(product_from_row(q));
  return Reply::page(items, mestore::make_pagination(page, size, total));
}

Reply get_product(Stub& s, Context& ctx) {
  SQLite::Statement q(s.db.conn(), std::string("SELECT ") + kProductColumns + kProductJoins +
                                       " WHERE p.id = ? AND p.status = 'APPROVED'");
  q.bind(1, ctx.param("id"));
  if (!q.executeStep()) throw not_found("product");
  return Reply::ok(product_from_row(q));
}

Reply list_categories(Stub& s, Context&) {
  SQLite::Statement q(s.db.conn(),
                      "SELECT c.id, c.slug, c.name, c.parent_id, "
                      "(SELECT COUNT(*) FROM products p JOIN categories pc ON pc.id = p.category_id "
                      " WHERE p.status = 'APPROVED' AND (pc.id = c.id OR pc.parent_id = c.id)) "
                      "FROM categories c ORDER BY c.position, c.name");
  json items = json::array();
  while (q.executeStep()) {
    items.push_back({{"id", q.getColumn(0).getString()},
                     {"slug", q.getColumn(1).getString()},
                     {"name", q.getColumn(2).getString()},
                     {"parent_id", q.getColumn(3).isNull() ? json(nullptr) : json(q.getColumn(3).getString())},
                     {"product_count", q.getColumn(4).getInt()}});
  }
  return Reply::ok(items);
}

}  // namespace

void add_catalog_routes(Router& r, Stub& s) {
  r.add({"GET", "/api/v1/products", Access::anyone(), [&s](Context& c) { return list_products(s, c); },
         "Approved products: search, category, sort, pagination", "catalog"});
  r.add({"GET", "/api/v1/products/{id}", Access::anyone(), [&s](Context& c) { return get_product(s, c); },
         "One approved product", "catalog"});
  r.add({"GET", "/api/v1/categories", Access::anyone(), [&s](Context& c) { return list_categories(s, c); },
         "All categories with their approved product counts", "catalog"});
}

}  // namespace stub
