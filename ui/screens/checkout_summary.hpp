// The order summary card of the checkout, and the totals block the order page shares.
#pragma once
#include "client/api_client.hpp"
#include "screen.hpp"

namespace ui {

struct CheckoutTotals {
  mestore::Cop subtotal, iva, shipping, total;
};
// Subtotal, IVA, shipping ("Gratis" at 0) and the total (automation id "checkout.total").
void draw_checkout_totals(ScreenContext& ctx, const CheckoutTotals& totals, float inner);
// The lines and totals of `order` when there is one, else of the quote. True when they can be
// paid: the quote is in and every line orderable (or the order exists).
bool draw_checkout_summary(ScreenContext& ctx, const mestore::Handle<mestore::Quote>& quote, const mestore::Order* order,
                           float inner);

}  // namespace ui
