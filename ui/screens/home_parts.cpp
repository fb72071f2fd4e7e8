#include "home_parts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>

#include "../automation.hpp"
#include "../categories.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"

namespace ui {
namespace {

struct Tint {
  ImU32 bg, fg;
};
const Tint kTints[] = {
    {color::rgb(0xE8EFFD), color::rgb(0x1A56DB)}, {color::rgb(0xFDEEE4), color::rgb(0xD9541A)},
    {color::rgb(0xE3F5EA), color::rgb(0x138A4B)}, {color::rgb(0xF1E8FD), color::rgb(0x7C3AED)},
    {color::rgb(0xFEF5D7), color::rgb(0xB7791F)}, {color::rgb(0xE0F2F7), color::rgb(0x0E7490)},
};

// A rounded rectangle filled with a left-to-right gradient.
void gradient_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 left, ImU32 right, float rounding) {
  const int first = dl->VtxBuffer.Size;
  dl->AddRectFilled(min, max, IM_COL32_WHITE, rounding);
  ImGui::ShadeVertsLinearColorGradientKeepAlpha(dl, first, dl->VtxBuffer.Size, min, ImVec2(max.x, min.y + (max.y - min.y) * 0.35f),
                                                left, right);
}

}  // namespace

bool section_header(const Fonts& f, const char* title, const char* link_id, const char* link_label) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  text(f.heading, color::text, title);
  bool clicked = false;
  if (link_label) {
    const std::string l = std::string(link_label) + "  " + icon::right;
    ImGui::PushFont(f.strong);
    const ImVec2 ts = ImGui::CalcTextSize(l.c_str());
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(pos.x + w - ts.x, pos.y + (f.heading->FontSize - ts.y) / 2 + 1));
    clicked = link_button(l, link_id);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(after);
  }
  ImGui::Dummy(ImVec2(0, em(0.35f)));
  return clicked;
}

// The categories as a 3-column panel of small translucent tiles inside the hero.
bool hero_categories(ScreenContext& ctx, const std::vector<const mestore::Category*>& cats, ImVec2 pos, float width,
                     float* height, std::string* slug) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const int columns = 3;
  const float gap = th.px(10);
  const float tile_w = std::floor((width - gap * (columns - 1)) / columns);
  const float tile_h = th.px(56);
  const float circle = th.px(32);
  bool clicked = false;
  const int n = std::min<int>(static_cast<int>(cats.size()), 9);
  for (int i = 0; i < n; ++i) {
    const mestore::Category& c = *cats[static_cast<size_t>(i)];
    const ImVec2 p(pos.x + (i % columns) * (tile_w + gap), pos.y + (i / columns) * (tile_h + gap));
    const ImVec2 max(p.x + tile_w, p.y + tile_h);
    ImGui::SetCursorScreenPos(p);
    const std::string id = "home.category." + c.slug;
    if (ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(tile_w, tile_h))) {
      *slug = c.slug;
      clicked = true;
    }
    automation::tag(id, c.name, "link");
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const float r = th.px(10);
    dl->AddRectFilled(ImVec2(p.x, p.y + th.px(2)), ImVec2(max.x, max.y + th.px(2)), color::rgb(0x0B2A6F, 40), r);
    dl->AddRectFilled(p, max, hovered ? color::rgb(0xF1F5FF) : color::surface, r);
    focus_ring(p, max, r);
    const Tint& tint = kTints[static_cast<size_t>(i) % 6];
    const ImVec2 cc(p.x + th.px(10) + circle / 2, p.y + tile_h / 2);
    dl->AddCircleFilled(cc, circle / 2, tint.bg, 32);
    const char* glyph = category_icon(c.slug);
    const float gs = circle * 0.5f;
    const ImVec2 gsz = f.title->CalcTextSizeA(gs, FLT_MAX, 0, glyph);
    dl->AddText(f.title, gs, ImVec2(std::floor(cc.x - gsz.x / 2), std::floor(cc.y - gsz.y / 2)), tint.fg, glyph);
    // Name: one or two lines, vertically centred beside the icon.
    const float tx = p.x + th.px(10) + circle + th.px(8);
    const float tw = max.x - tx - th.px(6);
    const float fs = f.small->FontSize;
    const ImVec2 ts = f.strong->CalcTextSizeA(fs, FLT_MAX, tw, c.name.c_str());
    const float lines_h = std::min(ts.y, fs * 2.3f);
    const ImVec4 clip(tx, p.y, tx + tw, p.y + tile_h);
    dl->AddText(f.strong, fs, ImVec2(tx, std::floor(p.y + (tile_h - lines_h) / 2)), color::text, c.name.c_str(), nullptr,
                tw, &clip);
  }
  const int rows = (n + columns - 1) / columns;
  *height = rows * tile_h + std::max(0, rows - 1) * gap;
  return clicked;
}

HeroAction draw_home_hero(ScreenContext& ctx, const std::vector<const mestore::Category*>* cats, std::string* slug) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  const bool compact = is_compact(th);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float pad = compact ? th.px(22) : th.px(40);
  const bool panel = !compact && cats && !cats->empty() && w / th.dpr() >= 900;
  const float art_w = compact ? 0 : std::min(w * (panel ? 0.42f : 0.36f), th.px(panel ? 460 : 400));
  const float text_w = w - pad * 2 - art_w;

  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, pos.y + pad));
  ImGui::BeginGroup();
  const float wrap_x = ImGui::GetCursorPosX() + text_w;
  // Eyebrow: a small translucent pill.
  {
    const char* eyebrow = tr("home.hero_eyebrow");
    const ImVec2 ts = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, eyebrow);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float px = th.px(10), py = th.px(4);
    dl->AddRectFilled(p, ImVec2(p.x + ts.x + px * 2, p.y + ts.y + py * 2), color::rgb(0xFFFFFF, 40), ts.y);
    dl->AddText(f.small, f.small->FontSize, ImVec2(p.x + px, p.y + py), color::surface, eyebrow);
    ImGui::Dummy(ImVec2(ts.x + px * 2, ts.y + py * 2));
  }
  ImGui::Dummy(ImVec2(0, th.px(6)));
  ImGui::PushTextWrapPos(wrap_x);
  text(compact ? f.title : f.display, color::surface, tr("home.hero_title"), true);
  ImGui::Dummy(ImVec2(0, th.px(2)));
  text(f.body, color::rgb(0xDCE7FC), tr("home.hero_text"), true);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, th.px(10)));
  // Call to action: a white button with brand text.
  ImGui::PushFont(f.strong);
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(color::surface));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF1F5FF)));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(color::rgb(0xDCE7FC)));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::brand_dark));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::surface));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(th.px(20), (th.px(44) - ImGui::GetFontSize()) / 2));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, th.px(22));
  const bool cta = ImGui::Button((std::string(tr("home.hero_cta")) + "  " + icon::arrow_right + "##home.shop").c_str());
  automation::tag("home.shop", tr("home.hero_cta"), "link");
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(5);
  ImGui::PopFont();
  // Promises, in one line on desktops (only the first on phones).
  ImGui::Dummy(ImVec2(0, th.px(10)));
  const struct {
    const char* glyph;
    const char* key;
  } promises[] = {{icon::truck, "home.promise_shipping"}, {icon::lock, "home.promise_payment"},
                  {icon::check_circle, "home.promise_vendors"}};
  const int shown = compact ? 1 : 3;
  for (int i = 0; i < shown; ++i) {
    if (i) ImGui::SameLine(0, th.px(22));
    ImGui::PushFont(f.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::rgb(0xFFFFFF, 230)));
    ImGui::TextUnformatted((std::string(promises[i].glyph) + "  " + tr(promises[i].key)).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::EndGroup();
  float h = ImGui::GetItemRectMax().y - pos.y + pad;
  HeroAction action = cta ? HeroAction::Shop : HeroAction::None;
  if (panel) {
    float panel_h = 0;
    const float panel_pad = th.px(28);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    // Lay the panel out once to learn its height, centred against the text column.
    const int rows = (std::min<int>(static_cast<int>(cats->size()), 9) + 2) / 3;
    panel_h = rows * th.px(56) + (rows - 1) * th.px(10);
    h = std::max(h, panel_h + panel_pad * 2);
    const ImVec2 ppos(pos.x + w - panel_pad - art_w, pos.y + (h - panel_h) / 2);
    if (hero_categories(ctx, *cats, ppos, art_w, &panel_h, slug)) action = HeroAction::Category;
    ImGui::SetCursorScreenPos(after);
  }
  const ImVec2 max(pos.x + w, pos.y + h);

  dl->ChannelsSetCurrent(0);
  const float r = th.px(16);
  gradient_rect(dl, pos, max, color::rgb(0x133E9E), color::rgb(0x2563EB), r);
  // Art: soft circles with a few category glyphs, clipped to the banner.
  dl->PushClipRect(pos, max, true);
  dl->AddCircleFilled(ImVec2(max.x - th.px(60), pos.y + th.px(30)), th.px(compact ? 90 : 150), color::rgb(0xFFFFFF, 14), 64);
  // (Circles stay clear of the rounded corners: the clip rectangle is square.)
  if (!panel && !compact)
    dl->AddCircleFilled(ImVec2(max.x - th.px(230), max.y + th.px(10)), th.px(110), color::rgb(0xF26B1D, 60), 64);
  if (!compact && !panel) {
    const float cx = max.x - art_w / 2 - th.px(10), cy = pos.y + h / 2;
    const struct {
      const char* glyph;
      float dx, dy, size;
      ImU32 bg;
    } bubbles[] = {{icon::bag, 0, -10, 96, color::rgb(0xFFFFFF, 235)},
                   {icon::laptop, -120, 40, 64, color::rgb(0xFFFFFF, 215)},
                   {icon::coffee, 110, 52, 60, color::rgb(0xFFFFFF, 215)},
                   {icon::headphones, -80, -80, 52, color::rgb(0xFFFFFF, 200)},
                   {icon::futbol, 96, -78, 48, color::rgb(0xFFFFFF, 200)}};
    for (const auto& b : bubbles) {
      const ImVec2 c(cx + th.px(b.dx), cy + th.px(b.dy));
      const float rad = th.px(b.size) / 2;
      dl->AddCircleFilled(ImVec2(c.x, c.y + th.px(3)), rad, color::rgb(0x0B2A6F, 50), 48);
      dl->AddCircleFilled(c, rad, b.bg, 48);
      const float gs = rad * 0.95f;
      const ImVec2 ts = f.title->CalcTextSizeA(gs, FLT_MAX, 0, b.glyph);
      dl->AddText(f.title, gs, ImVec2(std::floor(c.x - ts.x / 2), std::floor(c.y - ts.y / 2)), color::brand, b.glyph);
    }
  }
  dl->PopClipRect();
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, max.y));
  ImGui::Dummy(ImVec2(w, 0));
  return action;
}

bool draw_category_tiles(ScreenContext& ctx, const std::vector<const mestore::Category*>& cats, std::string* slug) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool compact = is_compact(th);
  const float gap = compact ? th.px(10) : th.px(12);
  const int n = static_cast<int>(cats.size());
  if (n == 0) return false;
  const int columns = compact ? 3 : std::min(n, std::max(3, static_cast<int>((avail + gap) / (th.px(116) + gap))));
  const float tile_w = std::floor((avail - gap * (columns - 1)) / columns);
  const float circle = th.px(compact ? 44 : 52);
  const float tile_h = th.px(compact ? 112 : 128);
  bool clicked = false;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < n; ++i) {
    const mestore::Category& c = *cats[static_cast<size_t>(i)];
    if (i % columns != 0) ImGui::SameLine(0, gap);
    else if (i) ImGui::Dummy(ImVec2(0, gap * 0.2f));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string id = "home.category." + c.slug;
    if (ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(tile_w, tile_h))) {
      *slug = c.slug;
      clicked = true;
    }
    automation::tag(id, c.name, "link");
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 max(pos.x + tile_w, pos.y + tile_h);
    const float r = th.px(12);
    dl->AddRectFilled(pos, max, color::surface, r);
    dl->AddRect(pos, max, hovered ? color::brand : color::border, r, 0, hovered ? th.px(1.5f) : 1.0f);
    focus_ring(pos, max, r);
    const Tint& tint = kTints[static_cast<size_t>(i) % 6];
    const ImVec2 cc(pos.x + tile_w / 2, pos.y + th.px(14) + circle / 2);
    dl->AddCircleFilled(cc, circle / 2, tint.bg, 48);
    const char* glyph = category_icon(c.slug);
    const float gs = circle * 0.48f;
    const ImVec2 gsz = f.title->CalcTextSizeA(gs, FLT_MAX, 0, glyph);
    dl->AddText(f.title, gs, ImVec2(std::floor(cc.x - gsz.x / 2), std::floor(cc.y - gsz.y / 2)), tint.fg, glyph);
    // Name (up to two centred lines) and count.
    const float text_w = tile_w - th.px(12);
    float y = pos.y + th.px(14) + circle + th.px(8);
    ImFont* nf = f.strong;
    const float nfs = compact ? f.small->FontSize : nf->FontSize * 0.93f;
    std::string name = c.name;
    const char* s = name.c_str();
    const char* end = s + name.size();
    for (int line = 0; line < 2 && s < end; ++line) {
      const char* brk = nf->CalcWordWrapPositionA(nfs / nf->FontSize, s, end, text_w);
      if (brk == s) brk = end;
      std::string part(s, brk);
      if (line == 1 && brk < end) part += "…";
      const ImVec2 ts = nf->CalcTextSizeA(nfs, FLT_MAX, 0, part.c_str());
      dl->AddText(nf, nfs, ImVec2(std::floor(pos.x + (tile_w - ts.x) / 2), y), color::text, part.c_str());
      y += nfs * 1.15f;
      s = brk;
      while (s < end && *s == ' ') ++s;
    }
    if (!compact) {
      char count[48];
      std::snprintf(count, sizeof count, tr("home.category_count"), c.product_count);
      const ImVec2 cs = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, count);
      dl->AddText(f.small, f.small->FontSize, ImVec2(std::floor(pos.x + (tile_w - cs.x) / 2), max.y - th.px(10) - cs.y),
                  color::muted, count);
    }
  }
  return clicked;
}

}  // namespace ui
