// Product approvals (#/admin/approvals): the products vendors submitted, oldest first, each with
// its picture, price, stock and description; approve publishes it in the catalog, reject asks for
// the reason (5–500 characters) the vendor will read. A decided product leaves the queue.
#include <cstdio>
#include <map>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/image_view.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class AdminApprovalsScreen final : public Screen {
 public:
  explicit AdminApprovalsScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    page_ = std::max(1, r.get_int("page", 1));
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, "approvals");
    approvals_switch(ctx, false);
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    if (!list_ || list_->loading()) {
      loading_line(tr("bo.approvals.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("bo.approvals.failed"), &list_->error, "bo.approvals.retry")) load(ctx);
      return;
    }
    const auto& p = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(p.pagination.total == 1 ? "bo.approvals.count_one" : "bo.approvals.count"), static_cast<long long>(p.pagination.total));
    text_item("bo.approvals.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (p.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("bo.approvals.empty", f.body, color::muted, tr("bo.approvals.empty"), card_inner_width());
      end_card();
      return;
    }
    for (const auto& item : p.items) {
      draw_item(ctx, item, width);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
    }
    if (p.pagination.total_pages > 1) {
      if (secondary_button(std::string(icon::left) + "##bo.approvals.prev", p.pagination.has_prev))
        ctx.nav.replace(ctx.state.route.with("page", std::to_string(page_ - 1)));
      ImGui::SameLine();
      if (secondary_button(std::string(icon::right) + "##bo.approvals.next", p.pagination.has_next))
        ctx.nav.replace(ctx.state.route.with("page", std::to_string(page_ + 1)));
    }
  }

 private:
  struct Decision : ReviewState {
    mestore::Handle<mestore::VendorProduct> request;
  };

  void load(ScreenContext& ctx) { list_ = ctx.api.pending_products(page_, 10); }

  void draw_item(ScreenContext& ctx, const mestore::PendingProduct& p, float width) {
    const Fonts& f = ctx.theme.fonts();
    Decision& d = decisions_[p.id];
    const std::string id = "bo.approvals." + p.sku;
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    const bool compact = inner < ctx.theme.px(560);
    const float pic = compact ? ctx.theme.px(88) : ctx.theme.px(128);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    image_view(ctx.platform, p.image_url, {at, ImVec2(at.x + pic, at.y + pic), em(0.5f), ImDrawFlags_RoundCornersAll, Fit::Contain, p.category_name});
    ImGui::SetCursorScreenPos(ImVec2(at.x + pic + em(1.0f), at.y));
    ImGui::BeginGroup();
    const float text_w = inner - pic - em(1.0f);
    text_item(id + ".name", f.strong, color::text, p.name, text_w);
    text(f.small, color::muted, p.vendor_name + "  ·  " + p.category_name + "  ·  SKU " + p.sku);
    char stock[64];
    std::snprintf(stock, sizeof stock, tr("bo.approvals.stock"), p.stock_available);
    text(f.price, color::text, price_text(p.price));
    text(f.small, color::muted, std::string(stock) + "  ·  " + mestore::format_datetime(p.submitted_at, current_locale()));
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(ImGui::GetItemRectMax().y, at.y + pic) + em(0.6f)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    text(f.body, color::text, p.description, true);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    const bool busy = d.request && d.request->loading();
    switch (review_controls(ctx, id, d, busy, inner, {"bo.approvals.approve"})) {
      case ReviewAction::Approve: d.request = ctx.api.approve_product(p.id); break;
      case ReviewAction::Reject: d.request = ctx.api.reject_product(p.id, trimmed(d.reason)); break;
      case ReviewAction::None: break;
    }
    end_card();
  }

  // A decided product leaves the queue: reload the page once its answer is in.
  void finish(ScreenContext& ctx) {
    const auto outcome = [](const mestore::VendorProduct& p) { return std::pair(p.status == "APPROVED", p.name); };
    if (settle_decisions(ctx, decisions_, outcome, "bo.approvals.approved", "bo.approvals.rejected")) load(ctx);
  }

  int page_ = 1;
  mestore::Handle<mestore::Page<mestore::PendingProduct>> list_;
  std::map<std::string, Decision> decisions_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_approvals_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminApprovalsScreen>(ctx);
}

}  // namespace ui
