// Catalog filters: category (a list on desktops, a menu on phones), price range in pesos with
// validation, and "only in stock". Each change is handed back as a new query (page 1).
#include <cstdio>

#include "../automation.hpp"
#include "../categories.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "catalog_parts.hpp"

namespace ui {
namespace {

std::string grouped(const std::optional<std::int64_t>& v) {
  return v ? mestore::format_grouped(*v, current_locale()) : std::string();
}

void filter_title(const Fonts& f, const char* key) {
  text(f.strong, color::text, tr(key));
  ImGui::Dummy(ImVec2(0, em(0.1f)));
}

// One selectable category row; children are indented. Role radio, checked when selected.
bool category_row(const std::string& id, const std::string& name, int count, bool selected, bool child, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = em(2.1f);
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(width, h));
  automation::tag(id, name, "radio");
  automation::set_checked(selected);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const ImVec2 max(pos.x + width, pos.y + h);
  if (selected) dl->AddRectFilled(pos, max, color::brand_soft, em(0.4f));
  else if (hovered) dl->AddRectFilled(pos, max, color::rgb(0xF4F6F8), em(0.4f));
  const float indent = child ? em(1.1f) : em(0.5f);
  char num[16];
  std::snprintf(num, sizeof num, "%d", count);
  const ImVec2 ns = ImGui::CalcTextSize(num);
  const float ty = pos.y + (h - ImGui::GetFontSize()) / 2;
  const ImVec4 clip(pos.x + indent, pos.y, max.x - ns.x - em(1.2f), max.y);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + indent, ty),
              selected ? color::brand_dark : (child ? color::muted : color::text), name.c_str(), nullptr, 0, &clip);
  if (count >= 0) dl->AddText(ImVec2(max.x - ns.x - em(0.5f), ty), color::muted, num);
  focus_ring(pos, max, em(0.4f));
  return clicked;
}

void draw_category_list(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, float width) {
  const auto& h = ctx.state.categories;
  if (!h || h->loading()) {
    loading_line(tr("home.categories_loading"));
    return;
  }
  if (h->failed()) {
    text(ctx.theme.fonts().small, color::danger, tr("home.categories_failed"), true);
    return;
  }
  auto pick = [&](const std::string& slug) {
    CatalogQuery q = s.query;
    q.cat = slug;
    q.page = 1;
    intent.go(q);
  };
  if (category_row("catalog.cat.all", tr("catalog.all_categories"), -1, s.query.cat.empty(), false, width)) pick("");
  const mestore::Category* selected = find_category(h->value, s.query.cat);
  for (const mestore::Category* top : top_categories(h->value)) {
    if (category_row("catalog.cat." + top->slug, top->name, top->product_count, selected == top, false, width))
      pick(top->slug);
    // Children show under the selected branch only, so the list stays short.
    const bool open = selected && (selected == top || (selected->parent_id && *selected->parent_id == top->id));
    if (!open) continue;
    for (const mestore::Category* c : child_categories(h->value, top->id))
      if (category_row("catalog.cat." + c->slug, c->name, c->product_count, selected == c, true, width)) pick(c->slug);
  }
}

// Phones: a menu instead of the long list.
void draw_category_menu(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, float width) {
  const auto& h = ctx.state.categories;
  if (!h || !h->done()) {
    loading_line(tr("home.categories_loading"));
    return;
  }
  std::vector<Choice> options{{"all", tr("catalog.all_categories")}};
  std::vector<std::string> slugs{""};
  int current = 0;
  for (const mestore::Category* top : top_categories(h->value)) {
    options.push_back({top->slug, top->name});
    slugs.push_back(top->slug);
    if (top->slug == s.query.cat) current = static_cast<int>(slugs.size()) - 1;
    for (const mestore::Category* c : child_categories(h->value, top->id)) {
      options.push_back({c->slug, "   " + c->name});
      slugs.push_back(c->slug);
      if (c->slug == s.query.cat) current = static_cast<int>(slugs.size()) - 1;
    }
  }
  const std::string shown = options[static_cast<size_t>(current)].label;
  const int chosen = choice_menu("catalog.cat", shown.substr(shown.find_first_not_of(' ')), options, current, width,
                                 ctx.theme.px(44));
  if (chosen >= 0 && slugs[static_cast<size_t>(chosen)] != s.query.cat) {
    CatalogQuery q = s.query;
    q.cat = slugs[static_cast<size_t>(chosen)];
    q.page = 1;
    intent.go(q);
  }
}

void draw_price(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, float width) {
  const Fonts& f = ctx.theme.fonts();
  const float h = ctx.theme.px(40);
  const float gap = em(0.5f);
  const float dash_w = ImGui::CalcTextSize("–").x + gap * 2;
  const float field_w = (width - dash_w) / 2;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.7f), (h - ImGui::GetFontSize()) / 2));
  bool submit = false, enter = false;
  const bool min_changed = text_field("catalog.price_min", s.min_text, tr("catalog.price_min"), field_w, &enter, 12, true);
  const bool min_active = ImGui::IsItemActive();
  submit |= enter;
  ImGui::SameLine(0, gap);
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color::muted), "–");
  ImGui::SameLine(0, gap);
  const bool max_changed = text_field("catalog.price_max", s.max_text, tr("catalog.price_max"), field_w, &enter, 12, true);
  const bool max_active = ImGui::IsItemActive();
  submit |= enter;
  ImGui::PopStyleVar();
  if (min_changed || max_changed) s.price_error.clear();

  // Validation as the shopper types; the grouping comes back when the field is left.
  bool bad_min = false, bad_max = false;
  const auto min = parse_pesos(s.min_text, &bad_min);
  const auto max = parse_pesos(s.max_text, &bad_max);
  std::string error;
  if (bad_min || bad_max) error = tr("catalog.price_too_high");
  else if (min && max && *min > *max) error = tr("catalog.price_order");
  if (!min_active && !bad_min) s.min_text = grouped(min);
  if (!max_active && !bad_max) s.max_text = grouped(max);

  ImGui::Dummy(ImVec2(0, em(0.1f)));
  const bool apply = secondary_button(label("catalog.price_apply", "catalog.price_apply"), error.empty(), width);
  if ((submit || apply) && error.empty()) {
    CatalogQuery q = s.query;
    q.min_price = min;
    q.max_price = max;
    q.page = 1;
    if (q.min_price != s.query.min_price || q.max_price != s.query.max_price) intent.go(q);
  }
  if (!error.empty()) text(f.small, color::danger, error, true);
  else if (!s.price_error.empty()) text(f.small, color::danger, s.price_error, true);
}

void draw_stock(CatalogState& s, CatalogIntent& intent) {
  bool in_stock = s.query.in_stock;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.35f), em(0.35f)));
  if (ImGui::Checkbox(label("catalog.in_stock", "catalog.stock").c_str(), &in_stock)) {
    CatalogQuery q = s.query;
    q.in_stock = in_stock;
    q.page = 1;
    intent.go(q);
  }
  automation::set_checked(s.query.in_stock);
  ImGui::PopStyleVar();
}

}  // namespace

void sync_price_fields(CatalogState& s) {
  s.min_text = grouped(s.query.min_price);
  s.max_text = grouped(s.query.max_price);
  s.price_error.clear();
}

void draw_catalog_filters(ScreenContext& ctx, CatalogState& s, CatalogIntent& intent, float width, bool compact) {
  const Fonts& f = ctx.theme.fonts();
  const float pad = compact ? em(0.9f) : em(1.1f);
  begin_card(width, pad);
  const float inner = card_inner_width();
  filter_title(f, "catalog.category");
  if (compact) draw_category_menu(ctx, s, intent, inner);
  else draw_category_list(ctx, s, intent, inner);
  ImGui::Dummy(ImVec2(0, em(0.6f)));
  filter_title(f, "catalog.price");
  draw_price(ctx, s, intent, inner);
  ImGui::Dummy(ImVec2(0, em(0.6f)));
  filter_title(f, "catalog.availability");
  draw_stock(s, intent);
  end_card();
}

}  // namespace ui
