#include "order_parts.hpp"

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"

namespace ui {

const char* order_status_text(const std::string& status) {
  const std::string key = "order.status." + status;
  const char* t = tr(key.c_str());
  return key == t ? tr("order.status.unknown") : t;  // tr gives the key back when it has none
}

const char* payment_status_text(const std::string& payment_status) {
  const std::string key = "order.pay." + payment_status;
  const char* t = tr(key.c_str());
  return key == t ? payment_status.c_str() : t;
}

std::string tracking_note_text(const std::string& note) {
  namespace n = mestore::order_notes;
  if (note == n::kPlaced) return tr("order.note.placed");
  if (note == n::kPaymentApproved) return tr("order.note.payment_approved");
  if (note == n::kAllReadyToShip) return tr("order.note.ready_to_ship");
  if (note == n::kSetByAdmin) return tr("order.note.set_by_admin");
  if (note == mestore::kPaymentWindowExpired) return tr("order.note.payment_expired");
  const std::string prefix = n::kFraudRejectedPrefix;
  if (note.rfind(prefix, 0) == 0) return tr("order.note.fraud_rejected") + (": " + note.substr(prefix.size()));
  return note;
}

void order_status_colors(const std::string& s, ImU32* fg, ImU32* bg) {
  if (s == "delivered" || s == "confirmed") *fg = color::success, *bg = color::success_soft;
  else if (s == "cancelled" || s == "refunded") *fg = color::danger, *bg = color::danger_soft;
  else if (s == "pending") *fg = color::warning, *bg = color::warning_soft;
  else *fg = color::brand_dark, *bg = color::brand_soft;
}

void status_chip(const std::string& id, const std::string& status) {
  ImU32 fg, bg;
  order_status_colors(status, &fg, &bg);
  const char* words = order_status_text(status);
  const ImVec2 ts = ImGui::CalcTextSize(words);
  const ImVec2 pad(em(0.6f), em(0.2f));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), bg, size.y / 2);
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), fg, words);
  automation_mark(id, words, size);
  automation::set_value(status);
}

void ReceiptCheck::start(mestore::ApiClient& api, const std::string& order_id) {
  started_ = true;
  receipt_ = api.receipt(order_id);
  keys_ = api.signing_keys();
}

void ReceiptCheck::draw(ScreenContext& ctx, float width) {
  if (!started_) return;
  if (!receipt_ || receipt_->loading() || !keys_ || keys_->loading()) {
    loading_line(tr("order.receipt_checking"));
    return;
  }
  if (receipt_->failed() || keys_->failed()) {
    notice_item("order.receipt.failed", icon::warning, tr("order.receipt_unavailable"), color::warning, color::warning_soft, width);
    return;
  }
  const mestore::ReceiptVerdict v = mestore::verify_receipt(receipt_->value, keys_->value);
  if (v == mestore::ReceiptVerdict::Valid) {
    notice_item("order.receipt.verified", icon::check_circle, tr("order.receipt_verified"), color::success,
                color::success_soft, width);
    text(ctx.theme.fonts().small, color::muted, tr("order.receipt_verified_detail") + (" " + receipt_->value.key_id), true);
  } else {
    notice_item("order.receipt.failed", icon::warning, tr("order.receipt_broken"), color::danger, color::danger_soft, width);
    text(ctx.theme.fonts().small, color::muted, mestore::to_string(v), true);
  }
}

}  // namespace ui
