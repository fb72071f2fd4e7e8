// Public catalog: approved products only, never cost price or commission.
#include "../catalog/category_tree.hpp"
#include "../catalog/product_queries.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply list_products(Stub& s, Context& ctx) {
  const catalog::ProductFilter filter = catalog::parse_product_filter(ctx);
  const catalog::ProductPage page = catalog::list_public_products(s.db.conn(), filter);
  return Reply::page(page.items, mestore::make_pagination(filter.page, filter.size, page.total));
}

Reply get_product(Stub& s, Context& ctx) {
  auto product = catalog::public_product_detail(s.db.conn(), ctx.param("id"));
  if (!product) throw not_found("product");
  return Reply::ok(*product);
}

Reply list_categories(Stub& s, Context&) { return Reply::ok(catalog::load_categories(s.db.conn())); }

Reply category_tree(Stub& s, Context&) { return Reply::ok(catalog::build_tree(catalog::load_categories(s.db.conn()))); }

Reply get_category(Stub& s, Context& ctx) {
  auto detail = catalog::find_category(catalog::load_categories(s.db.conn()), ctx.param("id"));
  if (!detail) throw not_found("category");
  return Reply::ok(*detail);
}

}  // namespace

void add_catalog_routes(Router& r, Stub& s) {
  r.add({"GET", "/api/v1/products", Access::anyone(), [&s](Context& c) { return list_products(s, c); },
         "Approved products: search, category, vendor_id, min_price, max_price, in_stock, sort_by (price|name|newest|created_at), "
         "sort_order, page, size", "catalog"});
  r.add({"GET", "/api/v1/products/{id}", Access::anyone(), [&s](Context& c) { return get_product(s, c); },
         "One approved product with its image gallery and vendor", "catalog"});
  r.add({"GET", "/api/v1/categories", Access::anyone(), [&s](Context& c) { return list_categories(s, c); },
         "All categories with their approved product counts (including subcategories)", "catalog"});
  r.add({"GET", "/api/v1/categories/tree", Access::anyone(), [&s](Context& c) { return category_tree(s, c); },
         "Categories nested as a tree, with product counts", "catalog"});
  r.add({"GET", "/api/v1/categories/{id}", Access::anyone(), [&s](Context& c) { return get_category(s, c); },
         "One category by id or slug, with its subtree and ancestors", "catalog"});
}

}  // namespace stub
