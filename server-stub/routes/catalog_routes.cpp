// Public catalog: approved products only, never cost price or commission. Every answer here is
// served from the response cache when nothing in the catalog changed since it was made.
#include "../catalog/catalog_version.hpp"
#include "../catalog/category_tree.hpp"
#include "../catalog/product_queries.hpp"
#include "routes.hpp"

namespace stub {
namespace {

// The answer for `key` from the cache, or made by `make` (a successful Reply) and stored.
template <class Make>
Reply cached(Stub& s, const std::string& key, Make&& make) {
  const catalog::CacheStamp stamp{s.catalog_cache.generation(), catalog::catalog_db_version(s.db.conn())};
  if (auto body = s.catalog_cache.get(key, stamp)) return Reply::raw(*body, "application/json");
  Reply reply = make();
  if (reply.status == 200) s.catalog_cache.put(key, stamp, reply.body);
  return reply;
}

// One key per distinct result: the parsed filter, so "?page=1" and "" share an entry.
std::string list_key(const catalog::ProductFilter& f) {
  return "list|" + std::to_string(f.page) + "|" + std::to_string(f.size) + "|" + f.search + "|" + f.category + "|" +
         f.vendor_id + "|" + (f.min_price ? std::to_string(*f.min_price) : "") + "|" +
         (f.max_price ? std::to_string(*f.max_price) : "") + "|" + (f.in_stock ? "1" : "0") + "|" + f.order_by + "|" +
         (f.descending ? "d" : "a");
}

Reply list_products(Stub& s, Context& ctx) {
  const catalog::ProductFilter filter = catalog::parse_product_filter(ctx);
  return cached(s, list_key(filter), [&] {
    const catalog::ProductPage page = catalog::list_public_products(s.db.conn(), filter);
    return Reply::page(page.items, mestore::make_pagination(filter.page, filter.size, page.total));
  });
}

Reply get_product(Stub& s, Context& ctx) {
  return cached(s, "product|" + ctx.param("id"), [&] {
    auto product = catalog::public_product_detail(s.db.conn(), ctx.param("id"));
    if (!product) throw not_found("product");
    return Reply::ok(*product);
  });
}

Reply list_categories(Stub& s, Context&) {
  return cached(s, "categories", [&] { return Reply::ok(catalog::load_categories(s.db.conn())); });
}

Reply category_tree(Stub& s, Context&) {
  return cached(s, "tree", [&] { return Reply::ok(catalog::build_tree(catalog::load_categories(s.db.conn()))); });
}

Reply get_category(Stub& s, Context& ctx) {
  return cached(s, "category|" + ctx.param("id"), [&] {
    auto detail = catalog::find_category(catalog::load_categories(s.db.conn()), ctx.param("id"));
    if (!detail) throw not_found("category");
    return Reply::ok(*detail);
  });
}

}  // namespace

void add_catalog_routes(Router& r, Stub& s) {
  r.add({"GET", "/api/v1/products", Access::anyone(), [&s](Context& c) { return list_products(s, c); },
         "Approved products: search, category, vendor_id, min_price, max_price, in_stock, sort_by (price|name|newest|created_at), "
         "sort_order, page, size", "catalog", BodyKind::None, nullptr, {{"type", "array"}, {"items", ref("Product")}}});
  r.add({"GET", "/api/v1/products/{id}", Access::anyone(), [&s](Context& c) { return get_product(s, c); },
         "One approved product with its image gallery and vendor", "catalog", BodyKind::None, nullptr, ref("Product")});
  r.add({"GET", "/api/v1/categories", Access::anyone(), [&s](Context& c) { return list_categories(s, c); },
         "All categories with their approved product counts (including subcategories)", "catalog"});
  r.add({"GET", "/api/v1/categories/tree", Access::anyone(), [&s](Context& c) { return category_tree(s, c); },
         "Categories nested as a tree, with product counts", "catalog"});
  r.add({"GET", "/api/v1/categories/{id}", Access::anyone(), [&s](Context& c) { return get_category(s, c); },
         "One category by id or slug, with its subtree and ancestors", "catalog"});
}

}  // namespace stub
