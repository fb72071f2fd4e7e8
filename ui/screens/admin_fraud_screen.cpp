// Fraud review queue (#/admin/fraud): the open alerts (the scorer failed and payments were held,
// fail-secure) and the payments waiting for a person, each with its score, level, the reasons
// that added up to it and the order and buyer it belongs to. Approving charges the payment and
// confirms the order; rejecting (with a reason) voids it and gives the stock back.
#include <cstdio>
#include <map>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {
namespace {

void level_colors(const std::string& level, ImU32* fg, ImU32* bg) {
  if (level == "CRITICAL" || level == "HIGH") *fg = color::danger, *bg = color::danger_soft;
  else if (level == "MEDIUM") *fg = color::warning, *bg = color::warning_soft;
  else *fg = color::success, *bg = color::success_soft;
}

class AdminFraudScreen final : public Screen {
 public:
  explicit AdminFraudScreen(ScreenContext& ctx) { load(ctx); }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, "fraud");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    // The alerts shown stay until fresher ones arrive: a reload does not make the page jump.
    if (alerts_ && !alerts_->loading()) {
      if (alerts_->done()) shown_alerts_ = alerts_->value;
      alerts_.reset();
    }
    for (const auto& a : shown_alerts_) {
      if (a.status != "open") continue;
      const std::string when = mestore::format_datetime(a.created_at, current_locale());
      const std::string words = code_text("fraud.alert.", a.kind);
      notice_item("bo.fraud.alert." + a.id, icon::warning, when + "  ·  " + (words == a.kind ? a.message : words), color::danger,
                  color::danger_soft, width);
      ImGui::Dummy(ImVec2(0, em(0.3f)));
    }
    if (!list_ || list_->loading()) {
      loading_line(tr("bo.fraud.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("bo.fraud.failed"), &list_->error, "bo.fraud.retry")) load(ctx);
      return;
    }
    const auto& items = list_->value.items;
    char count[96];
    std::snprintf(count, sizeof count, tr(list_->value.pagination.total == 1 ? "bo.fraud.count_one" : "bo.fraud.count"), static_cast<long long>(list_->value.pagination.total));
    text_item("bo.fraud.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("bo.fraud.empty", f.body, color::muted, tr("bo.fraud.empty"), card_inner_width());
      end_card();
      return;
    }
    for (const auto& r : items) {
      draw_review(ctx, r, width);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
    }
  }

 private:
  struct Decision : ReviewState {
    std::string note;  // why an analyst approves (optional; kept in the audit log)
    mestore::Handle<mestore::FraudReview> request;
  };

  void load(ScreenContext& ctx) {
    list_ = ctx.api.fraud_reviews("pending", 1);
    alerts_ = ctx.api.fraud_alerts();
  }

  void draw_review(ScreenContext& ctx, const mestore::FraudReview& r, float width) {
    const Fonts& f = ctx.theme.fonts();
    Decision& d = decisions_[r.id];
    const std::string id = "bo.fraud." + r.order_number;
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text_item(id + ".order", f.strong, color::text, r.order_number, inner);
    text(f.small, color::muted, r.buyer_email + "  ·  " + r.method + "  ·  " + mestore::format_datetime(r.created_at, current_locale()));
    text(f.price, color::text, price_text(r.amount));
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    ImU32 fg, bg;
    level_colors(r.level, &fg, &bg);
    char score[96];
    std::snprintf(score, sizeof score, tr("bo.fraud.score"), r.score, code_text("fraud.level.", r.level).c_str());
    const ImVec2 ts = ImGui::CalcTextSize(score);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ts.x + em(1.2f), at.y + ts.y + em(0.5f)), bg, em(0.8f));
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + em(0.6f), at.y + em(0.25f)), fg, score);
    automation_mark(id + ".score", score, ImVec2(ts.x + em(1.2f), ts.y + em(0.5f)));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (r.fail_secure)
      notice_item(id + ".fail_secure", icon::shield, tr("bo.fraud.fail_secure"), color::warning, color::warning_soft, inner);
    for (const auto& reason : r.reasons)
      text(f.small, color::text,
           "•  " + code_text("fraud.reason.", reason.code) + "  (+" + std::to_string(reason.points) + ") · " + reason.text, true);
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    if (link_button(tr("bo.fraud.open_order"), id + ".open")) ctx.nav.go(Route::parse("/admin/order/" + r.order_id));
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    const bool busy = d.request && d.request->loading();
    if (!d.rejecting) form_field(id + ".note", {tr("bo.order.note"), tr("bo.fraud.note_hint"), 500}, d.note, "", inner);
    static const ReviewWords words{"bo.fraud.approve", "bo.fraud.reject", "bo.fraud.reason", "bo.fraud.reason_hint",
                                   "bo.fraud.confirm_reject"};
    switch (review_controls(ctx, id, d, busy, inner, words)) {
      case ReviewAction::Approve: d.request = ctx.api.approve_fraud_review(r.id, trimmed(d.note)); break;
      case ReviewAction::Reject: d.request = ctx.api.reject_fraud_review(r.id, trimmed(d.reason)); break;
      case ReviewAction::None: break;
    }
    end_card();
  }

  void finish(ScreenContext& ctx) {
    const auto outcome = [](const mestore::FraudReview& r) { return std::pair(r.review_status == "approved", r.order_number); };
    if (settle_decisions(ctx, decisions_, outcome, "bo.fraud.approved", "bo.fraud.rejected")) load(ctx);
  }

  mestore::Handle<mestore::Page<mestore::FraudReview>> list_;
  mestore::Handle<std::vector<mestore::FraudAlert>> alerts_;
  std::vector<mestore::FraudAlert> shown_alerts_;
  std::map<std::string, Decision> decisions_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_fraud_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminFraudScreen>(ctx);
}

}  // namespace ui
