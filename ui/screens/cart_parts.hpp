// The cart screen, split by feature: cart_screen.cpp (layout, lines, re-quoting) and
// cart_summary.cpp (the server's quote: subtotal, IVA, shipping, total; the free-shipping hint;
// what changed since the shopper added things).
#pragma once
#include <vector>

#include "client/cart.hpp"
#include "client/remote.hpp"
#include "screen.hpp"

namespace ui {

struct CartScreenState {
  mestore::Handle<mestore::Quote> quote;
  unsigned quoted_revision = ~0u;  // cart revision the current quote was asked for
  double changed_at = -1;          // last quantity change (quotes wait for a short pause)
  std::vector<mestore::CartDifference> differences;  // from the latest quote, until dismissed
};

// The quote line for a product, or nullptr (no quote yet, or the server left it out).
const mestore::QuoteLine* quote_line(const CartScreenState& s, const std::string& product_id);
// "Free shipping from $ 200.000": a bar and what is missing, from the quote (or the snapshot).
void draw_free_shipping(ScreenContext& ctx, const CartScreenState& s, float width);
// Totals box with "Continuar al pago"; retry on failure.
void draw_cart_summary(ScreenContext& ctx, CartScreenState& s, float width);
// The differences a re-quote found (price changes, fewer units, unavailable), with dismiss.
void draw_cart_differences(ScreenContext& ctx, CartScreenState& s, float width);

}  // namespace ui
