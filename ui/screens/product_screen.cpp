// Product page: gallery, purchase box and description. Side by side on wide screens, stacked
// on phones.
#include <algorithm>
#include <cmath>

#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "product_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class ProductScreen final : public Screen {
 public:
  ProductScreen(ScreenContext& ctx, std::string id) : id_(std::move(id)) { product_ = ctx.api.product(id_); }

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ctx.theme.px(12), (ctx.theme.px(40) - ImGui::GetFontSize()) / 2));
    if (secondary_button(std::string(icon::left) + "  " + tr("nav.back") + "##product.back")) go_back(ctx);
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    switch (mestore::state_of(product_)) {
      case mestore::RequestState::Idle:
      case mestore::RequestState::Loading: loading_line(tr("product.loading")); break;
      case mestore::RequestState::Failed:
        if (product_->error.http_status == 404) {
          notice_box(icon::info, tr("product.not_found"), color::text, color::rgb(0xEEF2F7));
          ImGui::Dummy(ImVec2(0, em(0.5f)));
          if (primary_button(label("product.browse", "product.browse"))) ctx.nav.go(Route::parse("/catalog"));
        } else if (error_box(tr("error.generic"), &product_->error, "product.retry")) {
          product_ = ctx.api.product(id_);
        }
        break;
      case mestore::RequestState::Done: draw_product(ctx, f, product_->value); break;
    }
  }

 private:
  void go_back(ScreenContext& ctx) {
    // Back to the product's shelf in the catalog (the browser's Back button keeps exact history).
    Route r;
    r.path = "/catalog";
    if (product_ && product_->done() && !product_->value.category_id.empty()) r.query["cat"] = product_->value.category_id;
    ctx.nav.go(r);
  }

  void draw_product(ScreenContext& ctx, const Fonts& f, const mestore::Product& p) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool wide = avail / ctx.theme.dpr() >= 820;
    const auto urls = mestore::gallery_urls(p);
    if (wide) {
      const float gap = ctx.theme.px(40);
      const float gallery_w = std::floor(std::min(avail * 0.52f, ctx.theme.px(560)));
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::BeginGroup();
      draw_product_gallery(ctx, p, urls, image_, gallery_w);
      ImGui::EndGroup();
      const float left_bottom = ImGui::GetItemRectMax().y;
      ImGui::SetCursorScreenPos(ImVec2(top.x + gallery_w + gap, top.y));
      ImGui::BeginGroup();
      draw_product_purchase(ctx, p, purchase_, std::min(avail - gallery_w - gap, ctx.theme.px(460)));
      ImGui::EndGroup();
      const float bottom = std::max(left_bottom, ImGui::GetItemRectMax().y);
      ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + ctx.theme.px(28)));
    } else {
      draw_product_gallery(ctx, p, urls, image_, std::min(avail, ctx.theme.px(520)));
      ImGui::Dummy(ImVec2(0, ctx.theme.px(14)));
      draw_product_purchase(ctx, p, purchase_, avail);
      ImGui::Dummy(ImVec2(0, ctx.theme.px(20)));
    }
    begin_card(avail, ctx.theme.px(wide ? 24 : 16));
    text(f.heading, color::text, tr("product.description"));
    ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
    text(f.body, color::text, p.description.empty() ? tr("product.no_description") : p.description, true);
    ImGui::Dummy(ImVec2(0, ctx.theme.px(8)));
    text(f.small, color::muted, std::string("SKU ") + p.sku);
    end_card();
  }

  std::string id_;
  mestore::Handle<mestore::Product> product_;
  int image_ = 0;
  PurchaseState purchase_;
};

}  // namespace

std::unique_ptr<Screen> make_product_screen(ScreenContext& ctx, const std::string& id) {
  return std::make_unique<ProductScreen>(ctx, id);
}

}  // namespace ui
