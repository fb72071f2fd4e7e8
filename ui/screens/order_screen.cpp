// One order of the signed-in shopper ("#/order/ID"; "?from=checkout" right after paying): how the
// payment went (approved, held for review, an Efecty code to pay in cash), the verified receipt,
// the lines and totals, where it goes, tracking, and cancelling with a reason where allowed.
#include <cstdio>
#include <utility>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "checkout_summary.hpp"
#include "client/format.hpp"
#include "order_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class OrderScreen final : public Screen {
 public:
  OrderScreen(ScreenContext& ctx, std::string id) : id_(std::move(id)) {
    from_checkout_ = ctx.state.route.get("from") == "checkout";
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    settle(ctx);
    const Fonts& f = ctx.theme.fonts();
    if (link_button(std::string(icon::left) + "  " + tr("orders.back"), "order.back")) ctx.nav.go(Route::parse("/orders"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (order_ && order_->done()) shown_ = std::exchange(order_, nullptr)->value;
    if (!shown_) {
      if (order_ && order_->failed()) {
        if (error_box(tr("order.failed"), &order_->error, "order.retry")) load(ctx);
      } else {
        loading_line(tr("order.loading"));
      }
      return;
    }
    const mestore::Order& o = *shown_;
    if (o.payment_status == "paid" && !receipt_.started()) receipt_.start(ctx.api, o.id);

    char title[96];
    std::snprintf(title, sizeof title, tr("order.title"), o.order_number.c_str());
    ImFont* title_font = is_compact(ctx.theme) ? f.heading : f.title;
    text_item("order.number", title_font, color::text, title, ImGui::GetContentRegionAvail().x);
    status_chip("order.status", o.status);
    ImGui::SameLine();
    text(f.small, color::muted, mestore::format_datetime(o.created_at, current_locale()));
    ImGui::Dummy(ImVec2(0, em(0.5f)));

    const float avail = ImGui::GetContentRegionAvail().x;
    const bool wide = avail / ctx.theme.dpr() >= 900;
    if (wide) {
      const float gap = ctx.theme.px(24);
      const float side_w = ctx.theme.px(380);
      const float main_w = avail - side_w - gap;
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::BeginGroup();
      draw_main(ctx, o, main_w);
      ImGui::EndGroup();
      ImGui::SetCursorScreenPos(ImVec2(top.x + main_w + gap, top.y));
      ImGui::BeginGroup();
      draw_side(ctx, o, side_w);
      ImGui::EndGroup();
    } else {
      draw_main(ctx, o, avail);
      ImGui::Dummy(ImVec2(0, em(0.4f)));
      draw_side(ctx, o, avail);
    }
  }

 private:
  void load(ScreenContext& ctx) {
    order_ = ctx.api.order(id_);
    payment_ = ctx.api.payment_status(id_);
  }

  void settle(ScreenContext& ctx) {
    if (auto r = take_settled(cancelling_)) {
      if (r->done()) {
        shown_ = r->value;
        order_ = nullptr;
        push_toast(ctx.state, ctx.platform.now(), "success", tr("order.cancelled_toast"));
        cancel_open_ = false;
        payment_ = ctx.api.payment_status(id_);
      } else {
        cancel_error_ = field_errors_of(r->error).count("reason") ? field_errors_of(r->error)["reason"] : error_text(r->error);
      }
    }
  }

  // The latest payment attempt, if the status has arrived.
  const mestore::Payment* latest_payment() const {
    if (!payment_ || !payment_->done() || payment_->value.payments.empty()) return nullptr;
    return &payment_->value.payments.front();
  }

  void draw_main(ScreenContext& ctx, const mestore::Order& o, float width) {
    draw_payment_state(ctx, o, width);
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    draw_checkout_summary(ctx, nullptr, &o, inner);
    end_card();
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    draw_tracking(ctx, o, width);
  }

  void draw_payment_state(ScreenContext& ctx, const mestore::Order& o, float width) {
    const Fonts& f = ctx.theme.fonts();
    const mestore::Payment* p = latest_payment();
    if (o.payment_status == "paid") {
      if (from_checkout_) notice_item("order.paid", icon::check_circle, tr("order.paid_banner"), color::success, color::success_soft, width);
    } else if (o.payment_status == "in_review") {
      notice_item("order.in_review", icon::shield, tr("order.review_banner"), color::warning, color::warning_soft, width);
    } else if (o.payment_status == "awaiting_cash" && p && p->cash_code) {
      begin_card(width, card_pad(ctx, width));
      const float inner = card_inner_width();
      text(f.heading, color::text, std::string(icon::money) + "  " + tr("order.efecty_title"));
      ImGui::Dummy(ImVec2(0, em(0.3f)));
      text(f.body, color::muted, tr("order.efecty_code"));
      text_item("order.efecty.code", f.display, color::brand_dark, *p->cash_code, inner);
      char line[200];
      std::snprintf(line, sizeof line, tr("order.efecty_amount"), price_text(p->amount).c_str(),
                    p->cash_expires_at ? mestore::format_datetime(*p->cash_expires_at, current_locale()).c_str() : "");
      text_item("order.efecty.expires", f.body, color::text, line, inner);
      if (p->instructions) text_item("order.efecty.instructions", f.small, color::muted, *p->instructions, inner);
      end_card();
    } else if (o.status == "cancelled" && o.cancel_reason == mestore::kPaymentWindowExpired) {
      notice_item("order.expired", icon::info, tr("order.expired_banner"), color::text, color::brand_soft, width);
    } else if (o.can_pay) {
      char line[240];
      std::snprintf(line, sizeof line, tr("order.unpaid_banner"),
                    o.payment_due_at ? mestore::format_datetime(*o.payment_due_at, current_locale()).c_str() : "");
      notice_item("order.unpaid", icon::info, line, color::text, color::brand_soft, width);
      if (form_button(ctx, label("order.pay", "order.pay"), true, 0)) ctx.nav.go(Route::parse("/checkout?order=" + o.id));
    }
    ImGui::Dummy(ImVec2(0, em(0.4f)));
  }

  void draw_tracking(ScreenContext& ctx, const mestore::Order& o, float width) {
    const Fonts& f = ctx.theme.fonts();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text(f.heading, color::text, std::string(icon::truck) + "  " + tr("order.tracking_title"));
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    if (o.tracking.tracking_number) {
      text_item("order.tracking_number", f.body, color::text, std::string(tr("order.tracking_number")) + " " + *o.tracking.tracking_number, inner);
      if (!o.tracking.carrier.empty()) text(f.small, color::muted, o.tracking.carrier);
    } else if (o.status != "cancelled") {
      text(f.small, color::muted, tr("order.tracking_pending"), true);
    }
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float dot = ctx.theme.px(6);
    for (size_t i = 0; i < o.tracking.events.size(); ++i) {
      const auto& e = o.tracking.events[i];
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const bool last = i + 1 == o.tracking.events.size();
      ImU32 fg, bg;
      order_status_colors(e.status, &fg, &bg);
      automation_mark("order.event." + std::to_string(i), order_status_text(e.status), ImVec2(dot * 2, dot * 2));
      dl->AddCircleFilled(ImVec2(p.x + dot, p.y + em(0.55f)), dot, last ? fg : color::border, 16);
      ImGui::SetCursorScreenPos(ImVec2(p.x + dot * 2 + em(0.7f), p.y));
      ImGui::BeginGroup();
      text(last ? f.strong : f.body, color::text, order_status_text(e.status));
      text(f.small, color::muted, mestore::format_datetime(e.at, current_locale()) + (e.note.empty() ? "" : " · " + tracking_note_text(e.note)),
           true);
      ImGui::EndGroup();
      const float bottom = ImGui::GetItemRectMax().y;
      if (!last) dl->AddLine(ImVec2(p.x + dot, p.y + em(0.55f) + dot), ImVec2(p.x + dot, bottom + em(0.5f)), color::border, ctx.theme.px(2));
      ImGui::SetCursorScreenPos(ImVec2(p.x, bottom + em(0.4f)));
    }
    ImGui::Dummy(ImVec2(inner, 0));
    end_card();
  }

  void draw_side(ScreenContext& ctx, const mestore::Order& o, float width) {
    const Fonts& f = ctx.theme.fonts();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    if (o.payment_status == "paid") {
      receipt_.draw(ctx, inner);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
    }
    text(f.strong, color::text, tr("order.ship_to"));
    const auto& a = o.shipping_address;
    text_item("order.address", f.body, color::muted, a.name + "\n" + a.phone + "\n" + a.address + "\n" + a.city + ", " + a.state, inner);
    if (const mestore::Payment* p = latest_payment()) {
      ImGui::Dummy(ImVec2(0, em(0.5f)));
      text(f.strong, color::text, tr("order.payment"));
      std::string how = p->method == "CARD" && p->card_brand ? *p->card_brand + " •••• " + p->last_four.value_or("")
                        : p->method == "PSE" && p->bank_name ? "PSE · " + *p->bank_name
                                                             : std::string(p->method == "EFECTY" ? "Efecty" : p->method);
      text(f.body, color::muted, how);
    }
    if (o.can_cancel) draw_cancel(ctx, o, inner);
    end_card();
  }

  void draw_cancel(ScreenContext& ctx, const mestore::Order& o, float inner) {
    ImGui::Dummy(ImVec2(0, em(0.8f)));
    const bool busy = cancelling_ && cancelling_->loading();
    if (!cancel_open_) {
      if (form_button(ctx, label("order.cancel", "order.cancel"), true, inner, false)) cancel_open_ = true;
      return;
    }
    form_field("order.cancel_reason", {tr("order.cancel_reason"), tr("order.cancel_reason_hint"), 500}, reason_, cancel_error_, inner);
    if (form_button(ctx, label(busy ? "order.cancelling" : "order.cancel_confirm", "order.cancel_confirm"), !busy, inner)) {
      const std::string r = trimmed(reason_);
      if (r.size() < 3) cancel_error_ = tr("order.cancel_reason_short");
      else {
        cancel_error_.clear();
        cancelling_ = ctx.api.cancel_order(o.id, r);
      }
    }
    if (link_button(tr("order.cancel_keep"), "order.cancel_keep")) cancel_open_ = false;
  }

  std::string id_;
  bool from_checkout_ = false;
  mestore::Handle<mestore::Order> order_;
  mestore::Handle<mestore::PaymentStatus> payment_;
  std::optional<mestore::Order> shown_;
  ReceiptCheck receipt_;
  bool cancel_open_ = false;
  std::string reason_, cancel_error_;
  mestore::Handle<mestore::Order> cancelling_;
};

}  // namespace

std::unique_ptr<Screen> make_order_screen(ScreenContext& ctx, const std::string& id) {
  return std::make_unique<OrderScreen>(ctx, id);
}

}  // namespace ui
