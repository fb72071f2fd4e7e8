// Product page: name, vendor, price, stock and description of one approved product.
#include <cstdio>

#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class ProductScreen final : public Screen {
 public:
  ProductScreen(ScreenContext& ctx, std::string id) : id_(std::move(id)) { product_ = ctx.api.product(id_); }

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    if (secondary_button(std::string(icon::left) + "  " + tr("nav.back") + "##product.back")) {
      ctx.nav.go(Route{});
    }
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    switch (mestore::state_of(product_)) {
      case mestore::RequestState::Idle:
      case mestore::RequestState::Loading: loading_line(tr("product.loading")); break;
      case mestore::RequestState::Failed:
        if (product_->error.http_status == 404) text(f.body, color::muted, tr("product.not_found"));
        else if (error_box(tr("error.generic"), &product_->error, "product.retry")) product_ = ctx.api.product(id_);
        break;
      case mestore::RequestState::Done: draw_product(f, product_->value); break;
    }
  }

 private:
  void draw_product(const Fonts& f, const mestore::Product& p) {
    text(f.small, color::muted, p.category_name);
    text(f.title, color::text, p.name, true);
    text(f.body, color::muted, std::string(tr("product.sold_by")) + " " + p.vendor_name);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    text(f.title, color::brand_dark, price_text(p.price));
    char stock[64];
    if (p.stock_available <= 0) std::snprintf(stock, sizeof stock, "%s", tr("product.sold_out"));
    else if (p.stock_available <= 5) std::snprintf(stock, sizeof stock, tr("product.stock_left"), p.stock_available);
    else std::snprintf(stock, sizeof stock, "%s", tr("product.in_stock"));
    text(f.strong, p.stock_available <= 0 ? color::danger : p.stock_available <= 5 ? color::warning : color::success, stock);
    ImGui::Dummy(ImVec2(0, em(1)));
    text(f.heading, color::text, tr("product.description"));
    text(f.body, color::text, p.description, true);
  }

  std::string id_;
  mestore::Handle<mestore::Product> product_;
};

}  // namespace

std::unique_ptr<Screen> make_product_screen(ScreenContext& ctx, const std::string& id) {
  return std::make_unique<ProductScreen>(ctx, id);
}

}  // namespace ui
