// Catalog: search, filters, sort, grid or list, pages. Everything it shows comes from the route
// (deep links, Back/Forward); every change the shopper makes becomes a new route. Typing in the
// search box replaces the current history entry after a 300 ms pause; filters, sort and pages
// push a new one, so Back undoes them one by one.
#include <algorithm>

#include <imgui_internal.h>

#include "../categories.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "catalog_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr double kSearchDebounceSeconds = 0.3;

class CatalogScreen final : public Screen {
 public:
  CatalogScreen(ScreenContext& ctx, const Route& route) {
    s_.list_view = ctx.platform.load(kCatalogViewKey) == "list";
    apply_route(ctx, route, true);
  }

  void on_route(ScreenContext& ctx, const Route& route) override { apply_route(ctx, route, false); }

  void draw(ScreenContext& ctx) override {
    if (s_.scroll_to_top) {
      ImGui::SetScrollY(0);
      s_.scroll_to_top = false;
    }
    track_results();
    const Fonts& f = ctx.theme.fonts();
    const bool compact = is_compact(ctx.theme);
    CatalogIntent intent;

    text(compact ? f.heading : f.title, color::text, catalog_title(ctx, s_));
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (compact) {
      draw_search(ctx, intent, ImGui::GetContentRegionAvail().x);
      ImGui::Dummy(ImVec2(0, em(0.2f)));
      draw_catalog_toolbar(ctx, s_, intent, true);
      if (s_.filters_open) {
        ImGui::Dummy(ImVec2(0, em(0.2f)));
        draw_catalog_filters(ctx, s_, intent, ImGui::GetContentRegionAvail().x, true);
      }
      draw_active_filters(ctx, s_, intent);
      ImGui::Dummy(ImVec2(0, em(0.3f)));
      draw_catalog_results(ctx, s_, intent);
    } else {
      const float sidebar_w = ctx.theme.px(256);
      const float gap = ctx.theme.px(24);
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::BeginGroup();
      draw_catalog_filters(ctx, s_, intent, sidebar_w, false);
      ImGui::EndGroup();
      ImGui::SetCursorScreenPos(ImVec2(top.x + sidebar_w + gap, top.y));
      ImGui::BeginGroup();
      draw_search(ctx, intent, ImGui::GetContentRegionAvail().x);
      ImGui::Dummy(ImVec2(0, em(0.2f)));
      draw_catalog_toolbar(ctx, s_, intent, false);
      draw_active_filters(ctx, s_, intent);
      ImGui::Dummy(ImVec2(0, em(0.3f)));
      draw_catalog_results(ctx, s_, intent);
      ImGui::EndGroup();
    }
    debounce_search(ctx, intent);

    if (intent.query) {
      if (intent.push) ctx.nav.go(intent.query->to_route());
      else ctx.nav.replace(intent.query->to_route());
    }
  }

 private:
  void apply_route(ScreenContext& ctx, const Route& route, bool first) {
    CatalogQuery q = CatalogQuery::from_route(route);
    if (!q.view.empty()) {
      const bool list = q.view == "list";
      if (list != s_.list_view) ctx.platform.save(kCatalogViewKey, list ? "list" : "grid");
      s_.list_view = list;
    }
    const bool reload = first || !q.same_results(s_.query);
    if (!first && q.page != s_.query.page) s_.scroll_to_top = true;
    s_.query = q;
    // The box follows the route (Back/Forward), unless the shopper is typing a newer text.
    if (s_.search_edited_at < 0) s_.search_text = q.q;
    sync_price_fields(s_);
    if (reload) s_.results = ctx.api.products(q.to_product_query());
  }

  // Once the new page arrives it replaces what was on screen.
  void track_results() {
    if (s_.results && s_.results->done()) s_.shown = s_.results->value;
  }

  void draw_search(ScreenContext& ctx, CatalogIntent& intent, float width) {
    const float h = ctx.theme.px(44);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ctx.theme.px(14), (h - ImGui::GetFontSize()) / 2));
    const bool has_text = !s_.search_text.empty();
    bool submitted = false;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (text_field("catalog.search", s_.search_text, tr("catalog.search_hint"), width, &submitted)) {
      s_.search_edited_at = ctx.platform.now();
      ctx.platform.wake_after(kSearchDebounceSeconds);
    }
    ImGui::SetItemAllowOverlap();  // the clear button sits inside the field's right end
    ImGui::PopStyleVar();
    const ImVec2 after = ImGui::GetCursorScreenPos();
    if (has_text) {
      const float b = h - ctx.theme.px(8);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + width - b - ctx.theme.px(4), pos.y + ctx.theme.px(4)));
      if (icon_button(icon::times, "catalog.search_clear", tr("catalog.search_clear"), b)) {
        s_.search_text.clear();
        s_.search_edited_at = -1;
        ImGui::ClearActiveID();  // an active field would write its old text back next frame
        CatalogQuery q = s_.query;
        q.q.clear();
        q.page = 1;
        intent.go(q, false);
      }
      ImGui::SetCursorScreenPos(after);
    }
    if (submitted) commit_search(intent);
  }

  void debounce_search(ScreenContext& ctx, CatalogIntent& intent) {
    if (s_.search_edited_at < 0 || intent.query) return;
    if (ctx.platform.now() - s_.search_edited_at >= kSearchDebounceSeconds) commit_search(intent);
  }

  void commit_search(CatalogIntent& intent) {
    s_.search_edited_at = -1;
    std::string text = s_.search_text;
    text.erase(0, text.find_first_not_of(' '));
    text.erase(text.find_last_not_of(' ') + 1);
    if (text == s_.query.q) return;
    CatalogQuery q = s_.query;
    q.q = text;
    q.page = 1;
    // Searching replaces the current entry: Back leaves the search rather than replaying keystrokes.
    intent.go(q, false);
  }

  CatalogState s_;
};

}  // namespace

std::unique_ptr<Screen> make_catalog_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<CatalogScreen>(ctx, ctx.state.route);
}

}  // namespace ui
