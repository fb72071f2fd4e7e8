// Home: a welcome banner and the first page of products as a grid of cards.
#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class HomeScreen final : public Screen {
 public:
  explicit HomeScreen(ScreenContext& ctx) { load(ctx); }

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    draw_banner(f);
    ImGui::Dummy(ImVec2(0, em(1)));
    text(f.heading, color::text, tr("home.products"));
    ImGui::Dummy(ImVec2(0, em(0.25f)));

    switch (mestore::state_of(products_)) {
      case mestore::RequestState::Idle:
      case mestore::RequestState::Loading: loading_line(tr("home.loading")); break;
      case mestore::RequestState::Failed:
        if (error_box(tr("home.load_failed"), &products_->error, "home.retry")) load(ctx);
        break;
      case mestore::RequestState::Done: draw_grid(ctx, f); break;
    }
  }

 private:
  void load(ScreenContext& ctx) {
    mestore::ProductQuery q;
    q.size = 24;
    q.sort_by = "newest";
    q.sort_order = "desc";
    products_ = ctx.api.products(q);
  }

  // A brand banner sized by its text, so it wraps cleanly from phone to desktop widths.
  void draw_banner(const Fonts& f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float pad = em(1.6f);
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, pos.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - pad * 2);
    text(f.title, color::surface, tr("home.hero_title"));
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    text(f.body, color::rgb(0xDCE7FC), tr("home.hero_text"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float h = ImGui::GetItemRectMax().y - pos.y + pad;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilledMultiColor(pos, ImVec2(pos.x + w, pos.y + h), color::brand_dark, color::brand, color::brand,
                                color::brand_dark);
    // Rounded corners: paint the page colour over the square ones.
    const float r = em(0.8f);
    dl->AddRect(ImVec2(pos.x - r, pos.y - r), ImVec2(pos.x + w + r, pos.y + h + r), color::background, r * 2, 0, r * 2);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + h));
    ImGui::Dummy(ImVec2(w, 0));
  }

  void draw_grid(ScreenContext& ctx, const Fonts& f) {
    const auto& items = products_->value.items;
    if (items.empty()) {
      text(f.body, color::muted, tr("home.empty"));
      return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = em(1);
    const float min_card = ctx.theme.px(170);
    int columns = std::max(2, static_cast<int>((avail + gap) / (min_card + gap)));
    columns = std::min(columns, 6);
    const float card_w = std::floor((avail - gap * (columns - 1)) / columns);
    for (size_t i = 0; i < items.size(); ++i) {
      if (i % columns != 0) ImGui::SameLine(0, gap);
      if (product_card(items[i], "home.product." + items[i].id, card_w, f)) {
        Route r;
        r.path = "/product/" + items[i].id;
        ctx.nav.go(r);
      }
      if (i % columns == static_cast<size_t>(columns - 1)) ImGui::Dummy(ImVec2(0, gap * 0.25f));
    }
  }

  mestore::Handle<mestore::Page<mestore::Product>> products_;
};

}  // namespace

std::unique_ptr<Screen> make_home_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<HomeScreen>(ctx);
}

}  // namespace ui
