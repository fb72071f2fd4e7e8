// Pieces of the product page: the picture gallery (product_gallery.cpp) and the purchase box
// (product_purchase.cpp). product_screen.cpp lays them out.
#pragma once
#include <string>
#include <vector>

#include "client/wire/product.hpp"
#include "screen.hpp"

namespace ui {

// Main picture (square) with previous/next on it, and a row of thumbnails below when there are
// several. `selected` is the index shown; clicking a thumbnail changes it.
void draw_product_gallery(ScreenContext& ctx, const mestore::Product& p, const std::vector<std::string>& urls,
                          int& selected, float width);

struct PurchaseState {
  int quantity = 1;
};
// Name, vendor, price, stock, quantity and "add to cart" (with its toast and badge pulse).
void draw_product_purchase(ScreenContext& ctx, const mestore::Product& p, PurchaseState& s, float width);

}  // namespace ui
