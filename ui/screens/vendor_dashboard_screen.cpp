// Vendor portal home (#/vendor): this month's sales, the orders waiting for the vendor to prepare
// them, what MeStore owes them and the platform's commission, and their products by status.
// Every figure is the server's (GET /vendors/me/dashboard and /commissions/summary).
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/charts.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {

namespace {

class VendorDashboardScreen final : public Screen {
 public:
  explicit VendorDashboardScreen(ScreenContext& ctx) { load(ctx); }

  void draw(ScreenContext& ctx) override {
    backoffice_header(ctx, "vendor");
    if (!dash_ || dash_->loading() || !earnings_ || earnings_->loading()) {
      loading_line(tr("vp.dash.loading"));
      return;
    }
    if (dash_->failed() || earnings_->failed()) {
      if (error_box(tr("vp.dash.failed"), dash_->failed() ? &dash_->error : &earnings_->error, "vp.dash.retry")) load(ctx);
      return;
    }
    const mestore::VendorDashboard& d = dash_->value;
    const mestore::EarningsSummary& e = earnings_->value;
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    const float gap = em(0.8f);
    if (d.orders_to_prepare > 0) {
      char msg[160];
      std::snprintf(msg, sizeof msg, tr(d.orders_to_prepare == 1 ? "vp.dash.to_prepare_one" : "vp.dash.to_prepare"),
                    static_cast<long long>(d.orders_to_prepare));
      notice_item("vp.dash.to_prepare", icon::truck, msg, color::brand_dark, color::brand_soft, width);
      if (link_button(tr("vp.dash.open_orders"), "vp.dash.open_orders")) ctx.nav.go(Route::parse("/vendor/orders"));
      ImGui::Dummy(ImVec2(0, gap * 0.5f));
    }
    const std::string month = month_name(d.month);
    char orders_note[96];
    std::snprintf(orders_note, sizeof orders_note, tr("vp.dash.orders_in_month"), static_cast<long long>(d.orders_this_month));
    KpiGrid kpis(ctx.theme, width, 4);
    kpis.add("vp.kpi.sales", icon::money, tr("vp.dash.sales"), price_text(d.sales_this_month), std::nullopt,
             month + " · " + orders_note);
    kpis.add("vp.kpi.to_prepare", icon::truck, tr("vp.dash.to_prepare_caption"), std::to_string(d.orders_to_prepare),
             std::nullopt, tr("dash.now"));
    kpis.add("vp.kpi.earnings_due", icon::bag, tr("vp.dash.earnings_due"), price_text(d.earnings_due), std::nullopt,
             tr("vp.dash.earnings_due_note"));
    kpis.add("vp.kpi.commission_due", icon::percent, tr("vp.dash.commission_due"), price_text(d.commission_due),
             std::nullopt, tr("vp.dash.commission_due_note"));
    kpis.end();

    const bool two = width >= ctx.theme.px(720);
    const float half = two ? (width - gap) / 2 : width;
    ImGui::BeginGroup();
    begin_card(half, em(1.0f));
    text(f.strong, color::text, tr("vp.dash.products"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    std::vector<ChartPoint> statuses;
    for (const auto& s : d.products_by_status)
      statuses.push_back({product_status_text(s.status), static_cast<double>(s.count), std::to_string(s.count)});
    if (statuses.empty()) text(f.body, color::muted, tr("vp.dash.no_products"));
    bar_list("vp.dash.products", statuses, card_inner_width(), color::brand, f);
    end_card();
    ImGui::EndGroup();
    if (two) ImGui::SameLine(0, gap);
    else ImGui::Dummy(ImVec2(0, gap));
    begin_card(half, em(1.0f));
    text(f.strong, color::text, tr("vp.dash.earnings"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    std::vector<ChartPoint> earned{
        {tr("vp.earn.pending"), static_cast<double>(e.pending_earnings.pesos), price_text(e.pending_earnings)},
        {tr("vp.earn.approved"), static_cast<double>(e.approved_earnings.pesos), price_text(e.approved_earnings)},
        {tr("vp.earn.paid"), static_cast<double>(e.paid_earnings.pesos), price_text(e.paid_earnings)},
    };
    bar_list("vp.dash.earnings", earned, card_inner_width(), color::accent, f);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    text_item("vp.dash.total_earnings", f.small, color::muted,
              std::string(tr("vp.dash.total_earnings")) + "  " + price_text(e.total_earnings), card_inner_width());
    end_card();
  }

 private:
  void load(ScreenContext& ctx) {
    dash_ = ctx.api.vendor_dashboard();
    earnings_ = ctx.api.vendor_earnings();
  }

  // "dic 2026" / "Dec 2026" for "2026-12": a mid-month date without its day.
  static std::string month_name(const std::string& month) {
    std::string s = mestore::format_date(month + "-15", current_locale());
    if (const auto at = s.find(" 15,"); at != std::string::npos) s.erase(at, 4);
    else if (s.rfind("15 ", 0) == 0) s.erase(0, 3);
    return s;
  }

  mestore::Handle<mestore::VendorDashboard> dash_;
  mestore::Handle<mestore::EarningsSummary> earnings_;
};

}  // namespace

std::unique_ptr<Screen> make_vendor_dashboard_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<VendorDashboardScreen>(ctx);
}

}  // namespace ui
