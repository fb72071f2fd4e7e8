#include "catalog_query.hpp"

#include <cctype>

namespace ui {
namespace {

bool known_sort(const std::string& s) {
  for (const char* k : kSortKeys)
    if (s == k) return true;
  return false;
}

std::optional<std::int64_t> price_param(const Route& r, const char* key) {
  bool bad = false;
  auto v = parse_pesos(r.get(key), &bad);
  return bad ? std::nullopt : v;
}

}  // namespace

std::optional<std::int64_t> parse_pesos(const std::string& text, bool* bad) {
  if (bad) *bad = false;
  std::int64_t v = 0;
  bool any = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      any = true;
      if (v > kMaxPricePesos) {
        if (bad) *bad = true;
        return std::nullopt;
      }
    } else if (c == '.' || c == ',' || c == ' ' || c == '$') {
      continue;  // grouping and the currency sign
    } else {
      if (bad) *bad = true;
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return v;
}

CatalogQuery CatalogQuery::from_route(const Route& r) {
  CatalogQuery c;
  c.q = r.get("q").substr(0, 100);
  c.cat = r.get("cat").substr(0, 64);
  c.min_price = price_param(r, "min");
  c.max_price = price_param(r, "max");
  if (c.min_price && c.max_price && *c.min_price > *c.max_price) std::swap(c.min_price, c.max_price);
  c.in_stock = r.get("stock") == "1";
  c.sort = r.get("sort");
  if (!known_sort(c.sort) || c.sort == "relevance") c.sort.clear();
  c.page = r.get_int("page", 1);
  c.view = r.get("view");
  if (c.view != "grid" && c.view != "list") c.view.clear();
  return c;
}

Route CatalogQuery::to_route() const {
  Route r;
  r.path = "/catalog";
  if (!q.empty()) r.query["q"] = q;
  if (!cat.empty()) r.query["cat"] = cat;
  if (min_price) r.query["min"] = std::to_string(*min_price);
  if (max_price) r.query["max"] = std::to_string(*max_price);
  if (in_stock) r.query.emplace("stock", std::string(1, '1'));  // (not = "1": GCC 12 -Wrestrict false alarm)
  if (!sort.empty()) r.query["sort"] = sort;
  if (page > 1) r.query["page"] = std::to_string(page);
  if (!view.empty()) r.query["view"] = view;
  return r;
}

mestore::ProductQuery CatalogQuery::to_product_query(int page_size) const {
  mestore::ProductQuery p;
  p.page = page;
  p.size = page_size;
  p.search = q;
  p.category = cat;
  p.min_price = min_price;
  p.max_price = max_price;
  p.in_stock = in_stock;
  if (sort == "price_asc") {
    p.sort_by = "price";
    p.sort_order = "asc";
  } else if (sort == "price_desc") {
    p.sort_by = "price";
    p.sort_order = "desc";
  } else if (sort == "newest") {
    p.sort_by = "created_at";
    p.sort_order = "desc";
  } else if (sort == "name") {
    p.sort_by = "name";
    p.sort_order = "asc";
  }
  return p;
}

bool CatalogQuery::same_results(const CatalogQuery& o) const {
  return q == o.q && cat == o.cat && min_price == o.min_price && max_price == o.max_price && in_stock == o.in_stock &&
         sort == o.sort && page == o.page;
}

int CatalogQuery::active_filters() const {
  return (cat.empty() ? 0 : 1) + ((min_price || max_price) ? 1 : 0) + (in_stock ? 1 : 0);
}

}  // namespace ui
