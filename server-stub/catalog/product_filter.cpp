#include "product_filter.hpp"

#include <map>

namespace stub::catalog {
namespace {

std::string bounded_text(const Context& ctx, const char* key, std::size_t max) {
  std::string v = ctx.query(key);
  if (v.size() > max) throw invalid(key, "at most " + std::to_string(max) + " characters", "length_error");
  return v;
}

}  // namespace

ProductFilter parse_product_filter(const Context& ctx) {
  ProductFilter f;
  f.page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  f.size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  f.search = bounded_text(ctx, "search", 100);
  f.category = bounded_text(ctx, "category", 100);
  f.vendor_id = bounded_text(ctx, "vendor_id", 64);
  if (ctx.has_query("min_price")) f.min_price = ctx.query_int("min_price", 0, 0, 100000000);
  if (ctx.has_query("max_price")) f.max_price = ctx.query_int("max_price", 0, 0, 100000000);
  if (f.min_price && f.max_price && *f.min_price > *f.max_price)
    throw invalid("min_price", "must not be above max_price", "range_error");

  const std::string in_stock = ctx.query("in_stock");
  if (in_stock == "true" || in_stock == "1") f.in_stock = true;
  else if (!in_stock.empty() && in_stock != "false" && in_stock != "0")
    throw invalid("in_stock", "must be true or false", "type_error");

  static const std::map<std::string, std::string> columns = {
      {"", "p.name"}, {"name", "p.name"}, {"price", "p.price"}, {"newest", "p.created_at"}, {"created_at", "p.created_at"}};
  const std::string sort_by = ctx.query("sort_by");
  auto column = columns.find(sort_by);
  if (column == columns.end()) throw invalid("sort_by", "must be one of price, name, newest, created_at", "enum_error");
  f.order_by = column->second;
  // "newest" means newest first unless the caller says otherwise.
  const std::string order = ctx.query("sort_order", sort_by == "newest" ? "desc" : "asc");
  if (order != "asc" && order != "desc") throw invalid("sort_order", "must be asc or desc", "enum_error");
  f.descending = order == "desc";
  return f;
}

}  // namespace stub::catalog
