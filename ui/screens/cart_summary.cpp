// The cart's summary: the server's quote (subtotal, IVA, shipping, total), the free-shipping
// hint, and what changed since the shopper added things. Amounts come from the server; before it
// answers (or if it cannot) only an estimate from the cart's snapshot is shown, labelled as such.
#include <algorithm>
#include <cstdio>

#include <imgui_internal.h>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "cart_parts.hpp"

namespace ui {
namespace {

constexpr mestore::Cop kDefaultFreeShippingFrom{200000};

bool quote_current(ScreenContext& ctx, const CartScreenState& s) {
  return s.quote && s.quote->done() && s.quoted_revision == ctx.state.cart.revision();
}

// "Label ........ $ 1.000" across `width`; value right-aligned. Reported as a text item.
void summary_row(const std::string& id, const char* label_key, const std::string& value, ImFont* font, ImU32 col,
                 float width) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushFont(font);
  const ImVec2 vs = ImGui::CalcTextSize(value.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(col));
  ImGui::TextUnformatted(tr(label_key));
  ImGui::PopStyleColor();
  ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + width - vs.x, p.y), col, value.c_str());
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(p);
  ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, ImGui::GetItemRectSize().y));
  automation::tag(id, tr(label_key), "text");
  automation::set_value(value);
}

}  // namespace

const mestore::QuoteLine* quote_line(const CartScreenState& s, const std::string& product_id) {
  if (!s.quote || !s.quote->done()) return nullptr;
  for (const auto& l : s.quote->value.lines)
    if (l.product_id == product_id) return &l;
  return nullptr;
}

void draw_free_shipping(ScreenContext& ctx, const CartScreenState& s, float width) {
  const Fonts& f = ctx.theme.fonts();
  const bool quoted = quote_current(ctx, s);
  const mestore::Cop free_from =
      quoted && s.quote->value.free_shipping_from.pesos > 0 ? s.quote->value.free_shipping_from : kDefaultFreeShippingFrom;
  const mestore::Cop subtotal = quoted ? s.quote->value.subtotal : ctx.state.cart.snapshot_subtotal();
  const mestore::Cop missing = free_from - subtotal;
  const float k = std::clamp(static_cast<float>(subtotal.pesos) / static_cast<float>(std::max<std::int64_t>(1, free_from.pesos)), 0.0f, 1.0f);
  char buf[160];
  if (missing.pesos <= 0) {
    text(f.strong, color::success, std::string(icon::truck) + "  " + tr("cart.free_shipping_yes"), true);
  } else {
    std::snprintf(buf, sizeof buf, tr("cart.free_shipping_missing"), price_text(missing).c_str());
    text(f.body, color::text, std::string(icon::truck) + "  " + buf, true);
  }
  automation::tag("cart.free_shipping", missing.pesos <= 0 ? tr("cart.free_shipping_yes") : buf, "text");
  ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ctx.theme.px(8);
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), color::rgb(0xE9EDF2), h / 2);
  if (k > 0) dl->AddRectFilled(p, ImVec2(p.x + std::max(h, width * k), p.y + h), missing.pesos <= 0 ? color::success : color::brand, h / 2);
  ImGui::Dummy(ImVec2(width, h));
  std::snprintf(buf, sizeof buf, tr("cart.free_shipping_from"), price_text(free_from).c_str());
  text(f.small, color::muted, buf);
}

void draw_cart_summary(ScreenContext& ctx, CartScreenState& s, float width) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  begin_card(width, th.px(20));
  const float inner = card_inner_width();
  text(f.heading, color::text, tr("cart.summary"));
  ImGui::Dummy(ImVec2(0, th.px(6)));
  draw_free_shipping(ctx, s, inner);
  ImGui::Dummy(ImVec2(0, th.px(10)));

  const bool quoted = quote_current(ctx, s);
  bool blocked = false;  // unavailable lines keep the shopper from paying
  if (quoted) {
    const mestore::Quote& q = s.quote->value;
    for (const auto& l : q.lines)
      if (l.available <= 0 || (l.problem && l.available < l.quantity)) blocked = true;
    for (const auto& line : ctx.state.cart.lines())
      if (!quote_line(s, line.product_id)) blocked = true;  // left out by the server
    summary_row("cart.subtotal", "cart.subtotal", price_text(q.subtotal), f.body, color::text, inner);
    summary_row("cart.iva", "cart.iva", price_text(q.iva), f.body, color::text, inner);
    summary_row("cart.shipping", "cart.shipping", q.shipping.pesos == 0 ? tr("cart.shipping_free") : price_text(q.shipping),
                f.body, q.shipping.pesos == 0 ? color::success : color::text, inner);
    ImGui::Dummy(ImVec2(0, th.px(2)));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + inner, p.y), color::border);
    ImGui::Dummy(ImVec2(0, th.px(6)));
    summary_row("cart.total", "cart.total", price_text(q.total), f.price, color::text, inner);
  } else if (s.quote && s.quote->failed() && s.quoted_revision == ctx.state.cart.revision()) {
    summary_row("cart.estimate", "cart.estimate", price_text(ctx.state.cart.snapshot_subtotal()), f.body, color::muted,
                inner);
    ImGui::Dummy(ImVec2(0, th.px(4)));
    const bool missing = s.quote->error.http_status == 404 || s.quote->error.http_status == 405;
    if (error_box(missing ? tr("cart.quote_unavailable") : tr("cart.quote_failed"), missing ? nullptr : &s.quote->error,
                  "cart.quote_retry")) {
      s.quoted_revision = ~0u;  // ask again on the next frame
      s.changed_at = -1;
    }
  } else {
    summary_row("cart.estimate", "cart.estimate", price_text(ctx.state.cart.snapshot_subtotal()), f.body, color::muted,
                inner);
    loading_line(tr("cart.quoting"));
  }
  ImGui::Dummy(ImVec2(0, th.px(10)));
  const float h = th.px(48);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(th.px(16), (h - ImGui::GetFontSize()) / 2));
  ImGui::PushFont(f.strong);
  if (primary_button(std::string(tr("cart.checkout")) + "  " + icon::arrow_right + "##cart.checkout", quoted && !blocked,
                     inner))
    ctx.nav.go(Route::parse("/checkout"));
  automation::tag("cart.checkout", tr("cart.checkout"), "button");
  ImGui::PopFont();
  ImGui::PopStyleVar();
  if (blocked) {
    ImGui::Dummy(ImVec2(0, th.px(4)));
    text(f.small, color::danger, tr("cart.blocked"), true);
  }
  ImGui::Dummy(ImVec2(0, th.px(8)));
  text(f.small, color::muted, std::string(icon::lock) + "  " + tr("cart.server_note"), true);
  ImGui::Dummy(ImVec2(0, th.px(4)));
  ImGui::PushFont(f.small);
  if (link_button(tr("cart.keep_shopping"), "cart.keep_shopping")) ctx.nav.go(Route::parse("/catalog"));
  ImGui::PopFont();
  end_card();
}

void draw_cart_differences(ScreenContext& ctx, CartScreenState& s, float width) {
  if (s.differences.empty()) return;
  const Fonts& f = ctx.theme.fonts();
  std::string message = tr("cart.changed_title");
  char buf[320];
  for (const auto& d : s.differences) {
    switch (d.kind) {
      case mestore::CartDifference::Kind::PriceUp:
        std::snprintf(buf, sizeof buf, tr("cart.changed_price_up"), d.name.c_str(), price_text(d.old_price).c_str(),
                      price_text(d.new_price).c_str());
        break;
      case mestore::CartDifference::Kind::PriceDown:
        std::snprintf(buf, sizeof buf, tr("cart.changed_price_down"), d.name.c_str(), price_text(d.old_price).c_str(),
                      price_text(d.new_price).c_str());
        break;
      case mestore::CartDifference::Kind::QuantityReduced:
        std::snprintf(buf, sizeof buf, tr("cart.changed_quantity"), d.name.c_str(), d.new_quantity);
        break;
      case mestore::CartDifference::Kind::Unavailable:
        std::snprintf(buf, sizeof buf, tr("cart.changed_unavailable"), d.name.c_str());
        break;
    }
    message += "\n• ";
    message += buf;
  }
  const ImVec2 top = ImGui::GetCursorScreenPos();
  notice_box(icon::warning, message, color::warning, color::warning_soft, width);
  // A non-interactive item over the box, so automation can read what changed.
  const ImRect box(top, ImVec2(top.x + (width > 0 ? width : card_inner_width()), ImGui::GetItemRectMin().y));
  ImGui::ItemAdd(box, ImGui::GetID("##cart.differences"));
  automation::tag("cart.differences", message, "text");
  ImGui::Dummy(ImVec2(0, em(0.1f)));
  ImGui::PushFont(f.small);
  if (link_button(tr("cart.changed_ok"), "cart.differences.dismiss")) s.differences.clear();
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, em(0.5f)));
}

}  // namespace ui
