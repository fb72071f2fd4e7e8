// My orders (signed in only): newest first, a row per order (number, date, status, items, total)
// that opens the order; paging at the bottom. An empty history says so and offers the catalog.
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "client/format.hpp"
#include "order_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class OrdersScreen final : public Screen {
 public:
  explicit OrdersScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    page_ = std::max(1, r.get_int("page", 1));
    list_ = ctx.api.orders(page_, 10);
  }

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    text(is_compact(ctx.theme) ? f.heading : f.title, color::text, tr("orders.title"));
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    if (!list_ || list_->loading()) {
      loading_line(tr("orders.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("orders.failed"), &list_->error, "orders.retry")) list_ = ctx.api.orders(page_, 10);
      return;
    }
    const auto& p = list_->value;
    const float width = std::min(ImGui::GetContentRegionAvail().x, ctx.theme.px(880));
    if (p.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("orders.empty", f.body, color::muted, tr("orders.empty"), card_inner_width());
      ImGui::Dummy(ImVec2(0, em(0.5f)));
      if (form_button(ctx, label("cart.browse", "orders.browse"), true, 0)) ctx.nav.go(Route::parse("/catalog"));
      end_card();
      return;
    }
    for (const auto& o : p.items) {
      draw_row(ctx, o, width);
      ImGui::Dummy(ImVec2(0, em(0.2f)));
    }
    if (const int asked = page_arrows("orders", p.pagination)) ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  void draw_row(ScreenContext& ctx, const mestore::Order& o, float width) {
    const Fonts& f = ctx.theme.fonts();
    const std::string id = "orders.row." + o.id;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    const ImVec2 in = ImGui::GetCursorScreenPos();
    text(f.strong, color::text, o.order_number);
    int units = 0;
    for (const auto& l : o.items) units += l.quantity;
    char what[160];
    std::snprintf(what, sizeof what, tr(units == 1 ? "orders.units_one" : "orders.units_many"), units);
    text(f.small, color::muted, mestore::format_date(o.created_at, current_locale()) + " · " + what);
    const std::string total = price_text(o.total);
    const ImVec2 ts = f.price->CalcTextSizeA(f.price->FontSize, FLT_MAX, 0, total.c_str());
    ImGui::GetWindowDrawList()->AddText(f.price, f.price->FontSize, ImVec2(in.x + inner - ts.x, in.y), color::text, total.c_str());
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    status_chip(id + ".status", o.status);
    end_card();
    // The whole card opens the order.
    const ImVec2 bottom = ImGui::GetItemRectMax();
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, bottom.y - top.y))) ctx.nav.go(Route::parse("/order/" + o.id));
    automation::tag(id, o.order_number, "link");
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(top, ImVec2(top.x + width, bottom.y), ctx.theme.px(12));
    ImGui::SetCursorScreenPos(after);
  }

  int page_ = 1;
  mestore::Handle<mestore::Page<mestore::Order>> list_;
};

}  // namespace

std::unique_ptr<Screen> make_orders_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<OrdersScreen>(ctx);
}

}  // namespace ui
