// Admin dashboard (#/admin?days=30): KPI cards with the change against the previous period,
// GMV per day, orders by status and the top vendors, and — when fraud screening failed and
// payments were held (fail-secure) — the open alerts in red at the top.
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
#include "order_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPeriods[] = {7, 30, 90};

// "4 dic 2026" for a daily point's "2026-12-04".
std::string day_label(const std::string& date) { return mestore::format_date(date + "T12:00:00Z", current_locale()); }

class AdminDashboardScreen final : public Screen {
 public:
  explicit AdminDashboardScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    days_ = r.get_int("days", 30);
    if (days_ != 7 && days_ != 90) days_ = 30;
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    backoffice_header(ctx, "dashboard");
    draw_periods(ctx);
    if (!dash_ || dash_->loading()) {
      loading_line(tr("dash.loading"));
      return;
    }
    if (dash_->failed()) {
      if (error_box(tr("dash.failed"), &dash_->error, "dash.retry")) load(ctx);
      return;
    }
    const mestore::AdminDashboard& d = dash_->value;
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    const float gap = em(0.8f);
    if (d.open_fraud_alerts > 0) {
      char msg[256];
      std::snprintf(msg, sizeof msg, tr("dash.fraud_alerts"), static_cast<long long>(d.open_fraud_alerts));
      notice_item("dash.fraud_alert", icon::warning, msg, color::danger, color::danger_soft, width);
      ImGui::Dummy(ImVec2(0, gap * 0.5f));
    }
    // KPI cards: four across on a desktop, two by two on a phone.
    char period[64];
    std::snprintf(period, sizeof period, tr("dash.in_period"), d.days);
    KpiGrid kpis(ctx.theme, width, 4);
    kpis.add("dash.kpi.gmv", icon::money, tr("dash.gmv"), price_text(d.gmv),
             percent_change(static_cast<double>(d.gmv.pesos), static_cast<double>(d.gmv_previous.pesos)), period);
    kpis.add("dash.kpi.orders", icon::bag, tr("dash.orders"), std::to_string(d.orders),
             percent_change(static_cast<double>(d.orders), static_cast<double>(d.orders_previous)), period);
    kpis.add("dash.kpi.vendors", icon::building, tr("dash.active_vendors"), std::to_string(d.active_vendors), std::nullopt,
             tr("dash.now"));
    kpis.add("dash.kpi.commission", icon::percent, tr("dash.commission"), price_text(d.commission_revenue), std::nullopt, period);
    kpis.end();

    // GMV per day.
    begin_card(width, em(1.0f));
    text(f.strong, color::text, tr("dash.gmv_per_day"));
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    std::vector<ChartPoint> daily;
    for (const auto& p : d.daily)
      daily.push_back({day_label(p.date), static_cast<double>(p.gmv.pesos), price_text(p.gmv)});
    char summary[96];
    std::snprintf(summary, sizeof summary, tr("dash.chart_days"), static_cast<int>(daily.size()));
    line_chart("dash.chart.gmv", summary, daily, ImVec2(card_inner_width(), ctx.theme.px(220)), color::brand, f);
    end_card();
    ImGui::Dummy(ImVec2(0, gap));

    // Orders by status and the top vendors, side by side on a desktop.
    const bool two = width >= ctx.theme.px(720);
    const float half = two ? (width - gap) / 2 : width;
    ImGui::BeginGroup();
    begin_card(half, em(1.0f));
    text(f.strong, color::text, tr("dash.by_status"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    std::vector<ChartPoint> statuses;
    for (const auto& s : d.orders_by_status)
      statuses.push_back({order_status_text(s.status), static_cast<double>(s.count), std::to_string(s.count)});
    if (statuses.empty()) text(f.body, color::muted, tr("dash.no_orders"));
    bar_list("dash.status", statuses, card_inner_width(), color::brand, f);
    end_card();
    ImGui::EndGroup();
    if (two) ImGui::SameLine(0, gap);
    else ImGui::Dummy(ImVec2(0, gap));
    begin_card(half, em(1.0f));
    text(f.strong, color::text, tr("dash.top_vendors"));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    std::vector<ChartPoint> vendors;
    for (const auto& v : d.top_vendors) vendors.push_back({v.business_name, static_cast<double>(v.sales.pesos), price_text(v.sales)});
    if (vendors.empty()) text(f.body, color::muted, tr("dash.no_orders"));
    bar_list("dash.vendors", vendors, card_inner_width(), color::accent, f);
    end_card();
  }

 private:
  void load(ScreenContext& ctx) { dash_ = ctx.api.admin_dashboard(days_); }

  void draw_periods(ScreenContext& ctx) {
    bool first = true;
    for (int p : kPeriods) {
      if (!first) ImGui::SameLine(0, em(0.4f));
      first = false;
      char words[48];
      std::snprintf(words, sizeof words, tr("dash.last_days"), p);
      if (chip(words, "dash.period." + std::to_string(p), p == days_, "radio") && p != days_)
        ctx.nav.replace(ctx.state.route.with("days", std::to_string(p)));
    }
    ImGui::Dummy(ImVec2(0, em(0.6f)));
  }

  int days_ = 30;
  mestore::Handle<mestore::AdminDashboard> dash_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_dashboard_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminDashboardScreen>(ctx);
}

}  // namespace ui
