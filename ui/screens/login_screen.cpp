// Sign in: email and password, errors next to the field they concern, the lockout with its time
// left counting down, why the last session ended (when it did), and links to register or to
// apply as a vendor. Afterwards the user goes back to where they were (the "next" route).
// On the way to the back office (next=/admin…) the form signs in through /auth/admin-login, which
// refuses anyone who is not an admin before a session exists.
#include <cstdio>

#include "../return_route.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class LoginScreen final : public Screen {
 public:
  explicit LoginScreen(ScreenContext& ctx) : route_(ctx.state.route) { email_ = ctx.state.locked_email; }

  void on_route(ScreenContext&, const Route& r) override { route_ = r; }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    mestore::Session& session = ctx.api.session();
    // Signed in (this form, or a session restored after a reload): back to where they were.
    if (session.signed_in()) {
      ctx.nav.replace(return_route(route_, Route{}));
      return;
    }
    const float inner = begin_form_card(ctx, 440);
    if (admin_area()) form_heading(ctx, tr("login.admin_title"), tr("login.admin_subtitle"));
    else form_heading(ctx, tr("login.title"), tr("login.subtitle"));
    if (!ctx.state.session_notice.empty()) {
      const std::string notice = std::string(tr(ctx.state.session_notice.c_str())) + " " + tr("login.again");
      notice_item("login.notice", icon::clock, notice, color::warning, color::warning_soft, inner);
    }
    if (session.state() == mestore::SessionState::Restoring) loading_line(tr("login.restoring"));

    const bool busy = mestore::state_of(login_) == mestore::RequestState::Loading;
    const int locked = locked_seconds(ctx);
    if (locked > 0) {
      char msg[256];
      const std::string left = minutes_seconds(locked);
      std::snprintf(msg, sizeof msg, tr("login.locked"), left.c_str());
      notice_item("login.locked", icon::lock, msg, color::danger, color::danger_soft, inner);
      ctx.platform.wake_after(1.0);  // the countdown ticks once a second, even when idle
    }
    if (!form_error_.empty()) notice_item("login.error", icon::warning, form_error_, color::danger, color::danger_soft, inner);

    bool submit = form_field("login.email", {tr("login.email"), tr("login.email_hint"), 254}, email_, email_error_, inner);
    FieldSpec pw{tr("login.password"), tr("login.password_hint"), 128, true, &show_password_};
    submit |= form_field("login.password", pw, password_, password_error_, inner);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    const std::string go = busy ? label("login.signing_in", "login.submit") : label("login.submit", "login.submit");
    submit |= form_button(ctx, go, !busy && locked == 0, inner);
    if (submit && !busy && locked == 0) start(ctx);

    // A rule across the card (ImGui's separator would run to the window's edge).
    ImGui::Dummy(ImVec2(0, em(0.9f)));
    const ImVec2 rule = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(rule, ImVec2(rule.x + inner, rule.y), color::border);
    ImGui::Dummy(ImVec2(0, em(0.9f)));
    text(ctx.theme.fonts().body, color::muted, tr("login.no_account"));
    ImGui::SameLine();
    if (link_button(tr("login.register"), "login.register")) ctx.nav.go(register_route(return_route(route_, Route{})));
    text(ctx.theme.fonts().body, color::muted, tr("login.sell"));
    ImGui::SameLine();
    if (link_button(tr("login.vendor_apply"), "login.vendor_apply")) ctx.nav.go(Route::parse("/vendor-apply"));
    end_form_card();
  }

 private:
  bool admin_area() const { return return_route(route_, Route{}).path.rfind("/admin", 0) == 0; }

  // Seconds of lockout left for the email in the field (a lockout is per account).
  int locked_seconds(ScreenContext& ctx) const {
    if (ctx.state.locked_email.empty() || ctx.state.locked_email != trimmed(email_)) return 0;
    return ctx.api.session().lock_seconds_left();
  }

  void start(ScreenContext& ctx) {
    const std::string email = trimmed(email_);
    email_error_ = check_text(mestore::validate_email(email).key);
    password_error_ = password_.empty() ? tr("validate.required") : "";
    form_error_.clear();
    if (!email_error_.empty() || !password_error_.empty()) return;
    login_ = admin_area() ? ctx.api.admin_login(email, password_) : ctx.api.login(email, password_);
    login_email_ = email;
  }

  void finish(ScreenContext& ctx) {
    auto r = take_settled(login_);
    if (!r) return;
    if (r->done()) {
      password_.clear();
      const std::string first = r->value.full_name.substr(0, r->value.full_name.find(' '));
      char buf[160];
      std::snprintf(buf, sizeof buf, tr("login.welcome"), first.c_str());
      push_toast(ctx.state, ctx.platform.now(), "success", buf);
      return;  // draw() sees the session and goes back
    }
    const mestore::ApiError& e = r->error;
    if (e.code == mestore::codes::kInvalidCredentials) {
      // The server does not say which of the two is wrong, and neither do we.
      password_error_ = tr("login.invalid");
    } else if (admin_area() && e.http_status == 403) {
      form_error_ = tr("login.admin_only");
    } else if (e.code == mestore::codes::kAccountLocked) {
      ctx.state.locked_email = login_email_;  // the notice above the form says it all
      password_error_.clear();
    } else {
      const auto fields = field_errors_of(e);
      if (fields.count("email")) email_error_ = fields.at("email");
      if (fields.count("password")) password_error_ = fields.at("password");
      if (fields.empty()) form_error_ = error_text(e);
    }
  }

  Route route_;
  std::string email_;
  std::string password_;
  bool show_password_ = false;
  std::string email_error_;
  std::string password_error_;
  std::string form_error_;
  mestore::Handle<mestore::AuthUser> login_;
  std::string login_email_;
};

}  // namespace

std::unique_ptr<Screen> make_login_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<LoginScreen>(ctx);
}

}  // namespace ui
