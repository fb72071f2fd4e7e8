// The checkout's "your order" card: each line with its server price, then subtotal, IVA,
// shipping and total: from the server's quote before the order exists, from the order after.
// Amounts are never computed here.
#include <algorithm>
#include <cstdio>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "checkout_summary.hpp"

namespace ui {
namespace {

void amount_row(ScreenContext& ctx, const char* key, const std::string& value, float inner, bool strong = false,
                const std::string& id = "") {
  const Fonts& f = ctx.theme.fonts();
  ImFont* font = strong ? f.price : f.body;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 vs = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, value.c_str());
  text(strong ? f.strong : f.body, strong ? color::text : color::muted, tr(key));
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(p.x + inner - vs.x, p.y), color::text, value.c_str());
  if (!id.empty()) {
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + inner - vs.x, p.y));
    automation_mark(id, value, vs);
    ImGui::SetCursorScreenPos(after);
  }
  ImGui::Dummy(ImVec2(0, em(0.15f)));
}

void line_row(ScreenContext& ctx, const std::string& name, int quantity, mestore::Cop total, float inner) {
  const Fonts& f = ctx.theme.fonts();
  const std::string amount = price_text(total);
  const ImVec2 vs = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, 0, amount.c_str());
  const ImVec2 p = ImGui::GetCursorScreenPos();
  char qty[32];
  std::snprintf(qty, sizeof qty, "%d × ", quantity);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner - vs.x - em(1));
  text(f.body, color::text, qty + name, true);
  ImGui::PopTextWrapPos();
  ImGui::GetWindowDrawList()->AddText(f.body, f.body->FontSize, ImVec2(p.x + inner - vs.x, p.y), color::text, amount.c_str());
  ImGui::Dummy(ImVec2(0, em(0.2f)));
}

}  // namespace

void draw_checkout_totals(ScreenContext& ctx, const CheckoutTotals& t, float inner) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + inner, p.y), color::border, std::max(1.0f, ImGui::GetFontSize() / 15));
  ImGui::Dummy(ImVec2(inner, em(0.5f)));
  amount_row(ctx, "cart.subtotal", price_text(t.subtotal), inner);
  amount_row(ctx, "cart.iva", price_text(t.iva), inner);
  amount_row(ctx, "cart.shipping", t.shipping.pesos == 0 ? tr("cart.shipping_free") : price_text(t.shipping), inner);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  amount_row(ctx, "cart.total", price_text(t.total), inner, true, "checkout.total");
}

bool draw_checkout_summary(ScreenContext& ctx, const mestore::Handle<mestore::Quote>& quote, const mestore::Order* order,
                           float inner) {
  const Fonts& f = ctx.theme.fonts();
  text(f.heading, color::text, tr("checkout.summary_title"));
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  if (order) {
    for (const auto& l : order->items) line_row(ctx, l.name, l.quantity, l.line_total, inner);
    draw_checkout_totals(ctx, {order->subtotal, order->iva, order->shipping, order->total}, inner);
    return true;
  }
  if (!quote || quote->loading()) {
    loading_line(tr("cart.quoting"));
    return false;
  }
  if (quote->failed()) {
    error_box(tr("cart.quote_failed"), &quote->error, "", inner);
    return false;
  }
  const mestore::Quote& q = quote->value;
  for (const auto& l : q.lines) line_row(ctx, l.name, l.quantity, l.line_total, inner);
  draw_checkout_totals(ctx, {q.subtotal, q.iva, q.shipping, q.total}, inner);
  if (!q.orderable) {
    notice_item("checkout.not_orderable", icon::warning, tr("checkout.not_orderable"), color::danger, color::danger_soft, inner);
    return false;
  }
  return true;
}

}  // namespace ui
