// The account entry of the top bar: "Ingresar" for a guest (to the login page, which brings them
// back here afterwards); once signed in, the user's first name opening a small menu with
// "Mi cuenta", "Mis pedidos" and "Cerrar sesión" (and the back office for admins, the vendor
// portal for vendors).
#include <algorithm>

#include "../automation.hpp"
#include "../return_route.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "chrome.hpp"

namespace ui {
namespace {

constexpr const char* kMenuId = "##nav.account.menu";

bool signed_in(const ScreenContext& ctx) { return ctx.api.session().signed_in() && ctx.api.session().user(); }

bool menu_row(const char* glyph, const char* text_key, const std::string& id, const char* role, float width, float height) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::Selectable(("##" + id).c_str(), false, 0, ImVec2(width, height));
  automation::tag(id, tr(text_key), role);
  const std::string line = std::string(glyph) + "   " + tr(text_key);
  const ImVec2 ts = ImGui::CalcTextSize(line.c_str());
  ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + em(0.6f), p.y + (height - ts.y) / 2), color::text, line.c_str());
  return clicked;
}

}  // namespace

std::string account_button_text(const ScreenContext& ctx) {
  if (!signed_in(ctx)) return tr("nav.account");
  const std::string& name = ctx.api.session().user()->full_name;
  std::string first = name.substr(0, name.find(' '));
  if (first.size() > 16) first = first.substr(0, 15) + "…";
  return first.empty() ? tr("nav.my_account") : first;
}

void draw_account_entry(ScreenContext& ctx, bool clicked, ImVec2 min, ImVec2 max) {
  if (signed_in(ctx)) automation::set_role("menu");
  if (clicked) {
    if (signed_in(ctx)) ImGui::OpenPopup(kMenuId);
    else if (!is_sign_in_page(ctx.state.route)) ctx.nav.go(sign_in_route(ctx.state.route));
  }
  const float row_h = ctx.theme.px(44);
  const float menu_w = std::max(ctx.theme.px(220), max.x - min.x);
  const float screen_w = ImGui::GetIO().DisplaySize.x;
  ImGui::SetNextWindowPos(ImVec2(std::clamp(max.x - menu_w, ctx.theme.px(8), screen_w - menu_w - ctx.theme.px(8)),
                                 max.y + ctx.theme.px(6)));
  ImGui::SetNextWindowSizeConstraints(ImVec2(menu_w, 0), ImVec2(menu_w, FLT_MAX));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ctx.theme.px(8), ctx.theme.px(8)));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ctx.theme.px(2)));
  if (ImGui::BeginPopup(kMenuId)) {
    if (const auto& u = ctx.api.session().user()) {
      const Fonts& f = ctx.theme.fonts();
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(0.6f));
      text(f.strong, color::text, u->full_name);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(0.6f));
      text(f.small, color::muted, u->email);
      ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
      ImGui::Separator();
      const float w = menu_w - ctx.theme.px(16);
      if (role_allowed("ADMIN,SUPERUSER", u->user_type) &&
          menu_row(icon::th_large, "nav.back_office", "nav.account.admin", "link", w, row_h))
        ctx.nav.go(Route::parse("/admin"));
      if (role_allowed("VENDOR", u->user_type) && menu_row(icon::building, "nav.vendor_portal", "nav.account.vendor", "link", w, row_h))
        ctx.nav.go(Route::parse("/vendor"));
      if (menu_row(icon::user, "nav.my_account", "nav.account.profile", "link", w, row_h)) ctx.nav.go(Route::parse("/account"));
      if (menu_row(icon::bag, "nav.my_orders", "nav.account.orders", "link", w, row_h)) ctx.nav.go(Route::parse("/orders"));
      if (menu_row(icon::sign_out, "nav.logout", "nav.account.logout", "button", w, row_h)) ctx.api.logout();
    } else {
      ImGui::CloseCurrentPopup();  // the session ended while the menu was open
    }
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(2);
}

}  // namespace ui
