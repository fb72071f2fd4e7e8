// Top bar. Desktop: logo · search box · language · account · cart. Phone: logo and icon buttons
// (≥ 44 CSS px) with the search box folded into an icon that opens a second row.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "chrome.hpp"

namespace ui {
namespace {

constexpr float kSearchRowCss = 58;
constexpr double kBadgePulseSeconds = 0.45;

Route catalog_search_route(const std::string& q) {
  Route r;
  r.path = "/catalog";
  if (!q.empty()) r.query["q"] = q;
  return r;
}

void toggle_language(ScreenContext& ctx) {
  ctx.state.locale = ctx.state.locale == mestore::Locale::Es ? mestore::Locale::En : mestore::Locale::Es;
  set_locale(ctx.state.locale);
  ctx.platform.save(kLocaleKey, std::string(mestore::locale_code(ctx.state.locale)));
}

// The cart count in a small accent circle at `corner`, pulsing for a moment after an add.
void draw_badge(ScreenContext& ctx, ImVec2 corner) {
  const int n = ctx.state.cart_count;
  if (n <= 0) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Fonts& f = ctx.theme.fonts();
  char buf[8];
  std::snprintf(buf, sizeof buf, n > 99 ? "99+" : "%d", n);
  float scale = 1.0f;
  const double t = ctx.platform.now() - ctx.state.cart_bumped_at;
  if (ctx.state.cart_bumped_at >= 0 && t < kBadgePulseSeconds) {
    scale = 1.0f + 0.4f * static_cast<float>(std::sin(3.14159265 * t / kBadgePulseSeconds));
    request_animation();
  }
  const float font_px = f.small->FontSize * 0.92f * scale;
  const ImVec2 ts = f.small->CalcTextSizeA(font_px, FLT_MAX, 0, buf);
  const float h = std::max(ts.y + ctx.theme.px(3) * scale, ctx.theme.px(18) * scale);
  const float w = std::max(h, ts.x + ctx.theme.px(10) * scale);
  const ImVec2 c(corner.x, corner.y);
  const ImVec2 min(c.x - w / 2, c.y - h / 2), max(c.x + w / 2, c.y + h / 2);
  dl->AddRectFilled(ImVec2(min.x - ctx.theme.px(2), min.y - ctx.theme.px(2)),
                    ImVec2(max.x + ctx.theme.px(2), max.y + ctx.theme.px(2)), color::surface, h);
  dl->AddRectFilled(min, max, color::accent, h);
  dl->AddText(f.small, font_px, ImVec2(std::floor(c.x - ts.x / 2), std::floor(c.y - ts.y / 2)), color::surface, buf);
}

// The search field with its magnifier button; Enter or the button opens the catalog.
void draw_search(ScreenContext& ctx, ImVec2 pos, float width, float height) {
  const float button_w = height;
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ctx.theme.px(12), (height - ImGui::GetFontSize()) / 2));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF4F6F8)));
  bool submitted = false;
  text_field("nav.search", ctx.state.search_text, tr("nav.search_hint"), width - button_w, &submitted);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  ImGui::SameLine(0, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, (height - ImGui::GetFontSize()) / 2));
  const bool go = primary_button(std::string(icon::search) + "##nav.search_go", true, button_w);
  automation::tag("nav.search_go", tr("nav.search_go"), "button");
  ImGui::PopStyleVar();
  if (submitted || go) {
    ctx.state.search_open = false;
    ctx.nav.go(catalog_search_route(ctx.state.search_text));
  }
}

}  // namespace

bool is_compact(const Theme& theme) { return ImGui::GetIO().DisplaySize.x / theme.dpr() < 720; }

float draw_top_bar(ScreenContext& ctx) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetIO().DisplaySize.x;
  const bool compact = is_compact(th);
  const bool on_catalog = ctx.state.route.path == "/catalog";
  if (on_catalog || !compact) ctx.state.search_open = false;
  const float bar_h = th.px(kTopBarCss);
  const float height = bar_h + (ctx.state.search_open ? th.px(kSearchRowCss) : 0);
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), color::surface);
  dl->AddLine(ImVec2(origin.x, origin.y + height - 1), ImVec2(origin.x + width, origin.y + height - 1), color::border);

  const float content_w = std::min(width, th.px(kMaxContentCss));
  const float side = compact ? th.px(12) : th.px(16);
  const float left = origin.x + (width - content_w) / 2 + side;
  const float right = origin.x + (width + content_w) / 2 - side;
  const float target = th.px(44);  // touch target
  const float mid = origin.y + bar_h / 2;

  // Logo: a brand-coloured word mark that takes you home.
  ImGui::PushFont(compact ? f.heading : f.title);
  const ImVec2 logo_size = ImGui::CalcTextSize("MeStore");
  const ImVec2 logo_pos(left, std::floor(mid - logo_size.y / 2));
  ImGui::SetCursorScreenPos(ImVec2(left, mid - std::max(logo_size.y, target) / 2));
  if (ImGui::InvisibleButton("##nav.home", ImVec2(logo_size.x, std::max(logo_size.y, target)))) ctx.nav.go(Route{});
  automation::tag("nav.home", "MeStore", "link");
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  dl->AddText(logo_pos, color::brand, "Me");
  dl->AddText(ImVec2(logo_pos.x + ImGui::CalcTextSize("Me").x, logo_pos.y), color::accent, "Store");
  focus_ring(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), th.px(4));
  ImGui::PopFont();

  // Right side, laid out from the right edge inwards.
  ImGui::PushFont(f.body);
  float x = right;
  const float btn_h = th.px(40);
  const float btn_y = mid - (compact ? target : btn_h) / 2;
  char cart_label[64];
  std::snprintf(cart_label, sizeof cart_label, "%s (%d)", tr("nav.cart"), ctx.state.cart_count);

  if (compact) {
    const char* lang_short = tr("nav.language_short");
    x -= target;
    ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
    {
      // The language as two letters, drawn like the icon buttons.
      const ImVec2 p = ImGui::GetCursorScreenPos();
      if (ImGui::InvisibleButton("##nav.language", ImVec2(target, target))) toggle_language(ctx);
      automation::tag("nav.language", tr("nav.language"), "button");
      const bool hov = ImGui::IsItemHovered();
      if (hov) dl->AddRectFilled(p, ImVec2(p.x + target, p.y + target), color::rgb(0xF1F4F8), th.px(6));
      ImGui::PushFont(f.strong);
      const ImVec2 ts = ImGui::CalcTextSize(lang_short);
      dl->AddText(ImVec2(std::floor(p.x + (target - ts.x) / 2), std::floor(p.y + (target - ts.y) / 2)), color::text,
                  lang_short);
      ImGui::PopFont();
      focus_ring(p, ImVec2(p.x + target, p.y + target), th.px(6));
    }
    x -= target;
    ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
    if (icon_button(icon::cart, "nav.cart", cart_label, target)) ctx.nav.go(Route::parse("/cart"));
    automation::set_role("link");
    draw_badge(ctx, ImVec2(x + target * 0.72f, btn_y + target * 0.28f));
    x -= target;
    ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
    {
      const bool clicked = icon_button(icon::user, "nav.account", account_button_text(ctx), target,
                                       ctx.api.session().signed_in());
      draw_account_entry(ctx, clicked, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    if (!on_catalog) {
      x -= target;
      ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
      if (icon_button(ctx.state.search_open ? icon::times : icon::search, "nav.search_toggle", tr("nav.search_go"), target,
                      ctx.state.search_open)) {
        // The shopper taps the field next: focusing it inside that tap is what opens a phone's keyboard.
        ctx.state.search_open = !ctx.state.search_open;
      }
    }
  } else {
    // Cart: icon, word and badge.
    const std::string cart = std::string(icon::cart) + "  " + tr("nav.cart") + "##nav.cart";
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(th.px(14), (btn_h - ImGui::GetFontSize()) / 2));
    const float cart_w = ImGui::CalcTextSize(cart.c_str(), nullptr, true).x + th.px(28) + th.px(10);
    x -= cart_w;
    ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
    if (secondary_button(cart, true, cart_w)) ctx.nav.go(Route::parse("/cart"));
    automation::tag("nav.cart", cart_label, "link");
    draw_badge(ctx, ImVec2(x + th.px(30), btn_y + th.px(8)));

    const std::string account = std::string(icon::user) + "  " + account_button_text(ctx) +
                                (ctx.api.session().signed_in() ? std::string("  ") + icon::chevron_down : "") + "##nav.account";
    const float account_w = ImGui::CalcTextSize(account.c_str(), nullptr, true).x + th.px(28);
    x -= account_w + th.px(8);
    ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
    const bool account_clicked = secondary_button(account, true, account_w);
    draw_account_entry(ctx, account_clicked, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());

    const std::string lang = std::string(icon::globe) + "  " + tr("nav.language") + "##nav.language";
    const float lang_w = ImGui::CalcTextSize(lang.c_str(), nullptr, true).x + th.px(28);
    x -= lang_w + th.px(8);
    ImGui::SetCursorScreenPos(ImVec2(x, btn_y));
    if (secondary_button(lang)) toggle_language(ctx);
    ImGui::PopStyleVar();

    // Search box in the middle, as wide as the room allows (the catalog has its own).
    if (!on_catalog) {
      const float s_left = left + logo_size.x + th.px(32);
      const float s_right = x - th.px(24);
      const float s_w = std::min(s_right - s_left, th.px(560));
      if (s_w > th.px(200)) draw_search(ctx, ImVec2(s_left, mid - btn_h / 2), s_w, btn_h);
    }
  }
  ImGui::PopFont();

  if (ctx.state.search_open) {
    const float row_y = origin.y + bar_h + (th.px(kSearchRowCss) - target) / 2 - th.px(4);
    ImGui::PushFont(f.body);
    draw_search(ctx, ImVec2(left, row_y), right - left, target);
    ImGui::PopFont();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  return height;
}

void draw_toasts(ScreenContext& ctx, float bottom) {
  auto& toasts = ctx.state.toasts;
  const double now = ctx.platform.now();
  toasts.erase(std::remove_if(toasts.begin(), toasts.end(), [&](const Toast& t) { return t.expires_at <= now; }),
               toasts.end());
  if (toasts.empty()) return;
  const Theme& th = ctx.theme;
  const Fonts& f = th.fonts();
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const float width = ImGui::GetIO().DisplaySize.x;
  const float max_w = std::min(width - th.px(32), th.px(460));
  float y = bottom - th.px(16);
  double next_expiry = 1e30;
  for (auto it = toasts.rbegin(); it != toasts.rend(); ++it) {
    const Toast& t = *it;
    next_expiry = std::min(next_expiry, t.expires_at);
    const char* glyph = t.kind == "error" ? icon::warning : t.kind == "success" ? icon::check_circle : icon::info;
    const ImU32 glyph_col = t.kind == "error" ? color::rgb(0xFCA5A5) : t.kind == "success" ? color::rgb(0x86EFAC)
                                                                                            : color::rgb(0x93C5FD);
    const float pad = th.px(14);
    const float icon_w = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, 0, glyph).x + th.px(10);
    const ImVec2 ts = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, max_w - pad * 2 - icon_w, t.text.c_str());
    const float w = ts.x + pad * 2 + icon_w, h = ts.y + pad * 1.6f;
    // Slides up and fades in over a fifth of a second.
    const double age = now - t.shown_at;
    const float k = age >= 0.2 ? 1.0f : static_cast<float>(age / 0.2);
    if (k < 1.0f) request_animation();
    const float lift = (1.0f - k) * th.px(12);
    const ImVec2 min(std::floor((width - w) / 2), std::floor(y - h + lift));
    const ImVec2 max(min.x + w, min.y + h);
    const int a = static_cast<int>(235 * k);
    dl->AddRectFilled(ImVec2(min.x, min.y + th.px(2)), ImVec2(max.x, max.y + th.px(2)), color::rgb(0x000000, a / 6),
                      th.px(10));
    dl->AddRectFilled(min, max, color::rgb(0x1C2430, a), th.px(10));
    dl->AddText(f.body, f.body->FontSize, ImVec2(min.x + pad, min.y + pad * 0.8f), (glyph_col & 0x00FFFFFF) | (static_cast<ImU32>(a) << 24), glyph);
    dl->AddText(f.body, f.body->FontSize, ImVec2(min.x + pad + icon_w, min.y + pad * 0.8f),
                color::rgb(0xFFFFFF, a), t.text.c_str(), nullptr, max_w - pad * 2 - icon_w);
    y = min.y - th.px(8);
  }
  // One timer per expiry (not per frame): the idle host wakes up to take the toast away.
  static double scheduled = 0;
  if (next_expiry != scheduled) {
    scheduled = next_expiry;
    ctx.platform.wake_after(std::max(0.01, next_expiry - now));
  }
}

}  // namespace ui
