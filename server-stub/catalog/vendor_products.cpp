#include "vendor_products.hpp"

#include "product_queries.hpp"

namespace stub::catalog {
namespace {

constexpr const char* kColumns =
    "p.id, p.sku, p.name, p.description, p.price, p.cost_price, p.category_id, c.name, p.status, p.stock_quantity,"
    " p.stock_reserved, p.image_path, p.rejection_reason, p.submitted_at, p.reviewed_at, p.created_at, p.updated_at";
constexpr const char* kJoin = " FROM products p JOIN categories c ON c.id = p.category_id";

std::optional<std::string> nullable_text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

mestore::VendorProduct from_row(SQLite::Statement& q) {
  mestore::VendorProduct p;
  p.id = q.getColumn(0).getString();
  p.sku = q.getColumn(1).getString();
  p.name = q.getColumn(2).getString();
  p.description = q.getColumn(3).getString();
  p.price = {q.getColumn(4).getInt64()};
  if (!q.getColumn(5).isNull()) p.cost_price = mestore::Cop{q.getColumn(5).getInt64()};
  p.category_id = q.getColumn(6).getString();
  p.category_name = q.getColumn(7).getString();
  p.status = q.getColumn(8).getString();
  p.stock_quantity = q.getColumn(9).getInt();
  p.stock_reserved = q.getColumn(10).getInt();
  p.stock_available = p.stock_quantity - p.stock_reserved;
  p.image_url = media_url(q.getColumn(11).getString());
  p.rejection_reason = nullable_text(q.getColumn(12));
  p.submitted_at = nullable_text(q.getColumn(13));
  p.reviewed_at = nullable_text(q.getColumn(14));
  p.created_at = q.getColumn(15).getString();
  p.updated_at = q.getColumn(16).getString();
  return p;
}

std::string like_pattern(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

}  // namespace

std::string image_id_of(const std::string& media_path) {
  const auto slash = media_path.rfind('/');
  std::string name = slash == std::string::npos ? media_path : media_path.substr(slash + 1);
  const auto dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

std::optional<std::string> vendor_id_of_user(SQLite::Database& db, const std::string& user_id) {
  SQLite::Statement q(db, "SELECT id FROM vendors WHERE user_id = ?");
  q.bind(1, user_id);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

std::vector<mestore::ProductImage> load_images(SQLite::Database& db, const std::string& product_id) {
  std::vector<mestore::ProductImage> out;
  SQLite::Statement q(db, "SELECT path, mime, width, height, bytes, position FROM product_images WHERE product_id = ? ORDER BY position");
  q.bind(1, product_id);
  while (q.executeStep()) {
    const std::string path = q.getColumn(0).getString();
    out.push_back({image_id_of(path), media_url(path), q.getColumn(1).getString(), q.getColumn(2).getInt(),
                   q.getColumn(3).getInt(), q.getColumn(4).getInt64(), q.getColumn(5).getInt()});
  }
  return out;
}

std::optional<mestore::VendorProduct> load_vendor_product(SQLite::Database& db, const std::string& product_id,
                                                          const std::string& vendor_id) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kJoin + " WHERE p.id = ?1 AND (?2 = '' OR p.vendor_id = ?2)");
  q.bind(1, product_id);
  q.bind(2, vendor_id);
  if (!q.executeStep()) return std::nullopt;
  mestore::VendorProduct p = from_row(q);
  p.images = load_images(db, p.id);
  return p;
}

mestore::Page<mestore::VendorProduct> list_vendor_products(SQLite::Database& db, const VendorProductFilter& f) {
  const std::string where = " WHERE p.vendor_id = ?1 AND (?2 = '' OR p.status = ?2) AND (?3 = '' OR p.name LIKE ?4 ESCAPE '\\' OR p.sku LIKE ?4 ESCAPE '\\')";
  auto bind = [&](SQLite::Statement& q) {
    q.bind(1, f.vendor_id);
    q.bind(2, f.status);
    q.bind(3, f.search);
    q.bind(4, like_pattern(f.search));
  };
  mestore::Page<mestore::VendorProduct> page;
  SQLite::Statement count(db, std::string("SELECT COUNT(*)") + kJoin + where);
  bind(count);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kJoin + where + " ORDER BY p.updated_at DESC, p.id LIMIT ?5 OFFSET ?6");
  bind(q);
  q.bind(5, f.size);
  q.bind(6, static_cast<std::int64_t>(f.page - 1) * f.size);
  while (q.executeStep()) page.items.push_back(from_row(q));
  for (auto& p : page.items) p.images = load_images(db, p.id);
  page.pagination = mestore::make_pagination(f.page, f.size, total);
  return page;
}

mestore::Page<mestore::PendingProduct> list_pending_products(SQLite::Database& db, const std::string& vendor_id, int page_no,
                                                             int size) {
  const std::string from =
      " FROM products p JOIN categories c ON c.id = p.category_id JOIN vendors v ON v.id = p.vendor_id"
      " WHERE p.status = 'PENDING' AND (?1 = '' OR p.vendor_id = ?1)";
  mestore::Page<mestore::PendingProduct> page;
  SQLite::Statement count(db, "SELECT COUNT(*)" + from);
  count.bind(1, vendor_id);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();
  SQLite::Statement q(db,
                      "SELECT p.id, p.sku, p.name, p.description, p.price, p.category_id, c.name, p.vendor_id, v.business_name,"
                      " p.stock_quantity - p.stock_reserved, p.image_path,"
                      " (SELECT COUNT(*) FROM product_images i WHERE i.product_id = p.id), p.status,"
                      " COALESCE(p.submitted_at, p.updated_at), p.updated_at" +
                          from + " ORDER BY COALESCE(p.submitted_at, p.updated_at), p.id LIMIT ?2 OFFSET ?3");
  q.bind(1, vendor_id);
  q.bind(2, size);
  q.bind(3, static_cast<std::int64_t>(page_no - 1) * size);
  while (q.executeStep()) {
    mestore::PendingProduct p;
    read_listing_columns(q, p);
    p.image_count = q.getColumn(11).getInt();
    p.status = q.getColumn(12).getString();
    p.submitted_at = q.getColumn(13).getString();
    p.updated_at = q.getColumn(14).getString();
    page.items.push_back(std::move(p));
  }
  page.pagination = mestore::make_pagination(page_no, size, total);
  return page;
}

}  // namespace stub::catalog
