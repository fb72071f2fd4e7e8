// Catalog results: the toolbar (count, sort, view), chips for active filters, the products as a
// grid or a list, page numbers, and the empty, loading and error states.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../automation.hpp"
#include "../categories.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "catalog_parts.hpp"

namespace ui {
namespace {

std::string count_text(std::int64_t total) {
  char buf[96];
  if (total == 1) std::snprintf(buf, sizeof buf, "%s", tr("catalog.count_one"));
  else std::snprintf(buf, sizeof buf, tr("catalog.count_many"), mestore::format_grouped(total, current_locale()).c_str());
  return buf;
}

int sort_index(const std::string& sort) {
  for (int i = 0; i < static_cast<int>(std::size(kSortKeys)); ++i)
    if (sort == kSortKeys[i] || (sort.empty() && i == 0)) return i;
  return 0;
}

std::vector<Choice> sort_choices() {
  std::vector<Choice> out;
  for (const char* k : kSortKeys) out.push_back({k, tr((std::string("catalog.sort.") + k).c_str())});
  return out;
}

void set_view(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, bool list) {
  if (s.list_view == list) return;
  s.list_view = list;
  ctx.platform.save(kCatalogViewKey, list ? "list" : "grid");
  CatalogQuery q = s.query;
  q.view = list ? "list" : "grid";
  intent.go(q, false);  // a display preference: no new history entry
}

void draw_pagination(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, const mestore::Pagination& p) {
  if (p.total_pages <= 1) return;
  const bool compact = ImGui::GetIO().DisplaySize.x / ctx.theme.dpr() < 720;
  const float h = ctx.theme.px(44);
  const int page = std::clamp(s.query.page, 1, p.total_pages);
  auto go = [&](int n) {
    CatalogQuery q = s.query;
    q.page = n;
    intent.go(q);
  };
  // Which numbers: first, last and a window around the current page; gaps become "…".
  const int around = compact ? 1 : 2;
  std::vector<int> pages;
  for (int n = 1; n <= p.total_pages; ++n)
    if (n == 1 || n == p.total_pages || std::abs(n - page) <= around) pages.push_back(n);

  ImGui::Dummy(ImVec2(0, em(0.8f)));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em(0.35f), em(0.35f)));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.8f), (h - ImGui::GetFontSize()) / 2));
  // Centre the row: measure it first.
  const std::string prev = compact ? std::string(icon::left) : std::string(icon::left) + "  " + tr("catalog.prev");
  const std::string next = compact ? std::string(icon::right) : std::string(tr("catalog.next")) + "  " + icon::right;
  const float spacing = em(0.35f);
  float row_w = ImGui::CalcTextSize(prev.c_str()).x + ImGui::CalcTextSize(next.c_str()).x + em(1.6f) * 2 + spacing * 2;
  int last = 0;
  for (int n : pages) {
    if (last && n > last + 1) row_w += ImGui::CalcTextSize("…").x + spacing;
    row_w += h + spacing;
    last = n;
  }
  const float avail = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - row_w) / 2));
  if (secondary_button(prev + "##catalog.page.prev", page > 1)) go(page - 1);
  automation::tag("catalog.page.prev", tr("catalog.prev"), "button");
  last = 0;
  for (int n : pages) {
    ImGui::SameLine();
    if (last && n > last + 1) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color::muted), "…");
      ImGui::SameLine();
    }
    last = n;
    char lbl[32];
    std::snprintf(lbl, sizeof lbl, "%d##catalog.page.%d", n, n);
    const bool current = n == page;
    if (current ? primary_button(lbl, true, h) : secondary_button(lbl, true, h)) {
      if (!current) go(n);
    }
    char num[12];
    std::snprintf(num, sizeof num, "%d", n);
    automation::tag(std::string("catalog.page.") + num, num, "button");
    if (current) automation::set_checked(true);
  }
  ImGui::SameLine();
  if (secondary_button(next + "##catalog.page.next", page < p.total_pages)) go(page + 1);
  automation::tag("catalog.page.next", tr("catalog.next"), "button");
  ImGui::PopStyleVar(2);
}

void draw_empty(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent) {
  const Fonts& f = ctx.theme.fonts();
  const float w = ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::Dummy(ImVec2(0, em(2)));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = ctx.theme.px(34);
  dl->AddCircleFilled(ImVec2(p.x + w / 2, p.y + r), r, color::brand_soft, 48);
  const ImVec2 gs = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, 0, icon::search);
  dl->AddText(f.title, f.title->FontSize, ImVec2(std::floor(p.x + w / 2 - gs.x / 2), std::floor(p.y + r - gs.y / 2)),
              color::brand, icon::search);
  ImGui::Dummy(ImVec2(w, r * 2 + em(0.8f)));
  auto centred = [&](ImFont* font, ImU32 col, const std::string& t) { centred_text(font, col, t, w); };
  std::string title = tr("catalog.empty_title");
  if (!s.query.q.empty()) {
    char buf[200];
    std::snprintf(buf, sizeof buf, tr("catalog.empty_for"), s.query.q.c_str());
    title = buf;
  }
  centred(f.heading, color::text, title);
  centred(f.body, color::muted, tr("catalog.empty_hint"));
  ImGui::Dummy(ImVec2(0, em(0.6f)));
  const std::string clear = label("catalog.clear_all", "catalog.empty_clear");
  const float bw = ImGui::CalcTextSize(clear.c_str(), nullptr, true).x + em(2.4f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - bw) / 2);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(1), (ctx.theme.px(44) - ImGui::GetFontSize()) / 2));
  const bool clear_clicked = primary_button(clear, true, bw);
  ImGui::PopStyleVar();
  if (clear_clicked) {
    CatalogQuery q;
    q.view = s.query.view;
    s.search_text.clear();
    intent.go(q);
  }
}

}  // namespace

std::string catalog_title(ScreenContext& ctx, const CatalogState& s) {
  if (!s.query.q.empty()) {
    char buf[200];
    std::snprintf(buf, sizeof buf, tr("catalog.results_for"), s.query.q.c_str());
    return buf;
  }
  if (!s.query.cat.empty() && ctx.state.categories && ctx.state.categories->done()) {
    if (const auto* c = find_category(ctx.state.categories->value, s.query.cat)) return c->name;
  }
  return tr("catalog.title");
}

void draw_catalog_toolbar(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, bool compact) {
  const Fonts& f = ctx.theme.fonts();
  const float h = ctx.theme.px(44);
  const float avail = ImGui::GetContentRegionAvail().x;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const bool loading = s.results && s.results->loading();
  const float view_w = h * 2 + em(0.2f);
  const float sort_w = compact ? std::min(ctx.theme.px(170), avail - view_w - ctx.theme.px(130)) : ctx.theme.px(220);

  if (compact) {
    // [Filtros (n)]  [Ordenar ▾]  [▦][☰]
    char filters[64];
    const int n = s.query.active_filters();
    if (n > 0) std::snprintf(filters, sizeof filters, "%s  %s (%d)", icon::sliders, tr("catalog.filters"), n);
    else std::snprintf(filters, sizeof filters, "%s  %s", icon::sliders, tr("catalog.filters"));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.8f), (h - ImGui::GetFontSize()) / 2));
    const bool open = s.filters_open;
    if (open ? primary_button(std::string(filters) + "##catalog.filters_toggle")
             : secondary_button(std::string(filters) + "##catalog.filters_toggle"))
      s.filters_open = !s.filters_open;
    automation::tag("catalog.filters_toggle", filters, "button");
    automation::set_checked(open);
    ImGui::PopStyleVar();
    ImGui::SameLine(0, em(0.5f));
  } else {
    // Count on the left, vertically centred on the row.
    const std::string count = s.shown ? count_text(s.shown->pagination.total) : std::string();
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + (h - f.body->FontSize) / 2));
    if (loading) loading_line(tr("catalog.loading"));
    else text(f.body, color::muted, count);
    ImGui::SetCursorScreenPos(ImVec2(start.x + avail - view_w - sort_w - em(0.6f), start.y));
  }
  const auto choices = sort_choices();
  const int current = sort_index(s.query.sort);
  const std::string shown = compact ? choices[static_cast<size_t>(current)].label
                                    : std::string(tr("catalog.sort_by")) + " " + choices[static_cast<size_t>(current)].label;
  const int chosen = choice_menu("catalog.sort", shown, choices, current, std::max(sort_w, ctx.theme.px(120)), h);
  if (chosen >= 0 && chosen != current) {
    CatalogQuery q = s.query;
    q.sort = chosen == 0 ? "" : kSortKeys[chosen];
    q.page = 1;
    intent.go(q);
  }
  ImGui::SetCursorScreenPos(ImVec2(start.x + avail - view_w, start.y));
  if (icon_button(icon::th_large, "catalog.view.grid", tr("catalog.view_grid"), h, !s.list_view, "radio"))
    set_view(ctx, s, intent, false);
  ImGui::SameLine(0, em(0.2f));
  if (icon_button(icon::list, "catalog.view.list", tr("catalog.view_list"), h, s.list_view, "radio"))
    set_view(ctx, s, intent, true);
  if (compact) {
    ImGui::Dummy(ImVec2(0, em(0.1f)));
    if (loading) loading_line(tr("catalog.loading"));
    else if (s.shown) text(f.small, color::muted, count_text(s.shown->pagination.total));
  }
}

void draw_active_filters(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent) {
  const CatalogQuery& q = s.query;
  struct Item {
    std::string id;
    std::string text;
    CatalogQuery without;
  };
  std::vector<Item> items;
  auto base = [&] {
    CatalogQuery c = q;
    c.page = 1;
    return c;
  };
  if (!q.cat.empty()) {
    CatalogQuery c = base();
    c.cat.clear();
    std::string name = q.cat;
    if (ctx.state.categories && ctx.state.categories->done())
      if (const auto* cat = find_category(ctx.state.categories->value, q.cat)) name = cat->name;
    items.push_back({"catalog.chip.cat", name, c});
  }
  if (q.min_price || q.max_price) {
    CatalogQuery c = base();
    c.min_price.reset();
    c.max_price.reset();
    std::string t;
    if (q.min_price && q.max_price) t = price_text({*q.min_price}) + " – " + price_text({*q.max_price});
    else if (q.min_price) t = std::string(tr("catalog.from")) + " " + price_text({*q.min_price});
    else t = std::string(tr("catalog.up_to")) + " " + price_text({*q.max_price});
    items.push_back({"catalog.chip.price", t, c});
  }
  if (q.in_stock) {
    CatalogQuery c = base();
    c.in_stock = false;
    items.push_back({"catalog.chip.stock", tr("catalog.in_stock"), c});
  }
  if (items.empty()) return;
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em(0.4f), em(0.4f)));
  bool first = true;
  auto flow = [&](float w) {
    // Wrap to the next line when the chip would cross the right edge.
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    first = false;
  };
  for (const auto& it : items) {
    const std::string t = it.text + "  " + icon::times;
    flow(ImGui::CalcTextSize(t.c_str()).x + em(1.8f));
    if (chip(t, it.id, false, "button")) {
      if (it.id == "catalog.chip.price") s.price_error.clear();
      intent.go(it.without);
    }
  }
  const std::string clear = tr("catalog.clear_all");
  flow(ImGui::CalcTextSize(clear.c_str()).x + em(1.8f));
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (em(2.4f) - ImGui::GetFontSize()) / 2);
  if (link_button(clear, "catalog.clear")) {
    CatalogQuery c;
    c.q = q.q;
    c.sort = q.sort;
    c.view = q.view;
    intent.go(c);
  }
  ImGui::PopStyleVar();
}

void draw_catalog_results(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent) {
  const Fonts& f = ctx.theme.fonts();
  if (s.results && s.results->failed() && !s.results->loading()) {
    if (error_box(tr("catalog.load_failed"), &s.results->error, "catalog.retry"))
      s.results = ctx.api.products(s.query.to_product_query());
    return;
  }
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool compact = ImGui::GetIO().DisplaySize.x / ctx.theme.dpr() < 720;
  const float gap = compact ? em(0.75f) : em(1);
  const int columns = std::clamp(static_cast<int>((avail + gap) / (ctx.theme.px(170) + gap)), 2, 6);
  const float card_w = std::floor((avail - gap * (columns - 1)) / columns);
  if (!s.shown) {
    // First load: quiet placeholders in the shape of the grid (no animation, no redraws).
    for (int i = 0; i < columns * 2; ++i) {
      if (i % columns != 0) ImGui::SameLine(0, gap);
      else if (i) ImGui::Dummy(ImVec2(0, gap * 0.25f));
      skeleton_card(card_w, f);
    }
    return;
  }
  const auto& items = s.shown->items;
  if (items.empty()) {
    if (!(s.results && s.results->loading())) draw_empty(ctx, s, intent);
    return;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    const mestore::Product& p = items[i];
    const std::string id = "catalog.product." + p.id;
    bool open = false;
    if (s.list_view) {
      if (i) ImGui::Dummy(ImVec2(0, gap * 0.1f));
      open = product_row(ctx.platform, p, id, avail, f);
    } else {
      if (i % static_cast<size_t>(columns) != 0) ImGui::SameLine(0, gap);
      else if (i) ImGui::Dummy(ImVec2(0, gap * 0.25f));
      open = product_card(ctx.platform, p, id, card_w, f);
    }
    if (open) ctx.nav.go(Route::parse("/product/" + p.id));
  }
  draw_pagination(ctx, s, intent, s.shown->pagination);
}

}  // namespace ui
