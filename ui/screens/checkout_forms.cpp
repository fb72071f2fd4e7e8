// Checkout forms: the shipping address and the payment method (card, PSE bank, Efecty cash).
// Each field shows its own error under it; the checks here mirror the server's and the gateway's.
#include <ctime>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "checkout_parts.hpp"
#include "client/card_checks.hpp"
#include "client/validate.hpp"

namespace ui {
namespace {

std::string error_of(const CheckoutForm& form, const char* field) {
  auto it = form.errors.find(field);
  return it == form.errors.end() ? std::string() : it->second;
}

void section_title(ScreenContext& ctx, const char* glyph, const char* key) {
  text(ctx.theme.fonts().heading, color::text, std::string(glyph) + "  " + tr(key));
  ImGui::Dummy(ImVec2(0, em(0.4f)));
}

// Two fields side by side on wide cards, stacked on phones.
template <class A, class B>
void pair_row(float inner, A first, B second) {
  if (inner < em(26)) {
    first(inner);
    second(inner);
    return;
  }
  const float gap = em(1);
  const float w = (inner - gap) / 2;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  first(w);
  ImGui::EndGroup();
  const float left_bottom = ImGui::GetItemRectMax().y;
  ImGui::SetCursorScreenPos(ImVec2(start.x + w + gap, start.y));
  ImGui::BeginGroup();
  second(w);
  ImGui::EndGroup();
  const float bottom = std::max(left_bottom, ImGui::GetItemRectMax().y);
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(inner, 0));
}

bool method_tab(ScreenContext& ctx, const char* glyph, const char* key, const std::string& id, bool selected, float w,
                bool enabled) {
  const float h = ctx.theme.px(64);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::BeginDisabled(!enabled);
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(w, h));
  ImGui::EndDisabled();
  automation::tag(id, tr(key), "radio");
  automation::set_checked(selected);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = ctx.theme.px(10);
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), selected ? color::brand_soft : hovered ? color::rgb(0xF8FAFC) : color::surface, r);
  dl->AddRect(p, ImVec2(p.x + w, p.y + h), selected ? color::brand : color::border, r, 0, selected ? ctx.theme.px(2) : ctx.theme.px(1));
  const Fonts& f = ctx.theme.fonts();
  const ImVec2 gs = f.heading->CalcTextSizeA(f.heading->FontSize, FLT_MAX, 0, glyph);
  const ImVec2 ts = f.strong->CalcTextSizeA(f.strong->FontSize, FLT_MAX, 0, tr(key));
  const float total_h = gs.y + ts.y;
  dl->AddText(f.heading, f.heading->FontSize, ImVec2(std::floor(p.x + (w - gs.x) / 2), std::floor(p.y + (h - total_h) / 2)),
              selected ? color::brand : color::muted, glyph);
  const ImVec4 clip(p.x + 4, p.y, p.x + w - 4, p.y + h);
  dl->AddText(f.strong, f.strong->FontSize, ImVec2(std::floor(p.x + std::max(4.0f, (w - ts.x) / 2)), std::floor(p.y + (h - total_h) / 2 + gs.y)),
              selected ? color::brand_dark : color::text, tr(key), nullptr, 0, &clip);
  focus_ring(p, ImVec2(p.x + w, p.y + h), r);
  return clicked && enabled;
}

void draw_card_fields(ScreenContext& ctx, CheckoutForm& form, float inner) {
  const std::string brand = mestore::card_brand(form.card_number);
  FieldSpec number{tr("checkout.card_number"), "4242 4242 4242 4242", 23};
  form_field("checkout.card.number", number, form.card_number, error_of(form, "card_number"), inner);
  if (!brand.empty()) text(ctx.theme.fonts().small, color::muted, std::string(icon::credit_card) + "  " + brand);
  form_field("checkout.card.holder", {tr("checkout.card_holder"), tr("checkout.card_holder_hint"), 80}, form.card_holder,
             error_of(form, "card_holder"), inner);
  pair_row(inner,
           [&](float w) {
             form_field("checkout.card.expiry", {tr("checkout.card_expiry"), tr("checkout.card_expiry_hint"), 7},
                        form.card_expiry, error_of(form, "card_expiry"), w);
           },
           [&](float w) {
             FieldSpec cvc{tr("checkout.card_cvc"), brand == "AMEX" ? "1234" : "123", 4, true, nullptr};
             form_field("checkout.card.cvc", cvc, form.card_cvc, error_of(form, "card_cvc"), w);
           });
  text_item("checkout.card.sandbox", ctx.theme.fonts().small, color::muted, tr("checkout.card_sandbox"), inner);
}

void draw_pse_fields(ScreenContext& ctx, CheckoutForm& form, const mestore::Handle<mestore::PaymentMethods>& methods,
                     float inner) {
  if (!methods || methods->loading()) {
    loading_line(tr("checkout.pse_loading"));
    return;
  }
  if (methods->failed()) {
    error_box(tr("checkout.pse_failed"), &methods->error, "", inner);
    return;
  }
  std::vector<Choice> banks;
  int current = -1;
  for (const auto& b : methods->value.pse_banks) {
    if (b.code == form.bank_code) current = static_cast<int>(banks.size());
    banks.push_back({b.code, b.name});
  }
  field_caption(tr("checkout.pse_bank"));
  const std::string shown = current >= 0 ? banks[static_cast<size_t>(current)].label : tr("checkout.pse_choose");
  const int chosen = choice_menu("checkout.pse.bank", shown, banks, current, inner, ctx.theme.px(44));
  if (chosen >= 0) {
    form.bank_code = banks[static_cast<size_t>(chosen)].key;
    form.errors.erase("bank_code");
  }
  const std::string err = error_of(form, "bank_code");
  if (!err.empty()) text_item("checkout.pse.bank.error", ctx.theme.fonts().small, color::danger, err, inner);
  ImGui::Dummy(ImVec2(0, em(0.4f)));
  text_item("checkout.pse.note", ctx.theme.fonts().small, color::muted, tr("checkout.pse_note"), inner);
}

}  // namespace

const char* method_code(PayMethod m) {
  switch (m) {
    case PayMethod::Card: return "CARD";
    case PayMethod::Pse: return "PSE";
    case PayMethod::Efecty: return "EFECTY";
  }
  return "CARD";
}

void draw_shipping_form(ScreenContext& ctx, CheckoutForm& form, float width, bool enabled) {
  begin_card(width, card_pad(ctx, width));
  const float inner = card_inner_width();
  section_title(ctx, icon::truck, "checkout.shipping_title");
  ImGui::BeginDisabled(!enabled);
  auto& s = form.ship;
  form_field("checkout.name", {tr("checkout.name"), tr("register.name_hint"), 120}, s.name, error_of(form, "shipping_name"), inner);
  pair_row(inner,
           [&](float w) {
             form_field("checkout.phone", {tr("checkout.phone"), tr("register.phone_hint"), 20}, s.phone,
                        error_of(form, "shipping_phone"), w);
           },
           [&](float w) {
             form_field("checkout.email", {tr("checkout.email"), tr("login.email_hint"), 254}, s.email,
                        error_of(form, "shipping_email"), w);
           });
  form_field("checkout.address", {tr("checkout.address"), tr("checkout.address_hint"), 200}, s.address,
             error_of(form, "shipping_address"), inner);
  pair_row(inner,
           [&](float w) {
             form_field("checkout.city", {tr("checkout.city"), tr("checkout.city_hint"), 80}, s.city,
                        error_of(form, "shipping_city"), w);
           },
           [&](float w) {
             form_field("checkout.state", {tr("checkout.state"), tr("checkout.state_hint"), 80}, s.state,
                        error_of(form, "shipping_state"), w);
           });
  pair_row(inner,
           [&](float w) {
             form_field("checkout.postal", {tr("checkout.postal"), "110111", 6}, s.postal_code,
                        error_of(form, "shipping_postal_code"), w);
           },
           [&](float w) {
             form_field("checkout.notes", {tr("checkout.notes"), tr("checkout.notes_hint"), 500}, form.notes,
                        error_of(form, "notes"), w);
           });
  ImGui::EndDisabled();
  end_card();
}

void draw_payment_form(ScreenContext& ctx, CheckoutForm& form, const mestore::Handle<mestore::PaymentMethods>& methods,
                       float width, bool enabled) {
  begin_card(width, card_pad(ctx, width));
  const float inner = card_inner_width();
  section_title(ctx, icon::lock, "checkout.payment_title");
  const float gap = ctx.theme.px(10);
  const float tab_w = (inner - 2 * gap) / 3;
  struct Tab {
    PayMethod m;
    const char* glyph;
    const char* key;
    const char* id;
  };
  const Tab tabs[] = {{PayMethod::Card, icon::credit_card, "checkout.method_card", "checkout.method.card"},
                      {PayMethod::Pse, icon::building, "checkout.method_pse", "checkout.method.pse"},
                      {PayMethod::Efecty, icon::money, "checkout.method_efecty", "checkout.method.efecty"}};
  for (int i = 0; i < 3; ++i) {
    if (i) ImGui::SameLine(0, gap);
    if (method_tab(ctx, tabs[i].glyph, tabs[i].key, tabs[i].id, form.method == tabs[i].m, tab_w, enabled)) {
      form.method = tabs[i].m;
      form.errors.clear();
    }
  }
  ImGui::Dummy(ImVec2(0, em(0.6f)));
  ImGui::BeginDisabled(!enabled);
  switch (form.method) {
    case PayMethod::Card: draw_card_fields(ctx, form, inner); break;
    case PayMethod::Pse: draw_pse_fields(ctx, form, methods, inner); break;
    case PayMethod::Efecty:
      notice_item("checkout.efecty.note", icon::info, tr("checkout.efecty_note"), color::text, color::brand_soft, inner);
      break;
  }
  ImGui::EndDisabled();
  end_card();
}

bool check_checkout_form(CheckoutForm& form) {
  form.errors.clear();
  auto put = [&](const char* field, mestore::Validity v) {
    if (!v.ok()) form.errors[field] = check_text(v.key);
  };
  auto& s = form.ship;
  put("shipping_name", mestore::validate_person_name(trimmed(s.name)));
  put("shipping_phone", mestore::validate_co_mobile(s.phone));
  if (!trimmed(s.email).empty()) put("shipping_email", mestore::validate_email(trimmed(s.email)));
  put("shipping_address", mestore::validate_address(trimmed(s.address)));
  put("shipping_city", mestore::validate_city(trimmed(s.city)));
  put("shipping_state", mestore::validate_city(trimmed(s.state)));
  const std::string postal = trimmed(s.postal_code);
  if (!postal.empty() && (postal.size() != 6 || postal.find_first_not_of("0123456789") != std::string::npos))
    form.errors["shipping_postal_code"] = tr("validate.postal_code");
  if (form.method == PayMethod::Card) {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    put("card_number", mestore::validate_card_number(form.card_number));
    put("card_holder", mestore::validate_person_name(trimmed(form.card_holder)));
    put("card_expiry", mestore::validate_card_expiry(form.card_expiry, utc.tm_year + 1900, utc.tm_mon + 1));
    put("card_cvc", mestore::validate_card_cvc(form.card_cvc, mestore::card_brand(form.card_number)));
  }
  if (form.method == PayMethod::Pse && form.bank_code.empty()) form.errors["bank_code"] = tr("checkout.pse_choose_error");
  return form.errors.empty();
}

void take_field_errors(CheckoutForm& form, const mestore::ApiError& e) {
  FieldErrors server = field_errors_of(e);
  for (auto& [field, message] : server) {
    std::string name = field;
    // The gateway names card fields as its API does; the form shows them under its own fields.
    if (field == "number") name = "card_number";
    else if (field == "cvc") name = "card_cvc";
    else if (field == "exp_month" || field == "exp_year") name = "card_expiry";
    else if (field == "card_holder") name = "card_holder";
    form.errors[name] = message;
  }
}

}  // namespace ui
