// Product gallery: one large picture and its thumbnails. Pictures load lazily through the
// platform (only the main one and the visible thumbnails are asked for).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/image_view.hpp"
#include "../widgets/widgets.hpp"
#include "product_parts.hpp"

namespace ui {

void draw_product_gallery(ScreenContext& ctx, const mestore::Product& p, const std::vector<std::string>& urls,
                          int& selected, float width) {
  const Theme& th = ctx.theme;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const int n = static_cast<int>(urls.size());
  selected = n == 0 ? 0 : std::clamp(selected, 0, n - 1);
  const float r = th.px(14);

  // Main picture: a white square card.
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float side = std::floor(width);
  const ImVec2 max(pos.x + side, pos.y + side);
  ImGui::InvisibleButton("##product.image", ImVec2(side, side));
  automation::tag("product.image", p.name, "text");
  automation::set_value(n ? urls[static_cast<size_t>(selected)] : std::string());
  dl->AddRectFilled(pos, max, color::surface, r);
  const float inset = th.px(12);
  ImageBox box{ImVec2(pos.x + inset, pos.y + inset), ImVec2(max.x - inset, max.y - inset), th.px(8),
               ImDrawFlags_RoundCornersAll, Fit::Contain, p.category_name};
  image_view(ctx.platform, n ? urls[static_cast<size_t>(selected)] : std::string(), box);
  dl->AddRect(pos, max, color::border, r);
  if (p.stock_available <= 0) {
    const Fonts& f = th.fonts();
    const char* t = tr("product.sold_out");
    const ImVec2 ts = f.strong->CalcTextSizeA(f.strong->FontSize, FLT_MAX, 0, t);
    const ImVec2 a(pos.x + th.px(16), pos.y + th.px(16));
    dl->AddRectFilled(a, ImVec2(a.x + ts.x + th.px(20), a.y + ts.y + th.px(10)), color::rgb(0x1C2430, 215), th.px(6));
    dl->AddText(f.strong, f.strong->FontSize, ImVec2(a.x + th.px(10), a.y + th.px(5)), color::surface, t);
  }

  if (n > 1) {
    // Previous / next over the picture's sides.
    const float b = th.px(44);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(pos.x + th.px(8), pos.y + (side - b) / 2));
    dl->AddCircleFilled(ImVec2(pos.x + th.px(8) + b / 2, pos.y + side / 2), b / 2, color::rgb(0xFFFFFF, 230), 32);
    if (icon_button(icon::left, "product.image.prev", tr("product.image_prev"), b)) selected = (selected + n - 1) % n;
    ImGui::SetCursorScreenPos(ImVec2(max.x - th.px(8) - b, pos.y + (side - b) / 2));
    dl->AddCircleFilled(ImVec2(max.x - th.px(8) - b / 2, pos.y + side / 2), b / 2, color::rgb(0xFFFFFF, 230), 32);
    if (icon_button(icon::right, "product.image.next", tr("product.image_next"), b)) selected = (selected + 1) % n;
    ImGui::SetCursorScreenPos(after);

    // Thumbnails: as many as fit on one row.
    ImGui::Dummy(ImVec2(0, th.px(2)));
    const float gap = th.px(8);
    const float thumb = std::min(th.px(72), std::floor((width - gap * 4) / 5));
    for (int i = 0; i < n; ++i) {
      if (i) ImGui::SameLine(0, gap);
      if (ImGui::GetCursorScreenPos().x + thumb > pos.x + width + 1) break;
      const ImVec2 tp = ImGui::GetCursorScreenPos();
      const std::string id = "product.thumb." + std::to_string(i);
      if (ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(thumb, thumb))) selected = i;
      char lbl[32];
      std::snprintf(lbl, sizeof lbl, tr("product.image_n"), i + 1);
      automation::tag(id, lbl, "radio");
      automation::set_checked(i == selected);
      const bool hovered = ImGui::IsItemHovered();
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      const ImVec2 tm(tp.x + thumb, tp.y + thumb);
      dl->AddRectFilled(tp, tm, color::surface, th.px(8));
      ImageBox tb{ImVec2(tp.x + th.px(4), tp.y + th.px(4)), ImVec2(tm.x - th.px(4), tm.y - th.px(4)), th.px(4),
                  ImDrawFlags_RoundCornersAll, Fit::Contain, p.category_name, true};
      image_view(ctx.platform, urls[static_cast<size_t>(i)], tb);
      const bool sel = i == selected;
      dl->AddRect(tp, tm, sel ? color::brand : (hovered ? color::rgb(0x9DB7F0) : color::border), th.px(8), 0,
                  sel ? th.px(2) : 1.0f);
      focus_ring(tp, tm, th.px(8));
    }
  }
}

}  // namespace ui
