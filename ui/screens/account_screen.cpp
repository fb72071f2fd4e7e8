// My account (signed in only; the app's route guard sees to it): who you are, change password,
// and the devices signed in. Wide screens put the profile beside the rest; phones stack them.
#include <cmath>
#include <cstdio>

#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_cards.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {
namespace {

// Bytes of the UTF-8 character starting with `lead` ("Á" is two).
size_t utf8_lead_length(char lead) {
  const auto c = static_cast<unsigned char>(lead);
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

class AccountScreen final : public Screen {
 public:
  void draw(ScreenContext& ctx) override {
    const auto& user = ctx.api.session().user();
    if (!user) return;  // the session just ended: the app is taking the user away
    const Fonts& f = ctx.theme.fonts();
    text(is_compact(ctx.theme) ? f.heading : f.title, color::text, tr("account.title"));
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool wide = avail / ctx.theme.dpr() >= 900;
    if (wide) {
      const float gap = ctx.theme.px(24);
      const float side_w = ctx.theme.px(340);
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::BeginGroup();
      draw_profile(ctx, *user, side_w);
      ImGui::EndGroup();
      ImGui::SetCursorScreenPos(ImVec2(top.x + side_w + gap, top.y));
      ImGui::BeginGroup();
      draw_main(ctx, avail - side_w - gap);
      ImGui::EndGroup();
    } else {
      draw_profile(ctx, *user, avail);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
      draw_main(ctx, avail);
    }
  }

 private:
  void draw_main(ScreenContext& ctx, float width) {
    sessions_.draw(ctx, width);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    // The other sessions just ended: the list shows it at once.
    if (password_.draw(ctx, width)) sessions_.reload(ctx);
  }

  void draw_profile(ScreenContext& ctx, const mestore::AuthUser& u, float width) {
    const Fonts& f = ctx.theme.fonts();
    const Theme& th = ctx.theme;
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    // Initial in a circle: a face for the account without asking for a photo.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = th.px(32);
    dl->AddCircleFilled(ImVec2(p.x + r, p.y + r), r, color::brand, 48);
    const std::string initial = u.full_name.empty() ? "?" : u.full_name.substr(0, utf8_lead_length(u.full_name[0]));
    const ImVec2 is = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, 0, initial.c_str());
    dl->AddText(f.title, f.title->FontSize, ImVec2(std::floor(p.x + r - is.x / 2), std::floor(p.y + r - is.y / 2)),
                color::surface, initial.c_str());
    ImGui::Dummy(ImVec2(inner, r * 2 + em(0.5f)));
    text_item("account.name", f.heading, color::text, u.full_name, inner);
    text_item("account.email", f.body, color::muted, u.email, inner);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    // The role as a pill.
    const char* role = role_name(u.user_type);
    const ImVec2 rs = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, role);
    const ImVec2 rp = ImGui::GetCursorScreenPos();
    const ImVec2 pad(th.px(10), th.px(3));
    dl->AddRectFilled(rp, ImVec2(rp.x + rs.x + pad.x * 2, rp.y + rs.y + pad.y * 2), color::brand_soft, rs.y);
    ImGui::SetCursorScreenPos(ImVec2(rp.x + pad.x, rp.y + pad.y));
    text_item("account.role", f.small, color::brand, role, rs.x + 1);
    ImGui::SetCursorScreenPos(ImVec2(rp.x, rp.y + rs.y + pad.y * 2 + em(0.6f)));
    ImGui::Dummy(ImVec2(0, 0));
    if (u.user_type == "VENDOR" && u.vendor_status) {
      const bool approved = *u.vendor_status == "APPROVED";
      const std::string key = "account.vendor_status." + *u.vendor_status;
      notice_item("account.vendor_status", approved ? icon::check_circle : icon::clock, tr(key.c_str()),
                  approved ? color::success : color::warning, approved ? color::success_soft : color::warning_soft, inner);
    }
    detail(ctx, tr("account.phone"), u.phone.empty() ? tr("account.no_phone") : u.phone);
    detail(ctx, tr("account.member_since"), mestore::format_date(u.created_at, current_locale()));
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    if (form_button(ctx, std::string(icon::sign_out) + "  " + label("account.logout", "account.logout"), true, inner, false))
      ctx.api.logout();  // the app says goodbye and takes the user home
    end_card();
  }

  void detail(ScreenContext& ctx, const char* caption, const std::string& value) {
    text(ctx.theme.fonts().small, color::muted, caption);
    text(ctx.theme.fonts().body, color::text, value, true);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
  }

  SessionsCard sessions_;
  PasswordCard password_;
};

}  // namespace

std::unique_ptr<Screen> make_account_screen(ScreenContext&, const std::string&) {
  return std::make_unique<AccountScreen>();
}

}  // namespace ui
