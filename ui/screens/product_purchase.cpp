// The purchase box: what the product is, what it costs, how many are left, and adding it to the
// cart (bounded by stock and by what is already in the cart), with a toast and the badge pulse.
#include <algorithm>
#include <cstdio>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "product_parts.hpp"

namespace ui {
namespace {

void add_to_cart(ScreenContext& ctx, const mestore::Product& p, PurchaseState& s) {
  const int added = ctx.state.cart.add(p, s.quantity);
  const double now = ctx.platform.now();
  char buf[256];
  if (added == s.quantity) {
    std::snprintf(buf, sizeof buf, tr("product.added"), added, p.name.c_str());
    push_toast(ctx.state, now, "success", buf);
  } else if (added > 0) {
    std::snprintf(buf, sizeof buf, tr("product.added_partial"), added);
    push_toast(ctx.state, now, "info", buf);
  } else {
    push_toast(ctx.state, now, "error", tr("product.added_none"));
  }
  if (added > 0) ctx.state.cart_bumped_at = now;
  ctx.state.cart_count = ctx.state.cart.count();
  s.quantity = 1;
}

}  // namespace

void draw_product_purchase(ScreenContext& ctx, const mestore::Product& p, PurchaseState& s, float width) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  if (!p.category_name.empty()) {
    ImGui::PushFont(f.small);
    if (link_button(p.category_name, "product.category")) {
      Route r;
      r.path = "/catalog";
      r.query["cat"] = p.category_id;
      ctx.nav.go(r);
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, th.px(2)));
  }
  text(f.title, color::text, p.name, true);
  ImGui::Dummy(ImVec2(0, th.px(2)));
  text(f.body, color::muted, std::string(tr("product.sold_by")) + " " + p.vendor_name, true);
  ImGui::Dummy(ImVec2(0, th.px(14)));

  // Price and tax note.
  text(f.display, p.stock_available > 0 ? color::text : color::muted, price_text(p.price));
  automation::tag("product.price", price_text(p.price), "text");
  text(f.small, color::muted, tr("product.iva_note"), true);
  ImGui::Dummy(ImVec2(0, th.px(10)));

  // Stock: a coloured dot and "Quedan 3".
  ImU32 stock_col;
  const std::string stock = stock_text(p.stock_available, &stock_col);
  {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 sp = ImGui::GetCursorScreenPos();
    const float rad = th.px(4);
    dl->AddCircleFilled(ImVec2(sp.x + rad, sp.y + f.strong->FontSize / 2 + th.px(1)), rad, stock_col, 16);
    ImGui::SetCursorScreenPos(ImVec2(sp.x + rad * 2 + th.px(8), sp.y));
    text(f.strong, stock_col, stock);
    automation::tag("product.stock", stock, "text");
  }
  ImGui::Dummy(ImVec2(0, th.px(12)));

  const mestore::CartLine* in_cart = ctx.state.cart.find(p.id);
  const int already = in_cart ? in_cart->quantity : 0;
  const int cap = std::min(p.stock_available, mestore::Cart::kMaxPerLine);
  const int can_add = std::max(0, cap - already);
  s.quantity = std::clamp(s.quantity, 1, std::max(1, can_add));
  const float h = th.px(48);

  if (p.stock_available <= 0) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(th.px(16), (h - ImGui::GetFontSize()) / 2));
    primary_button(std::string(tr("product.sold_out")) + "##product.add", false, width);
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, th.px(4)));
    text(f.small, color::muted, tr("product.sold_out_hint"), true);
  } else {
    text(f.small, color::muted, tr("product.quantity"));
    ImGui::BeginDisabled(can_add <= 0);
    quantity_stepper("product.qty", s.quantity, 1, std::max(1, can_add), h);
    ImGui::EndDisabled();
    ImGui::Dummy(ImVec2(0, th.px(6)));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(th.px(16), (h - ImGui::GetFontSize()) / 2));
    ImGui::PushFont(f.strong);
    const std::string add = std::string(icon::cart) + "  " + tr("product.add") + "##product.add";
    if (primary_button(add, can_add > 0, width)) add_to_cart(ctx, p, s);
    ImGui::PopFont();
    ImGui::PopStyleVar();
    automation::tag("product.add", tr("product.add"), "button");
  }
  if (already > 0) {
    ImGui::Dummy(ImVec2(0, th.px(6)));
    char buf[128];
    std::snprintf(buf, sizeof buf, tr(can_add > 0 ? "product.in_cart" : "product.in_cart_max"), already);
    text(f.small, color::success, std::string(icon::check) + "  " + buf, true);
    ImGui::PushFont(f.small);
    if (link_button(tr("product.view_cart"), "product.view_cart")) ctx.nav.go(Route::parse("/cart"));
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(0, th.px(14)));
  text(f.small, color::muted, std::string(icon::truck) + "  " + tr("product.shipping_note"), true);
  ImGui::PopTextWrapPos();
}

}  // namespace ui
