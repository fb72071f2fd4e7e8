#include "account_parts.hpp"

#include <algorithm>
#include <cstdio>

#include "../strings.hpp"
#include "../widgets/widgets.hpp"

namespace ui {
namespace {

// One detail from the server → the words for it. Known rules have their own text; anything else
// a generic "check this field" (the server's own message is English-only, for developers).
std::string detail_text(const mestore::FieldError& d) {
  const std::string& t = d.error_type;
  const bool password = d.field == "password" || d.field == "new_password";
  if (t == "missing") return tr("validate.required");
  if (password && t == "too_short") return tr("validate.password_too_short");
  if (password && t == "too_long") return tr("validate.password_too_long");
  if (t == "common_password") return tr("validate.password_common");
  if (t == "contains_email") return tr("validate.password_contains_email");
  if (t == "same_password") return tr("validate.password_same");
  if (t == "invalid_password") return tr("validate.current_password_wrong");
  if (t == "duplicate" && d.field == "email") return tr("validate.email_taken");
  if (d.field == "email" || d.field == "shipping_email") return tr("validate.email_invalid");
  if (d.field == "phone" || d.field == "shipping_phone") return tr("validate.phone_invalid");
  if (d.field == "number") return tr("validate.card_number");
  if (d.field == "cvc") return tr("validate.card_cvc");
  if (d.field == "exp_month" || d.field == "exp_year") return t == "expired" ? tr("validate.card_expired") : tr("validate.card_expiry");
  if (d.field == "document_number") return tr("validate.document_invalid");
  if (t == "too_short") return tr("validate.too_short");
  if (t == "too_long") return tr("validate.too_long");
  return tr("validate.invalid");
}

}  // namespace

float begin_form_card(ScreenContext& ctx, float max_css) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = std::min(avail, ctx.theme.px(max_css));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) / 2);
  begin_card(w, card_pad(ctx, w));
  return card_inner_width();
}

void end_form_card() { end_card(); }

float card_pad(ScreenContext& ctx, float width) { return width < ctx.theme.px(480) ? ctx.theme.px(16) : ctx.theme.px(26); }

void form_heading(ScreenContext& ctx, const char* title, const char* subtitle) {
  const Fonts& f = ctx.theme.fonts();
  text(f.title, color::text, title, true);
  if (subtitle && *subtitle) {
    ImGui::Dummy(ImVec2(0, em(0.1f)));
    text(f.body, color::muted, subtitle, true);
  }
  ImGui::Dummy(ImVec2(0, em(0.8f)));
}

bool form_button(ScreenContext& ctx, const std::string& label_and_id, bool enabled, float width, bool primary) {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(1.1f), (ctx.theme.px(44) - ImGui::GetFontSize()) / 2));
  const bool clicked = primary ? primary_button(label_and_id, enabled, width) : secondary_button(label_and_id, enabled, width);
  ImGui::PopStyleVar();
  return clicked;
}

FieldErrors field_errors_of(const mestore::ApiError& e) {
  FieldErrors out;
  for (const auto& d : e.details)
    if (!d.field.empty() && !out.count(d.field)) out[d.field] = detail_text(d);
  return out;
}

std::string error_text(const mestore::ApiError& e) {
  const std::string key = std::string(e.message_key());
  const char* t = tr(key.c_str());
  // A key without a translation comes back unchanged: say something people can read instead.
  return key == t ? tr("error.generic") : t;
}

std::string check_text(std::string_view key) { return key.empty() ? std::string() : tr(std::string(key).c_str()); }

const char* role_name(const std::string& user_type) {
  if (user_type == "BUYER") return tr("role.buyer");
  if (user_type == "VENDOR") return tr("role.vendor");
  if (user_type == "ADMIN") return tr("role.admin");
  if (user_type == "SUPERUSER") return tr("role.superuser");
  return user_type.c_str();
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string minutes_seconds(int seconds) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", std::max(0, seconds) / 60, std::max(0, seconds) % 60);
  return buf;
}

}  // namespace ui
