// Change password: current, new (with the policy as a live checklist) and its confirmation. The
// server ends every other session on success; this one goes on.
#include <cstdio>

#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_cards.hpp"

namespace ui {

bool PasswordCard::check(const std::string& email) {
  errors_.clear();
  form_error_.clear();
  done_.clear();
  if (current_.empty()) errors_["current_password"] = tr("validate.required");
  if (auto v = mestore::validate_password(next_, email); !v.ok()) errors_["new_password"] = check_text(v.key);
  else if (next_ == current_) errors_["new_password"] = tr("validate.password_same");
  if (confirm_ != next_) errors_["confirm"] = tr("validate.password_mismatch");
  return errors_.empty();
}

bool PasswordCard::draw(ScreenContext& ctx, float width) {
  bool changed = false;
  if (auto r = take_settled(change_)) {
    if (r->done()) {
      current_.clear();
      next_.clear();
      confirm_.clear();
      done_ = tr("account.password_changed");
      changed = true;
    } else {
      errors_ = field_errors_of(r->error);
      if (errors_.empty()) form_error_ = error_text(r->error);
    }
  }
  const std::string email = ctx.api.session().user() ? ctx.api.session().user()->email : std::string();
  begin_card(width, card_pad(ctx, width));
  const float inner = card_inner_width();
  text(ctx.theme.fonts().heading, color::text, std::string(icon::key) + "  " + tr("account.password_title"));
  ImGui::Dummy(ImVec2(0, em(0.5f)));
  if (!done_.empty()) notice_item("account.password.done", icon::check_circle, done_, color::success, color::success_soft, inner);
  if (!form_error_.empty())
    notice_item("account.password.error", icon::warning, form_error_, color::danger, color::danger_soft, inner);
  auto err = [&](const char* field) { return errors_.count(field) ? errors_.at(field) : std::string(); };
  const float field_w = std::min(inner, ctx.theme.px(420));
  bool submit = form_field("account.password.current", {tr("account.password_current"), "", 128, true, &show_},
                           current_, err("current_password"), field_w);
  submit |= form_field("account.password.new", {tr("account.password_new"), tr("register.password_hint"), 128, true, &show_},
                       next_, err("new_password"), field_w);
  password_checklist(mestore::password_rules(next_, email), field_w);
  ImGui::Dummy(ImVec2(0, em(0.5f)));
  submit |= form_field("account.password.confirm", {tr("register.confirm"), "", 128, true, &show_}, confirm_,
                       err("confirm"), field_w);
  const bool busy = static_cast<bool>(change_);
  submit |= form_button(ctx, label(busy ? "account.password_saving" : "account.password_submit", "account.password.submit"),
                        !busy, 0);
  if (submit && !busy && check(email)) change_ = ctx.api.change_password({current_, next_});
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  text(ctx.theme.fonts().small, color::muted, tr("account.password_note"), true);
  end_card();
  return changed;
}

}  // namespace ui
