// What the catalog shows, as the address bar says it:
//   #/catalog?q=…&cat=…&min=…&max=…&stock=1&sort=…&page=…&view=grid|list
// Pure data and conversions (route ⇄ query ⇄ API request), so they are unit-tested.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "client/wire/product.hpp"
#include "../router.hpp"

namespace ui {

inline constexpr int kCatalogPageSize = 24;
inline constexpr std::int64_t kMaxPricePesos = 100000000;  // the backend's product price ceiling

struct CatalogQuery {
  std::string q;
  std::string cat;  // category slug
  std::optional<std::int64_t> min_price;
  std::optional<std::int64_t> max_price;
  bool in_stock = false;
  std::string sort;  // "" (relevance) | price_asc | price_desc | newest | name
  int page = 1;
  std::string view;  // "" (the saved preference) | grid | list

  // Unknown or malformed values fall back to their defaults (a bad link still shows a catalog).
  static CatalogQuery from_route(const Route& route);
  Route to_route() const;
  mestore::ProductQuery to_product_query(int page_size = kCatalogPageSize) const;
  // Same results (everything but the view)?
  bool same_results(const CatalogQuery& o) const;
  // How many filters narrow the results (for the phone's "Filtros (2)" button).
  int active_filters() const;
};

// The sort choices in the order the menu shows them.
inline constexpr const char* kSortKeys[] = {"relevance", "price_asc", "price_desc", "newest", "name"};

// "200.000", "$ 200,000" or "200000" → 200000. Empty → nullopt. Anything else (letters, more
// than kMaxPricePesos) → nullopt with *bad set.
std::optional<std::int64_t> parse_pesos(const std::string& text, bool* bad);

}  // namespace ui
