// Register as a buyer: name, email, optional mobile, password (with the policy as a live
// checklist) and its confirmation. The server is the authority: its 422 details land under the
// field they name (a common password, an email already registered). A new account is signed in
// at once and goes back to where the shopper was.
#include <cstdio>

#include "../return_route.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class RegisterScreen final : public Screen {
 public:
  explicit RegisterScreen(ScreenContext& ctx) : route_(ctx.state.route) {}

  void on_route(ScreenContext&, const Route& r) override { route_ = r; }

  void draw(ScreenContext& ctx) override {
    finish_register(ctx);
    finish_login(ctx);
    if (ctx.api.session().signed_in() && !login_) {
      ctx.nav.replace(return_route(route_, Route{}));
      return;
    }
    const float inner = begin_form_card(ctx, 480);
    form_heading(ctx, tr("register.title"), tr("register.subtitle"));
    if (!form_error_.empty()) notice_item("register.error", icon::warning, form_error_, color::danger, color::danger_soft, inner);

    auto err = [&](const char* field) { return errors_.count(field) ? errors_.at(field) : std::string(); };
    bool submit = form_field("register.name", {tr("register.name"), tr("register.name_hint"), 100}, name_, err("full_name"), inner);
    submit |= form_field("register.email", {tr("register.email"), tr("login.email_hint"), 254}, email_, err("email"), inner);
    submit |= form_field("register.phone", {tr("register.phone"), tr("register.phone_hint"), 20}, phone_, err("phone"), inner);
    FieldSpec pw{tr("register.password"), tr("register.password_hint"), 128, true, &show_password_};
    submit |= form_field("register.password", pw, password_, err("password"), inner);
    password_checklist(mestore::password_rules(password_, email_), inner);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    FieldSpec confirm{tr("register.confirm"), "", 128, true, &show_password_};
    submit |= form_field("register.confirm", confirm, confirm_, err("confirm"), inner);

    const bool busy = register_ || login_;
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    submit |= form_button(ctx, label(busy ? "register.creating" : "register.submit", "register.submit"), !busy, inner);
    if (submit && !busy) start(ctx);

    ImGui::Dummy(ImVec2(0, em(0.8f)));
    text(ctx.theme.fonts().body, color::muted, tr("register.have_account"));
    ImGui::SameLine();
    if (link_button(tr("register.login"), "register.login")) ctx.nav.go(sign_in_route(return_route(route_, Route{})));
    end_form_card();
  }

 private:
  // The client checks what it can first (the same rules the server applies), so most mistakes
  // show before a round trip; the server still has the last word.
  bool check() {
    errors_.clear();
    form_error_.clear();
    auto put = [&](const char* field, mestore::Validity v) {
      if (!v.ok()) errors_[field] = check_text(v.key);
    };
    put("full_name", mestore::validate_person_name(name_));
    put("email", mestore::validate_email(trimmed(email_)));
    if (!phone_.empty()) put("phone", mestore::validate_co_mobile(phone_));
    put("password", mestore::validate_password(password_, email_));
    if (confirm_ != password_) errors_["confirm"] = tr("validate.password_mismatch");
    return errors_.empty();
  }

  void start(ScreenContext& ctx) {
    if (!check()) return;
    email_ = trimmed(email_);
    mestore::RegisterRequest rq{email_, password_, trimmed(name_), phone_.empty() ? "" : mestore::normalize_co_mobile(phone_).value_or(phone_)};
    register_ = ctx.api.register_buyer(rq);
  }

  void finish_register(ScreenContext& ctx) {
    auto r = take_settled(register_);
    if (!r) return;
    if (r->failed()) {
      errors_ = field_errors_of(r->error);
      if (errors_.empty()) form_error_ = error_text(r->error);
      return;
    }
    // Registration does not sign in; doing it here saves the new shopper typing it all again.
    login_ = ctx.api.login(email_, password_);
  }

  void finish_login(ScreenContext& ctx) {
    auto r = take_settled(login_);
    if (!r) return;
    password_.clear();
    confirm_.clear();
    if (r->done()) {
      push_toast(ctx.state, ctx.platform.now(), "success", tr("register.welcome"));
      return;  // draw() sees the session and goes back
    }
    // The account exists; only the automatic sign-in failed (rate limit, network): sign in by hand.
    push_toast(ctx.state, ctx.platform.now(), "info", tr("register.created_sign_in"));
    ctx.nav.replace(sign_in_route(return_route(route_, Route{})));
  }

  Route route_;
  std::string name_, email_, phone_, password_, confirm_;
  bool show_password_ = false;
  FieldErrors errors_;
  std::string form_error_;
  mestore::Handle<mestore::User> register_;
  mestore::Handle<mestore::AuthUser> login_;
};

}  // namespace

std::unique_ptr<Screen> make_register_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<RegisterScreen>(ctx);
}

}  // namespace ui
