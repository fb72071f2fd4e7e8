// Checkout (signed in only): shipping address, payment method, the order summary and one "Pagar".
//
// Paying is two requests, each with its own idempotency key (AttemptKey): POST /orders places the
// cart (prices and totals from the server, stock reserved), then POST /payments/process pays that
// order. A retry after a dropped answer resends the same body with the same key, so it can never
// place or charge twice; a changed body (another card, another method, a changed cart) is a new
// attempt with a new key. Once the order exists the checkout pays that order: a declined card
// can be replaced without ordering again. "#/checkout?order=ID" pays an unpaid order from My orders.
//
// Card details go only to the gateway's tokenization endpoint and are forgotten as soon as it
// answers; the payment itself carries the single-use token.
#include <cstdio>
#include <ctime>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "checkout_parts.hpp"
#include "checkout_summary.hpp"
#include "client/card_checks.hpp"
#include "client/validate.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr const char* kAddressKey = "mestore.shipping";  // the last address used (never card data)

class CheckoutScreen final : public Screen {
 public:
  explicit CheckoutScreen(ScreenContext& ctx) {
    methods_ = ctx.api.payment_methods();
    load_address(ctx);
    on_route(ctx, ctx.state.route);
  }

  void on_route(ScreenContext& ctx, const Route& r) override {
    const std::string id = r.get("order");
    if (!id.empty() && id != order_id_) {
      order_id_ = id;
      order_load_ = ctx.api.order(id);
    }
    if (id.empty() && !ctx.state.cart.empty()) quote_ = ctx.api.quote(ctx.state.cart.quote_request());
  }

  void draw(ScreenContext& ctx) override {
    settle(ctx);
    const Fonts& f = ctx.theme.fonts();
    text(is_compact(ctx.theme) ? f.heading : f.title, color::text, tr("checkout.title"));
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    if (order_id_.empty() && ctx.state.cart.empty()) {
      draw_nothing_to_pay(ctx);
      return;
    }
    if (order_load_ && order_load_->loading()) {
      loading_line(tr("checkout.loading_order"));
      return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool wide = avail / ctx.theme.dpr() >= 900;
    const bool editable = !busy();
    if (wide) {
      const float gap = ctx.theme.px(24);
      const float side_w = ctx.theme.px(380);
      const float main_w = avail - side_w - gap;
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::BeginGroup();
      draw_forms(ctx, main_w, editable);
      ImGui::EndGroup();
      ImGui::SetCursorScreenPos(ImVec2(top.x + main_w + gap, top.y));
      ImGui::BeginGroup();
      draw_side(ctx, side_w);
      ImGui::EndGroup();
    } else {
      draw_forms(ctx, avail, editable);
      ImGui::Dummy(ImVec2(0, em(0.4f)));
      draw_side(ctx, avail);
    }
  }

 private:
  bool busy() const { return (placing_ && placing_->loading()) || (tokenizing_ && tokenizing_->loading()) || (paying_ && paying_->loading()); }
  const mestore::Order* order() const { return order_ ? &*order_ : nullptr; }

  void draw_forms(ScreenContext& ctx, float width, bool editable) {
    if (order_) {
      draw_address_of_order(ctx, width);
    } else {
      draw_shipping_form(ctx, form_, width, editable);
    }
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    draw_payment_form(ctx, form_, methods_, width, editable);
  }

  void draw_address_of_order(ScreenContext& ctx, float width) {
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    const Fonts& f = ctx.theme.fonts();
    text(f.heading, color::text, std::string(icon::truck) + "  " + tr("checkout.shipping_title"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    const auto& a = order_->shipping_address;
    text_item("checkout.ship_to", f.body, color::text, a.name + " · " + a.phone + "\n" + a.address + ", " + a.city + ", " + a.state, inner);
    end_card();
  }

  void draw_side(ScreenContext& ctx, float width) {
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    const bool payable = draw_checkout_summary(ctx, quote_, order(), inner);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    if (!notice_.empty())
      notice_item(notice_id_, notice_glyph_, notice_, notice_fg_, notice_bg_, inner);
    if (!notice_.empty()) ImGui::Dummy(ImVec2(0, em(0.4f)));
    std::string pay = tr("checkout.pay");
    if (order_) pay += " " + price_text(order_->total);
    else if (quote_ && quote_->done()) pay += " " + price_text(quote_->value.total);
    if (busy()) pay = tr(stage_key());
    const bool can = payable && !busy() && (!order_ || order_->can_pay);
    if (form_button(ctx, std::string(icon::lock) + "  " + pay + "##checkout.pay", can, inner)) pay_clicked(ctx);
    if (busy()) {
      ImGui::Dummy(ImVec2(0, em(0.3f)));
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + inner / 2 - em(5));
      automation_mark("checkout.processing", tr(stage_key()), ImVec2(1, 1));
      loading_line(tr(stage_key()));
    }
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    text(ctx.theme.fonts().small, color::muted, std::string(icon::shield) + "  " + tr("checkout.secure_note"), true);
    if (!order_ && link_button(tr("checkout.back_to_cart"), "checkout.back")) ctx.nav.go(Route::parse("/cart"));
    end_card();
  }

  const char* stage_key() const {
    if (placing_ && placing_->loading()) return "checkout.stage_placing";
    if (tokenizing_ && tokenizing_->loading()) return "checkout.stage_card";
    return "checkout.stage_paying";
  }

  void draw_nothing_to_pay(ScreenContext& ctx) {
    const float inner = begin_form_card(ctx, 520);
    text_item("checkout.empty", ctx.theme.fonts().body, color::muted, tr("checkout.empty"), inner);
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    if (form_button(ctx, label("cart.browse", "checkout.browse"), true, 0)) ctx.nav.go(Route::parse("/catalog"));
    end_form_card();
  }

  // --- the flow ---------------------------------------------------------------------------------

  void pay_clicked(ScreenContext& ctx) {
    clear_notice();
    if (!check_checkout_form(form_)) {
      if (order_) {  // the address belongs to the order now: only payment fields count
        std::erase_if(form_.errors, [](const auto& e) { return e.first.rfind("shipping_", 0) == 0 || e.first == "notes"; });
        if (!form_.errors.empty()) return;
      } else {
        return show(icon::warning, tr("checkout.fix_fields"), color::danger, color::danger_soft, "checkout.error");
      }
    }
    save_address(ctx);
    if (order_) return start_payment(ctx);
    mestore::CreateOrderRequest rq;
    rq.items = ctx.state.cart.quote_request().items;
    rq.shipping = form_.ship;
    rq.shipping.name = trimmed(rq.shipping.name);
    rq.shipping.email = trimmed(rq.shipping.email);
    rq.shipping.phone = mestore::normalize_co_mobile(rq.shipping.phone).value_or(rq.shipping.phone);
    rq.notes = trimmed(form_.notes);
    const std::string body = mestore::json(rq).dump();
    placing_ = ctx.api.create_order(rq, order_key_.for_body(body));
  }

  void start_payment(ScreenContext& ctx) {
    if (form_.method == PayMethod::Card && token_.empty()) {
      int month = 0, year = 0;
      mestore::parse_card_expiry(form_.card_expiry, &month, &year);
      mestore::CardTokenRequest card{mestore::card_digits(form_.card_number), form_.card_cvc, month, year, trimmed(form_.card_holder)};
      tokenizing_ = ctx.api.tokenize_card(card);
      return;
    }
    mestore::PaymentRequest rq;
    rq.order_id = order_->id;
    rq.method = method_code(form_.method);
    if (form_.method == PayMethod::Card) rq.card_token = token_;
    if (form_.method == PayMethod::Pse) rq.bank_code = form_.bank_code;
    mestore::json body = rq;
    body["order_id"] = rq.order_id;
    body["method"] = rq.method;
    paying_ = ctx.api.process_payment(rq, pay_key_.for_body(body.dump()));
  }

  void settle(ScreenContext& ctx) {
    if (auto r = take_settled(order_load_)) {
      if (r->done()) order_ = r->value;
      else show(icon::warning, error_text(r->error), color::danger, color::danger_soft, "checkout.error");
    }
    if (auto r = take_settled(placing_)) {
      if (r->done()) {
        order_ = r->value;
        order_id_ = r->value.id;
        start_payment(ctx);
      } else {
        take_field_errors(form_, r->error);
        show(icon::warning, form_.errors.empty() ? error_text(r->error) : tr("checkout.fix_fields"), color::danger,
             color::danger_soft, "checkout.error");
        if (r->error.kind == mestore::ErrorKind::Http && r->error.http_status == 422 && quote_)
          quote_ = ctx.api.quote(ctx.state.cart.quote_request());  // stock or prices moved: show them
      }
    }
    if (auto r = take_settled(tokenizing_)) {
      // The number and CVC are not needed any more, whatever the answer.
      form_.card_cvc.clear();
      if (r->done()) {
        token_ = r->value.token;
        card_label_ = r->value.brand + " •••• " + r->value.last_four;
        form_.card_number.clear();
        start_payment(ctx);
      } else {
        take_field_errors(form_, r->error);
        show(icon::warning, form_.errors.empty() ? error_text(r->error) : tr("checkout.card_refused_fields"), color::danger,
             color::danger_soft, "checkout.error");
      }
    }
    if (auto r = take_settled(paying_)) {
      if (r->failed()) {
        // No answer, or an error before the gateway decided: the same attempt may be retried
        // (same token, same key); a token problem needs the card again.
        if (!r->error.field_message("card_token").empty()) {  // used, expired or unknown: type the card again
          forget_card();
          return show(icon::credit_card, tr("checkout.card_again"), color::danger, color::danger_soft, "checkout.error");
        }
        show(icon::warning, error_text(r->error), color::danger, color::danger_soft, "checkout.error");
        return;
      }
      paid(ctx, r->value);
    }
  }

  void paid(ScreenContext& ctx, const mestore::Payment& p) {
    const std::string& s = p.status;
    if (s == "APPROVED" || s == "PENDING" || s == "REVIEW") {
      ctx.state.cart.clear();
      push_toast(ctx.state, ctx.platform.now(), "success", s == "APPROVED" ? tr("checkout.toast_paid") : tr("checkout.toast_placed"));
      ctx.nav.go(Route::parse("/order/" + p.order_id + "?from=checkout"));
      return;
    }
    forget_card();
    if (s == "DECLINED") {
      pay_key_.renew();
      show(icon::credit_card, tr("checkout.declined"), color::danger, color::danger_soft, "checkout.declined");
      return;
    }
    // REJECTED by fraud screening: the order was cancelled and its stock released.
    order_.reset();
    order_id_.clear();
    order_key_.renew();
    pay_key_.renew();
    show(icon::shield, tr("checkout.rejected"), color::danger, color::danger_soft, "checkout.rejected");
  }

  void forget_card() {
    token_.clear();
    card_label_.clear();
    form_.card_number.clear();
    form_.card_cvc.clear();
  }

  void show(const char* glyph, const std::string& message, ImU32 fg, ImU32 bg, const char* id) {
    notice_ = message;
    notice_glyph_ = glyph;
    notice_fg_ = fg;
    notice_bg_ = bg;
    notice_id_ = id;
  }
  void clear_notice() { notice_.clear(); }

  // The address of the last order is offered again (the name and phone of the account first).
  void load_address(ScreenContext& ctx) {
    const std::string saved = ctx.platform.load(kAddressKey);
    auto j = mestore::json::parse(saved, nullptr, false);
    if (j.is_object()) {
      auto get = [&](const char* k) { return j.value(k, std::string()); };
      form_.ship = {get("name"), get("phone"), get("email"), get("address"), get("city"), get("state"), get("postal_code")};
    }
    if (const auto& u = ctx.api.session().user()) {
      if (form_.ship.name.empty()) form_.ship.name = u->full_name;
      if (form_.ship.phone.empty()) form_.ship.phone = u->phone;
      if (form_.ship.email.empty()) form_.ship.email = u->email;
      form_.card_holder = u->full_name;
    }
  }
  void save_address(ScreenContext& ctx) {
    const auto& s = form_.ship;
    mestore::json j = {{"name", s.name}, {"phone", s.phone}, {"email", s.email}, {"address", s.address},
                       {"city", s.city}, {"state", s.state}, {"postal_code", s.postal_code}};
    ctx.platform.save(kAddressKey, j.dump());
  }

  CheckoutForm form_;
  mestore::Handle<mestore::PaymentMethods> methods_;
  mestore::Handle<mestore::Quote> quote_;
  mestore::Handle<mestore::Order> order_load_, placing_;
  mestore::Handle<mestore::CardToken> tokenizing_;
  mestore::Handle<mestore::Payment> paying_;
  std::optional<mestore::Order> order_;
  std::string order_id_;
  std::string token_, card_label_;
  AttemptKey order_key_, pay_key_;
  std::string notice_, notice_id_;
  const char* notice_glyph_ = icon::info;
  ImU32 notice_fg_ = color::text, notice_bg_ = color::brand_soft;
};

}  // namespace

std::unique_ptr<Screen> make_checkout_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<CheckoutScreen>(ctx);
}

}  // namespace ui
