// Vendor orders (#/vendor/orders?status=&page=): the orders with this vendor's lines — only
// theirs, never another vendor's or the buyer's contact — newest first. Each line of a paid
// order moves one step at a time: pending → preparing → ready to ship; when every line of an
// order is ready the server moves the order to processing.
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
#include "order_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPageSize = 10;

// The filters offered: the orders a vendor works on, then all.
constexpr const char* kFilters[] = {"", "confirmed", "processing", "shipped", "delivered", "cancelled"};

const char* fulfilment_text(const std::string& status) {
  const std::string key = "vp.fulfil." + status;
  const char* t = tr(key.c_str());
  return key == t ? tr("order.status.unknown") : t;
}

// The one step a vendor may take next on a line, or "" when it is not theirs to move.
std::string next_step(const mestore::VendorOrder& o, const mestore::OrderLine& l) {
  if (o.status != "confirmed" && o.status != "processing") return "";
  if (l.fulfilment_status == "pending") return "preparing";
  if (l.fulfilment_status == "preparing") return "ready_to_ship";
  return "";
}

class VendorOrdersScreen final : public Screen {
 public:
  explicit VendorOrdersScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    status_ = r.get("status");
    page_ = std::max(1, r.get_int("page", 1));
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, "vendor_orders");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    draw_filters(ctx);
    if (!list_ || list_->loading()) {
      loading_line(tr("vp.orders.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("vp.orders.failed"), &list_->error, "vp.orders.retry")) load(ctx);
      return;
    }
    const auto& page = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(page.pagination.total == 1 ? "vp.orders.count_one" : "vp.orders.count"),
                  static_cast<long long>(page.pagination.total));
    text_item("vp.orders.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (page.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("vp.orders.empty", f.body, color::muted, tr("vp.orders.empty"), card_inner_width());
      end_card();
      return;
    }
    for (const auto& o : page.items) {
      draw_order(ctx, o, width);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
    }
    if (const int asked = page_arrows("vp.orders.page", page.pagination))
      ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  void load(ScreenContext& ctx) { list_ = ctx.api.vendor_orders(page_, kPageSize, status_); }

  void draw_filters(ScreenContext& ctx) {
    bool first = true;
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (const char* s : kFilters) {
      const std::string key = *s ? s : "all";
      const char* words = *s ? order_status_text(s) : tr("vp.orders.all");
      if (!first) chip_spacing(words, right, em(0.4f));
      first = false;
      if (chip(words, "vp.orders.filter." + key, status_ == s, "radio") && status_ != s)
        ctx.nav.replace(ctx.state.route.with("status", s).with("page", ""));
    }
    ImGui::Dummy(ImVec2(0, em(0.6f)));
  }

  void draw_order(ScreenContext& ctx, const mestore::VendorOrder& o, float width) {
    const Fonts& f = ctx.theme.fonts();
    const std::string id = "vp.order." + o.order_number;
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text_item(id, f.strong, color::text, o.order_number, inner);
    ImGui::SameLine(0, em(0.8f));
    status_chip(id + ".status", o.status);
    text(f.small, color::muted,
         mestore::format_datetime(o.created_at, current_locale()) + "  ·  " + o.shipping_city + "  ·  " +
             payment_status_text(o.payment_status));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    for (const auto& l : o.items) draw_line(ctx, o, l, id + ".item." + l.sku, inner);
    hairline(inner);
    const std::string total = std::string(tr("vp.orders.your_total")) + "  " + price_text(o.vendor_subtotal);
    text_item(id + ".subtotal", f.strong, color::text, total, inner);
    end_card();
  }

  // One line: what and how many on the left, its fulfilment state, and the next step's button on
  // the right (under it on a phone).
  void draw_line(ScreenContext& ctx, const mestore::VendorOrder& o, const mestore::OrderLine& l, const std::string& id, float inner) {
    const Fonts& f = ctx.theme.fonts();
    const bool compact = inner < ctx.theme.px(560);
    const float button_w = compact ? inner : ctx.theme.px(220);
    const std::string step = next_step(o, l);
    const float left_w = compact || step.empty() ? inner : inner - button_w - em(1);
    const float start_x = ImGui::GetCursorPosX();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + left_w);
    text(f.body, color::text, std::to_string(l.quantity) + " × " + l.name, true);
    ImGui::PopTextWrapPos();
    text(f.small, color::muted, "SKU " + l.sku + "  ·  " + price_text(l.line_total));
    text_item(id + ".fulfilment", f.small, l.fulfilment_status == "ready_to_ship" ? color::success : color::brand_dark,
              fulfilment_text(l.fulfilment_status), left_w);
    automation::set_value(l.fulfilment_status);
    ImGui::EndGroup();
    Move& m = moves_[l.id];
    if (!step.empty()) {
      if (!compact) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(start_x + inner - button_w);
      }
      const bool busy = m.request && m.request->loading();
      const char* words = step == "preparing" ? "vp.orders.mark_preparing" : "vp.orders.mark_ready";
      if (form_button(ctx, label(words, id + ".next"), !busy, button_w)) {
        m.error.clear();
        m.request = ctx.api.set_fulfilment(o.order_id, l.id, step);
      }
    }
    if (!m.error.empty()) notice_item(id + ".error", icon::warning, m.error, color::danger, color::danger_soft, inner);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
  }

  void finish(ScreenContext& ctx) {
    for (auto& [item_id, m] : moves_) {
      auto r = take_settled(m.request);
      if (!r) continue;
      if (r->failed()) {
        m.error = error_text(r->error);
        continue;
      }
      m.error.clear();
      // Put the server's answer in place of the order shown: the new line status, and the order's.
      if (list_ && list_->done())
        for (auto& o : list_->value.items)
          if (o.order_id == r->value.order_id) o = r->value;
      char msg[160];
      std::snprintf(msg, sizeof msg, tr("vp.orders.moved"), r->value.order_number.c_str());
      push_toast(ctx.state, ctx.platform.now(), "success", msg);
    }
  }

  struct Move {
    mestore::Handle<mestore::VendorOrder> request;
    std::string error;
  };

  std::string status_;
  int page_ = 1;
  mestore::Handle<mestore::Page<mestore::VendorOrder>> list_;
  std::map<std::string, Move> moves_;
};

}  // namespace

std::unique_ptr<Screen> make_vendor_orders_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<VendorOrdersScreen>(ctx);
}

}  // namespace ui
