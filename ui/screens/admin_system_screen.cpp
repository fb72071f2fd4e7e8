// System health (#/admin/system): is the API answering, is its database healthy, which versions
// run (server and this web app), how long the server has been up and how long a round trip takes
// from this browser. Checked again every 5 seconds while the page is open.
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/charts.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr double kEverySeconds = 5.0;

// "3 d 4 h", "2 h 15 min", "42 s".
std::string uptime_text(std::int64_t s) {
  char buf[48];
  if (s >= 86400) std::snprintf(buf, sizeof buf, "%lld d %lld h", static_cast<long long>(s / 86400), static_cast<long long>(s % 86400 / 3600));
  else if (s >= 3600) std::snprintf(buf, sizeof buf, "%lld h %lld min", static_cast<long long>(s / 3600), static_cast<long long>(s % 3600 / 60));
  else if (s >= 60) std::snprintf(buf, sizeof buf, "%lld min %lld s", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
  else std::snprintf(buf, sizeof buf, "%lld s", static_cast<long long>(s));
  return buf;
}

class AdminSystemScreen final : public Screen {
 public:
  explicit AdminSystemScreen(ScreenContext& ctx) { check(ctx); }

  void draw(ScreenContext& ctx) override {
    const double now = ctx.platform.now();
    if (auto r = take_settled(pending_)) {
      last_ = r;
      round_trip_ms_ = (now - sent_at_) * 1000.0;
      checked_at_ = now;
    }
    if (!pending_ && now >= sent_at_ + kEverySeconds) check(ctx);
    backoffice_header(ctx, "system");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    if (!last_) {
      loading_line(tr("bo.system.checking"));
      return;
    }
    const bool up = last_->done();
    const bool healthy = up && last_->value.status == "ok" && last_->value.database == "ok";
    if (!up) notice_item("bo.system.verdict", icon::warning, tr("bo.system.down"), color::danger, color::danger_soft, width, "down");
    else if (!healthy) notice_item("bo.system.verdict", icon::warning, tr("bo.system.degraded"), color::warning, color::warning_soft, width, "degraded");
    else notice_item("bo.system.verdict", icon::check_circle, tr("bo.system.ok"), color::success, color::success_soft, width, "ok");
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    const auto& h = last_->value;
    const std::string unknown = "—";
    KpiGrid kpis(ctx.theme, width, 3);
    kpis.add("bo.system.api", icon::globe, tr("bo.system.api"),
             tr(up ? (h.status == "ok" ? "bo.system.api_ok" : "bo.system.api_degraded") : "bo.system.api_down"), std::nullopt,
             up ? tr("bo.system.answers") : error_text(last_->error));
    kpis.add("bo.system.database", icon::cube, tr("bo.system.database"),
             up ? (h.database == "ok" ? std::string(tr("bo.system.db_ok")) : h.database) : unknown, std::nullopt, "SQLite (WAL)");
    char rtt[48];
    std::snprintf(rtt, sizeof rtt, "%.0f ms", round_trip_ms_);
    kpis.add("bo.system.latency", icon::bolt, tr("bo.system.latency"), up ? rtt : unknown, std::nullopt, tr("bo.system.latency_note"));
    kpis.add("bo.system.uptime", icon::clock, tr("bo.system.uptime"), up ? uptime_text(h.uptime_seconds) : unknown, std::nullopt,
             tr("bo.system.uptime_note"));
    kpis.add("bo.system.server_version", icon::desktop, tr("bo.system.server_version"), up ? h.version : unknown, std::nullopt,
             "mestore-stub");
    kpis.add("bo.system.app_version", icon::laptop, tr("bo.system.app_version"), MESTORE_VERSION, std::nullopt, "MeStore Web");
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    char ago[96];
    std::snprintf(ago, sizeof ago, tr("bo.system.checked"), static_cast<int>(now - checked_at_));
    text_item("bo.system.checked", f.small, color::muted, ago, width);
  }

 private:
  // One timer per check brings the next frame, and with it the next check.
  void check(ScreenContext& ctx) {
    sent_at_ = ctx.platform.now();
    pending_ = ctx.api.health();
    ctx.platform.wake_after(kEverySeconds);
  }

  mestore::Handle<mestore::Health> pending_, last_;
  double sent_at_ = 0, checked_at_ = 0, round_trip_ms_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_admin_system_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminSystemScreen>(ctx);
}

}  // namespace ui
