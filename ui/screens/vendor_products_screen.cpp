// My products (#/vendor/products?status=&page=): every product of the signed-in vendor with its
// picture, SKU, price, stock and status badge (a rejected one shows the reviewer's reason), a
// filter by status and "Nuevo producto". A row opens the product's form (#/vendor/product/ID).
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/image_view.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPageSize = 20;
constexpr const char* kStatuses[] = {"", "DRAFT", "PENDING", "APPROVED", "REJECTED", "INACTIVE"};

class VendorProductsScreen final : public Screen {
 public:
  explicit VendorProductsScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    query_ = mestore::VendorProductQuery{};
    query_.page = std::max(1, r.get_int("page", 1));
    query_.size = kPageSize;
    query_.status = r.get("status");
    list_ = ctx.api.my_products(query_);
  }

  void draw(ScreenContext& ctx) override {
    backoffice_header(ctx, "vendor_products");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    draw_toolbar(ctx, width);
    if (!list_ || list_->loading()) {
      loading_line(tr("vp.products.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("vp.products.failed"), &list_->error, "vp.products.retry")) list_ = ctx.api.my_products(query_);
      return;
    }
    const auto& page = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(page.pagination.total == 1 ? "vp.products.count_one" : "vp.products.count"),
                  static_cast<long long>(page.pagination.total));
    text_item("vp.products.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    if (page.items.empty()) text_item("vp.products.empty", f.body, color::muted, tr("vp.products.empty"), inner);
    bool first = true;
    for (const auto& p : page.items) {
      if (!first) hairline(inner);
      first = false;
      draw_row(ctx, p, inner);
    }
    end_card();
    if (const int asked = page_arrows("vp.products.page", page.pagination))
      ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  void draw_toolbar(ScreenContext& ctx, float width) {
    bool first = true;
    const float right = ImGui::GetCursorScreenPos().x + width;
    for (const char* s : kStatuses) {
      const char* words = *s ? product_status_text(s) : tr("vp.orders.all");
      if (!first) chip_spacing(words, right, em(0.4f));
      first = false;
      if (chip(words, std::string("vp.products.filter.") + (*s ? s : "all"), query_.status == s, "radio") && query_.status != s)
        ctx.nav.replace(ctx.state.route.with("status", s).with("page", ""));
    }
    const float button_w = ctx.theme.px(200);
    const bool narrow = width < ctx.theme.px(900);
    if (!narrow) {
      ImGui::SameLine();
      ImGui::SetCursorPosX(ImGui::GetCursorStartPos().x + width - button_w);
    }
    if (form_button(ctx, label("vp.products.new", "vp.products.new"), true, narrow ? width : button_w))
      ctx.nav.go(Route::parse("/vendor/product/new"));
    ImGui::Dummy(ImVec2(0, em(0.5f)));
  }

  void draw_row(ScreenContext& ctx, const mestore::VendorProduct& p, float inner) {
    const Fonts& f = ctx.theme.fonts();
    const std::string id = "vp.products.row." + p.sku;
    const float pic = ctx.theme.px(64);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    image_view(ctx.platform, p.image_url, {top, ImVec2(top.x + pic, top.y + pic), em(0.4f), ImDrawFlags_RoundCornersAll, Fit::Contain,
                                           p.category_name, true});
    ImGui::SetCursorScreenPos(ImVec2(top.x + pic + em(1.0f), top.y));
    ImGui::BeginGroup();
    const float text_w = inner - pic - em(1.0f);
    text(f.strong, color::text, p.name);
    text(f.small, color::muted, "SKU " + p.sku + "  ·  " + p.category_name);
    char stock[96];
    std::snprintf(stock, sizeof stock, tr("vp.products.stock"), p.stock_available, p.stock_reserved);
    text(f.small, color::text, price_text(p.price) + "  ·  " + stock);
    ImU32 fg, bg;
    product_status_colors(p.status, &fg, &bg);
    text_item(id + ".status", f.small, fg, product_status_text(p.status), text_w);
    automation::set_value(p.status);
    if (p.status == "REJECTED" && p.rejection_reason)
      text(f.small, color::danger, std::string(tr("vp.products.rejected_because")) + " " + *p.rejection_reason, true);
    ImGui::EndGroup();
    const float bottom = std::max(ImGui::GetItemRectMax().y, top.y + pic);
    // The whole row opens the form; drawn last so it sits over the texts without hiding them.
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(inner, bottom - top.y))) ctx.nav.go(Route::parse("/vendor/product/" + p.id));
    automation::tag(id, p.name, "link");
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(top, ImVec2(top.x + inner, bottom), em(0.4f));
  }

  mestore::VendorProductQuery query_;
  mestore::Handle<mestore::Page<mestore::VendorProduct>> list_;
};

}  // namespace

std::unique_ptr<Screen> make_vendor_products_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<VendorProductsScreen>(ctx);
}

}  // namespace ui
