// One order as the back office sees it (#/admin/order/ID): status and payment, buyer, lines and
// totals, payments, every status change with who made it, and the moves an admin may make now —
// only those the server lists in allowed_next (the server checks again when one is made).
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "checkout_summary.hpp"
#include "client/format.hpp"
#include "order_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class AdminOrderScreen final : public Screen {
 public:
  AdminOrderScreen(ScreenContext& ctx, std::string id) : id_(std::move(id)) { load(ctx); }

  void draw(ScreenContext& ctx) override {
    finish_move(ctx);
    backoffice_header(ctx, "orders");
    if (link_button(std::string(icon::left) + "  " + tr("bo.order.back"), "bo.order.back")) ctx.nav.go(Route::parse("/admin/orders"));
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (!detail_ || detail_->loading()) {
      loading_line(tr("bo.order.loading"));
      return;
    }
    if (detail_->failed()) {
      const char* what = detail_->error.http_status == 404 ? tr("bo.order.not_found") : tr("bo.order.failed");
      if (error_box(what, &detail_->error, "bo.order.retry")) load(ctx);
      return;
    }
    const mestore::AdminOrderDetail& d = detail_->value;
    const float width = backoffice_width(ctx);
    const float gap = em(0.8f);
    const bool two = width >= ctx.theme.px(860);
    const float side_w = two ? std::max(ctx.theme.px(300), width * 0.34f) : width;
    const float main_w = two ? width - side_w - gap : width;
    draw_title(ctx, d);
    ImGui::BeginGroup();
    draw_lines(ctx, d, main_w);
    ImGui::Dummy(ImVec2(0, gap));
    draw_history(ctx, d, main_w);
    ImGui::EndGroup();
    if (two) ImGui::SameLine(0, gap);
    else ImGui::Dummy(ImVec2(0, gap));
    ImGui::BeginGroup();
    draw_moves(ctx, d, side_w);
    ImGui::Dummy(ImVec2(0, gap));
    draw_buyer(ctx, d, side_w);
    ImGui::EndGroup();
  }

 private:
  void load(ScreenContext& ctx) { detail_ = ctx.api.admin_order(id_); }

  void draw_title(ScreenContext& ctx, const mestore::AdminOrderDetail& d) {
    const Fonts& f = ctx.theme.fonts();
    text_item("bo.order.number", is_compact(ctx.theme) ? f.heading : f.title, color::text, d.order.order_number, backoffice_width(ctx));
    text(f.small, color::muted, mestore::format_datetime(d.order.created_at, current_locale()) + "  ·  " + tr("order.payment") + ": " +
                                    payment_status_text(d.order.payment_status));
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    status_chip("bo.order.status", d.order.status);
    ImGui::Dummy(ImVec2(0, em(0.6f)));
  }

  void draw_lines(ScreenContext& ctx, const mestore::AdminOrderDetail& d, float width) {
    begin_card(width, card_pad(ctx, width));
    draw_checkout_summary(ctx, nullptr, &d.order, card_inner_width());
    end_card();
  }

  void draw_history(ScreenContext& ctx, const mestore::AdminOrderDetail& d, float width) {
    const Fonts& f = ctx.theme.fonts();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text(f.heading, color::text, std::string(icon::clock) + "  " + tr("bo.order.history"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    for (std::size_t i = 0; i < d.events.size(); ++i) {
      const auto& e = d.events[i];
      const std::string from = e.from_status ? std::string(order_status_text(*e.from_status)) + " » " : "";
      text_item("bo.order.event." + std::to_string(i), f.strong, color::text, from + order_status_text(e.to_status), inner);
      std::string line = mestore::format_datetime(e.at, current_locale());
      if (!e.actor_id.empty()) line += "  ·  " + std::string(e.actor_id == d.buyer.id ? tr("bo.order.by_buyer") : tr("bo.order.by_staff"));
      if (!e.note.empty()) line += "  ·  " + tracking_note_text(e.note);
      text(f.small, color::muted, line, true);
      ImGui::Dummy(ImVec2(0, em(0.3f)));
    }
    if (!d.payments.empty()) {
      ImGui::Dummy(ImVec2(0, em(0.3f)));
      text(f.heading, color::text, std::string(icon::credit_card) + "  " + tr("bo.order.payments"));
      ImGui::Dummy(ImVec2(0, em(0.2f)));
      for (std::size_t i = 0; i < d.payments.size(); ++i) {
        const auto& p = d.payments[i];
        std::string how = p.method;
        if (p.card_brand) how += " · " + *p.card_brand + " •••• " + p.last_four.value_or("");
        if (p.bank_name) how += " · " + *p.bank_name;
        text_item("bo.order.payment." + std::to_string(i), f.body, color::text, how + "  ·  " + p.status + "  ·  " + price_text(p.amount), inner);
        if (p.decline_reason) text(f.small, color::muted, *p.decline_reason, true);
      }
    }
    end_card();
  }

  // The moves the server allows now, one button each; a note is optional.
  void draw_moves(ScreenContext& ctx, const mestore::AdminOrderDetail& d, float width) {
    const Fonts& f = ctx.theme.fonts();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text(f.heading, color::text, tr("bo.order.change_status"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (!move_error_.empty()) notice_item("bo.order.move_error", icon::warning, move_error_, color::danger, color::danger_soft, inner);
    if (d.allowed_next.empty()) {
      text_item("bo.order.final", f.body, color::muted, tr("bo.order.no_moves"), inner);
      end_card();
      return;
    }
    form_field("bo.order.note", {tr("bo.order.note"), tr("bo.order.note_hint"), 500}, note_, "", inner);
    const bool busy = move_ && move_->loading();
    for (const auto& next : d.allowed_next) {
      char words[160];
      std::snprintf(words, sizeof words, tr("bo.order.move_to"), order_status_text(next));
      const bool danger = next == "cancelled" || next == "refunded";
      if (form_button(ctx, std::string(words) + "##bo.order.move." + next, !busy, inner, !danger)) {
        move_error_.clear();
        move_ = ctx.api.set_order_status(id_, {next, trimmed(note_)});
      }
      ImGui::Dummy(ImVec2(0, em(0.2f)));
    }
    end_card();
  }

  void draw_buyer(ScreenContext& ctx, const mestore::AdminOrderDetail& d, float width) {
    const Fonts& f = ctx.theme.fonts();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text(f.strong, color::text, tr("bo.order.buyer"));
    text_item("bo.order.buyer_contact", f.body, color::muted,
              d.buyer.full_name + "\n" + d.buyer.email + (d.buyer.phone.empty() ? "" : "\n" + d.buyer.phone), inner);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    text(f.strong, color::text, tr("order.ship_to"));
    const auto& a = d.order.shipping_address;
    text(f.body, color::muted, a.name + "\n" + a.phone + "\n" + a.address + "\n" + a.city + ", " + a.state, true);
    end_card();
  }

  void finish_move(ScreenContext& ctx) {
    auto r = take_settled(move_);
    if (!r) return;
    if (r->done()) {
      note_.clear();
      if (detail_ && detail_->done()) detail_->value = r->value;
      char msg[160];
      std::snprintf(msg, sizeof msg, tr("bo.order.moved"), order_status_text(r->value.order.status));
      push_toast(ctx.state, ctx.platform.now(), "success", msg);
    } else {
      move_error_ = error_text(r->error);
      load(ctx);  // someone else may have moved it: show what it is now
    }
  }

  std::string id_;
  mestore::Handle<mestore::AdminOrderDetail> detail_;
  mestore::Handle<mestore::AdminOrderDetail> move_;
  std::string note_;
  std::string move_error_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_order_screen(ScreenContext& ctx, const std::string& id) {
  return std::make_unique<AdminOrderScreen>(ctx, id);
}

}  // namespace ui
