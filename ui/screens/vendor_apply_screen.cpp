// Apply to sell: the person (name, email, mobile, password) and the business (name, city, NIT or
// cédula, kind, a short description). The application creates a VENDOR account that waits for
// an administrator's approval; the screen then says so and what happens next.
#include <cmath>
#include <cstdio>

#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class VendorApplyScreen final : public Screen {
 public:
  void draw(ScreenContext& ctx) override {
    finish();
    if (done_) return draw_done(ctx);
    const float inner = begin_form_card(ctx, 560);
    form_heading(ctx, tr("vendor.title"), tr("vendor.subtitle"));
    if (!form_error_.empty()) notice_item("vendor.error", icon::warning, form_error_, color::danger, color::danger_soft, inner);

    auto err = [&](const char* field) { return errors_.count(field) ? errors_.at(field) : std::string(); };
    section(ctx, tr("vendor.you"));
    bool submit = form_field("vendor.name", {tr("register.name"), tr("register.name_hint"), 100}, name_, err("full_name"), inner);
    submit |= form_field("vendor.email", {tr("register.email"), tr("login.email_hint"), 254}, email_, err("email"), inner);
    submit |= form_field("vendor.phone", {tr("vendor.phone"), tr("register.phone_hint"), 20}, phone_, err("phone"), inner);
    FieldSpec pw{tr("register.password"), tr("register.password_hint"), 128, true, &show_password_};
    submit |= form_field("vendor.password", pw, password_, err("password"), inner);
    password_checklist(mestore::password_rules(password_, email_), inner);

    ImGui::Dummy(ImVec2(0, em(0.6f)));
    section(ctx, tr("vendor.business_section"));
    submit |= form_field("vendor.business", {tr("vendor.business"), tr("vendor.business_hint"), 120}, business_,
                         err("business_name"), inner);
    submit |= form_field("vendor.city", {tr("vendor.city"), tr("vendor.city_hint"), 80}, city_, err("city"), inner);
    submit |= form_field("vendor.document", {tr("vendor.document"), tr("vendor.document_hint"), 12}, document_,
                         err("document_number"), inner);
    field_caption(tr("vendor.type"));
    if (chip(tr("vendor.type.persona_natural"), "vendor.type.persona_natural", type_ == "persona_natural", "radio"))
      type_ = "persona_natural";
    ImGui::SameLine();
    if (chip(tr("vendor.type.empresa"), "vendor.type.empresa", type_ == "empresa", "radio")) type_ = "empresa";
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    form_field("vendor.description", {tr("vendor.description"), tr("vendor.description_hint"), 1000, false, nullptr, true},
               description_, err("description"), inner);

    ImGui::Dummy(ImVec2(0, em(0.3f)));
    const bool busy = static_cast<bool>(apply_);
    submit |= form_button(ctx, label(busy ? "vendor.sending" : "vendor.submit", "vendor.submit"), !busy, inner);
    if (submit && !busy && check()) start(ctx);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    text(ctx.theme.fonts().small, color::muted, tr("vendor.review_note"), true);
    end_form_card();
  }

 private:
  void section(ScreenContext& ctx, const char* title) {
    text(ctx.theme.fonts().heading, color::text, title);
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }

  bool check() {
    errors_.clear();
    form_error_.clear();
    auto put = [&](const char* field, mestore::Validity v) {
      if (!v.ok()) errors_[field] = check_text(v.key);
    };
    put("full_name", mestore::validate_person_name(name_));
    put("email", mestore::validate_email(trimmed(email_)));
    put("phone", mestore::validate_co_mobile(phone_));
    put("password", mestore::validate_password(password_, email_));
    // A business name may hold digits ("Tienda 93"), so not the person-name rule.
    const size_t business_chars = mestore::utf8_length(trimmed(business_));
    if (business_chars == 0) errors_["business_name"] = tr("validate.required");
    else if (business_chars < 2) errors_["business_name"] = tr("validate.too_short");
    put("city", mestore::validate_city(city_));
    if (trimmed(document_).empty()) errors_["document_number"] = tr("validate.required");
    return errors_.empty();
  }

  void start(ScreenContext& ctx) {
    mestore::VendorRegisterRequest rq;
    rq.email = trimmed(email_);
    rq.password = password_;
    rq.full_name = trimmed(name_);
    rq.phone = mestore::normalize_co_mobile(phone_).value_or(phone_);
    rq.business_name = trimmed(business_);
    rq.city = trimmed(city_);
    rq.document_number = trimmed(document_);
    rq.business_type = type_;
    rq.description = trimmed(description_);
    apply_ = ctx.api.apply_as_vendor(rq);
  }

  void finish() {
    auto r = take_settled(apply_);
    if (!r) return;
    if (r->done()) {
      password_.clear();
      application_ = r->value;
      done_ = true;
      return;
    }
    errors_ = field_errors_of(r->error);
    if (errors_.empty()) form_error_ = error_text(r->error);
  }

  void draw_done(ScreenContext& ctx) {
    const Fonts& f = ctx.theme.fonts();
    const float inner = begin_form_card(ctx, 560);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = ctx.theme.px(30);
    dl->AddCircleFilled(ImVec2(p.x + r, p.y + r), r, color::success_soft, 48);
    const ImVec2 gs = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, 0, icon::check_circle);
    dl->AddText(f.title, f.title->FontSize, ImVec2(std::floor(p.x + r - gs.x / 2), std::floor(p.y + r - gs.y / 2)),
                color::success, icon::check_circle);
    ImGui::Dummy(ImVec2(inner, r * 2 + em(0.6f)));
    form_heading(ctx, tr("vendor.done_title"), nullptr);
    char buf[400];
    std::snprintf(buf, sizeof buf, tr("vendor.done_text"), application_.business_name.c_str(), application_.email.c_str());
    text_item("vendor.done", f.body, color::text, buf, inner);
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    notice_item("vendor.status", icon::clock, tr("vendor.status_pending"), color::warning, color::warning_soft, inner);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (form_button(ctx, label("vendor.keep_shopping", "vendor.keep_shopping"), true, 0)) ctx.nav.go(Route{});
    end_form_card();
  }

  std::string name_, email_, phone_, password_, business_, city_, document_, description_;
  std::string type_ = "persona_natural";
  bool show_password_ = false;
  FieldErrors errors_;
  std::string form_error_;
  mestore::Handle<mestore::VendorApplication> apply_;
  mestore::VendorApplication application_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_vendor_apply_screen(ScreenContext&, const std::string&) {
  return std::make_unique<VendorApplyScreen>();
}

}  // namespace ui
