// The catalog screen, split by feature: catalog_screen.cpp (layout, requests, search debounce),
// catalog_filters.cpp (categories, price range, in-stock), catalog_results.cpp (toolbar, grid or
// list, pagination, empty/loading/error states). They share this plain state struct; the parts
// never navigate themselves, they hand the screen a new query (CatalogIntent).
#pragma once
#include <optional>
#include <string>

#include "catalog_query.hpp"
#include "client/remote.hpp"
#include "client/wire/common.hpp"
#include "screen.hpp"

namespace ui {

inline constexpr const char* kCatalogViewKey = "mestore.catalog_view";

struct CatalogState {
  CatalogQuery query;  // as the route says
  bool list_view = false;
  // Search box: typed text reaches the query after a pause (debounce) or on Enter.
  std::string search_text;
  double search_edited_at = -1;
  // Price range fields (pesos, grouped when not being edited) and their validation message.
  std::string min_text;
  std::string max_text;
  std::string price_error;
  bool filters_open = false;  // phones: the filter panel folds away
  mestore::Handle<mestore::Page<mestore::Product>> results;
  // The last page that arrived, kept on screen while the next one loads (no flashing).
  std::optional<mestore::Page<mestore::Product>> shown;
  bool scroll_to_top = false;
};

// What a part wants: show another query, as a new history entry or in place of this one.
struct CatalogIntent {
  std::optional<CatalogQuery> query;
  bool push = true;
  void go(CatalogQuery q, bool new_entry = true) {
    query = std::move(q);
    push = new_entry;
  }
};

// Sidebar (desktop) or folding panel (phone) with the filters, `width` device pixels wide.
void draw_catalog_filters(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, float width, bool compact);
// Resets the price fields from the query (after navigation).
void sync_price_fields(CatalogState& s);
// Count, sort and view; on phones also the filter toggle.
void draw_catalog_toolbar(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, bool compact);
// Removable chips for the active filters, and "clear all".
void draw_active_filters(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent);
// The products (grid or list) and the page numbers, or the empty/loading/error state.
void draw_catalog_results(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent);
// "Todos los productos", a category name or «search» results.
std::string catalog_title(ScreenContext& ctx, const CatalogState& s);

}  // namespace ui
