// Home: a hero that says what the shop is (on wide screens with the categories beside it), two
// shelves of products (new arrivals and featured picks) and, on narrow screens, the categories
// as tiles after the first shelf, so products are on the first screen everywhere.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../automation.hpp"
#include "../categories.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "home_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

using ProductsHandle = mestore::Handle<mestore::Page<mestore::Product>>;

class HomeScreen final : public Screen {
 public:
  explicit HomeScreen(ScreenContext& ctx) { load(ctx); }

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    const bool compact = is_compact(ctx.theme);
    std::vector<const mestore::Category*> tops;
    const bool have_categories = ctx.state.categories && ctx.state.categories->done();
    if (have_categories) tops = top_categories(ctx.state.categories->value);
    std::string slug;
    switch (draw_home_hero(ctx, have_categories ? &tops : nullptr, &slug)) {
      case HeroAction::Shop: ctx.nav.go(Route::parse("/catalog")); break;
      case HeroAction::Category: open_category(ctx, slug); break;
      case HeroAction::None: break;
    }
    // The hero shows the categories on wide screens once they are loaded; otherwise they get tiles.
    const bool in_hero = !compact && have_categories && ImGui::GetContentRegionAvail().x / ctx.theme.dpr() >= 900;
    ImGui::Dummy(ImVec2(0, em(1.25f)));
    draw_shelf(ctx, f, tr("home.new"), "home.new_all", "newest", newest_, "home.product.", "home.retry", 2);
    ImGui::Dummy(ImVec2(0, em(1.5f)));
    if (!in_hero) {
      draw_categories(ctx, f);
      ImGui::Dummy(ImVec2(0, em(1.5f)));
    }
    draw_shelf(ctx, f, tr("home.featured"), "home.featured_all", "price_desc", featured_, "home.featured.",
               "home.featured_retry", 1);
  }

 private:
  void load(ScreenContext& ctx) {
    mestore::ProductQuery q;
    q.size = 12;
    q.sort_by = "created_at";
    q.sort_order = "desc";
    newest_ = ctx.api.products(q);
    load_featured(ctx);
  }
  void load_featured(ScreenContext& ctx) {
    // "Featured": the premium end of what is in stock right now.
    mestore::ProductQuery q;
    q.size = 12;
    q.sort_by = "price";
    q.sort_order = "desc";
    q.in_stock = true;
    featured_ = ctx.api.products(q);
  }

  static void open_category(ScreenContext& ctx, const std::string& slug) {
    Route r;
    r.path = "/catalog";
    r.query["cat"] = slug;
    ctx.nav.go(r);
  }

  void draw_categories(ScreenContext& ctx, const Fonts& f) {
    section_header(f, tr("home.categories"), "home.categories_all", nullptr);
    const auto& cats = ctx.state.categories;
    switch (mestore::state_of(cats)) {
      case mestore::RequestState::Idle:
      case mestore::RequestState::Loading: loading_line(tr("home.categories_loading")); break;
      case mestore::RequestState::Failed:
        if (error_box(tr("home.categories_failed"), &cats->error, "home.categories_retry"))
          ctx.state.categories = ctx.api.categories();
        break;
      case mestore::RequestState::Done: {
        std::string slug;
        if (draw_category_tiles(ctx, top_categories(cats->value), &slug)) open_category(ctx, slug);
        break;
      }
    }
  }

  // A titled row of products with a "see all" link to the catalog in the shelf's order.
  void draw_shelf(ScreenContext& ctx, const Fonts& f, const char* title, const char* all_id, const char* sort,
                  ProductsHandle& h, const std::string& id_prefix, const char* retry_id, int rows) {
    if (section_header(f, title, all_id, tr("home.see_all"))) {
      Route r;
      r.path = "/catalog";
      r.query["sort"] = sort;
      ctx.nav.go(r);
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = is_compact(ctx.theme) ? em(0.75f) : em(1);
    int columns = std::clamp(static_cast<int>((avail + gap) / (ctx.theme.px(170) + gap)), 2, 6);
    const float card_w = std::floor((avail - gap * (columns - 1)) / columns);
    const int limit = columns * rows;
    switch (mestore::state_of(h)) {
      case mestore::RequestState::Idle:
      case mestore::RequestState::Loading:
        for (int i = 0; i < columns; ++i) {
          if (i) ImGui::SameLine(0, gap);
          skeleton_card(card_w, f);
        }
        break;
      case mestore::RequestState::Failed:
        if (error_box(tr("home.load_failed"), &h->error, retry_id)) {
          if (&h == &newest_) load(ctx);
          else load_featured(ctx);
        }
        break;
      case mestore::RequestState::Done: {
        const auto& items = h->value.items;
        if (items.empty()) {
          text(f.body, color::muted, tr("home.empty"));
          break;
        }
        const int n = std::min(limit, static_cast<int>(items.size()));
        for (int i = 0; i < n; ++i) {
          if (i % columns != 0) ImGui::SameLine(0, gap);
          else if (i) ImGui::Dummy(ImVec2(0, gap * 0.25f));
          const auto& p = items[static_cast<size_t>(i)];
          if (product_card(ctx.platform, p, id_prefix + p.id, card_w, f)) ctx.nav.go(Route::parse("/product/" + p.id));
        }
        break;
      }
    }
  }

  ProductsHandle newest_;
  ProductsHandle featured_;
};

}  // namespace

std::unique_ptr<Screen> make_home_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<HomeScreen>(ctx);
}

}  // namespace ui
