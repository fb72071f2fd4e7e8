#include "product_queries.hpp"

#include <variant>

namespace stub::catalog {
namespace {

constexpr const char* kColumns =
    "p.id, p.sku, p.name, p.description, p.price, p.category_id, c.name, p.vendor_id, v.business_name, "
    "p.stock_quantity - p.stock_reserved, p.image_path, p.status, v.city";
constexpr const char* kJoins = " FROM products p JOIN categories c ON c.id = p.category_id JOIN vendors v ON v.id = p.vendor_id";

mestore::Product product_from_row(SQLite::Statement& q) {
  mestore::Product p;
  read_listing_columns(q, p);
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

// A WHERE clause and its arguments, built from fixed fragments only.
struct Where {
  std::string sql = " WHERE p.status = 'APPROVED'";
  std::vector<std::variant<std::string, std::int64_t>> args;

  void add(const char* fragment, std::initializer_list<std::variant<std::string, std::int64_t>> values) {
    sql += " AND ";
    sql += fragment;
    args.insert(args.end(), values);
  }
  void bind(SQLite::Statement& q) const {
    int i = 1;
    for (const auto& a : args) {
      if (const auto* s = std::get_if<std::string>(&a)) q.bind(i++, *s);
      else q.bind(i++, std::get<std::int64_t>(a));
    }
  }
};

Where where_for(const ProductFilter& f) {
  Where w;
  if (!f.search.empty()) {
    const std::string like = like_pattern(f.search);
    w.add("(p.name LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\')", {like, like});
  }
  if (!f.category.empty())
    // The category (by id or slug) and every category below it, however deep.
    w.add("p.category_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM categories WHERE id = ? OR slug = ?"
          " UNION ALL SELECT k.id FROM categories k JOIN sub ON k.parent_id = sub.id) SELECT id FROM sub)",
          {f.category, f.category});
  if (!f.vendor_id.empty()) w.add("p.vendor_id = ?", {f.vendor_id});
  if (f.min_price) w.add("p.price >= ?", {*f.min_price});
  if (f.max_price) w.add("p.price <= ?", {*f.max_price});
  if (f.in_stock) w.add("p.stock_quantity - p.stock_reserved > 0", {});
  return w;
}

}  // namespace

std::string media_url(const std::string& media_path) { return media_path.empty() ? "" : "/media/" + media_path; }

ProductPage list_public_products(SQLite::Database& db, const ProductFilter& f) {
  const Where w = where_for(f);
  ProductPage page;
  SQLite::Statement count(db, std::string("SELECT COUNT(*)") + kJoins + w.sql);
  w.bind(count);
  count.executeStep();
  page.total = count.getColumn(0).getInt64();

  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kJoins + w.sql + " ORDER BY " + f.order_by +
                              (f.descending ? " DESC" : " ASC") + ", p.id LIMIT ? OFFSET ?");
  w.bind(q);
  const int n = static_cast<int>(w.args.size());
  q.bind(n + 1, f.size);
  q.bind(n + 2, static_cast<std::int64_t>(f.page - 1) * f.size);
  while (q.executeStep()) page.items.push_back(product_from_row(q));
  return page;
}

std::optional<mestore::Product> public_product_detail(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kJoins + " WHERE p.id = ? AND p.status = 'APPROVED'");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  mestore::Product p = product_from_row(q);
  p.vendor = mestore::VendorSummary{p.vendor_id, p.vendor_name, q.getColumn(12).getString()};

  SQLite::Statement images(db, "SELECT path FROM product_images WHERE product_id = ? ORDER BY position");
  images.bind(1, id);
  while (images.executeStep()) p.images.push_back(media_url(images.getColumn(0).getString()));
  // Products whose picture predates the gallery still show one.
  if (p.images.empty() && !p.image_url.empty()) p.images.push_back(p.image_url);
  return p;
}

}  // namespace stub::catalog
