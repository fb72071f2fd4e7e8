// Commissions, one screen for two roles:
//   #/vendor/commissions  a vendor's own: earnings totals, the list, their CSV file;
//   #/admin/commissions   every vendor's: the list by status, approve a PENDING one, the CSV file.
// Amounts are the server's (rate on the vendor's items' subtotal, rounded half up); the CSV is the
// server's export of the same filter, handed to the browser as a download.
#include <cstdio>
#include <map>

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

constexpr int kPageSize = 20;
constexpr const char* kStatuses[] = {"", "PENDING", "APPROVED", "PAID", "CANCELLED"};

const char* commission_status_text(const std::string& status) {
  const std::string key = "comm.status." + status;
  const char* t = tr(key.c_str());
  return key == t ? tr("order.status.unknown") : t;
}

ImU32 commission_status_color(const std::string& status) {
  if (status == "APPROVED" || status == "PAID") return color::success;
  if (status == "PENDING") return color::warning;
  return color::danger;
}

// "5 %" for 500 basis points, "2,5 %" for 250.
std::string rate_text(int basis_points) {
  char buf[32];
  if (basis_points % 100 == 0) std::snprintf(buf, sizeof buf, "%d %%", basis_points / 100);
  else std::snprintf(buf, sizeof buf, current_locale() == mestore::Locale::Es ? "%d,%d %%" : "%d.%d %%", basis_points / 100, (basis_points % 100) / 10);
  return buf;
}

class CommissionsScreen final : public Screen {
 public:
  CommissionsScreen(ScreenContext& ctx, bool admin) : admin_(admin) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    query_ = mestore::CommissionQuery{};
    query_.page = std::max(1, r.get_int("page", 1));
    query_.size = kPageSize;
    query_.status = r.get("status");
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, admin_ ? "commissions" : "vendor_commissions");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    if (!admin_) draw_earnings(ctx, width);
    draw_toolbar(ctx, width);
    if (!list_ || list_->loading()) {
      loading_line(tr("comm.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("comm.failed"), &list_->error, "comm.retry")) load(ctx);
      return;
    }
    const auto& page = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(page.pagination.total == 1 ? "comm.count_one" : "comm.count"),
                  static_cast<long long>(page.pagination.total));
    text_item("comm.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (page.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("comm.empty", f.body, color::muted, tr("comm.empty"), card_inner_width());
      end_card();
      return;
    }
    draw_table(ctx, page.items, width);
    if (const int asked = page_arrows("comm.page", page.pagination))
      ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  void load(ScreenContext& ctx) {
    list_ = admin_ ? ctx.api.admin_commissions(query_) : ctx.api.vendor_commissions(query_);
    if (!admin_) earnings_ = ctx.api.vendor_earnings();
  }

  void draw_earnings(ScreenContext& ctx, float width) {
    if (!earnings_ || !earnings_->done()) return;
    const mestore::EarningsSummary& e = earnings_->value;
    KpiGrid kpis(ctx.theme, width, 4);
    kpis.add("comm.kpi.sales", icon::bag, tr("comm.total_sales"), price_text(e.total_sales), std::nullopt, tr("comm.all_time"));
    kpis.add("comm.kpi.commission", icon::percent, tr("comm.total_commission"), price_text(e.total_commission), std::nullopt,
             tr("comm.platform_share"));
    kpis.add("comm.kpi.earnings", icon::money, tr("comm.total_earnings"), price_text(e.total_earnings), std::nullopt,
             tr("comm.your_share"));
    const mestore::Cop due = e.pending_earnings + e.approved_earnings;
    kpis.add("comm.kpi.due", icon::clock, tr("comm.due"), price_text(due), std::nullopt, tr("comm.due_note"));
    kpis.end();
  }

  void draw_toolbar(ScreenContext& ctx, float width) {
    bool first = true;
    const float right = ImGui::GetCursorScreenPos().x + width;
    for (const char* s : kStatuses) {
      const std::string key = *s ? s : "all";
      const char* words = *s ? commission_status_text(s) : tr("vp.orders.all");
      if (!first) chip_spacing(words, right, em(0.4f));
      first = false;
      if (chip(words, "comm.filter." + key, query_.status == s, "radio") && query_.status != s)
        ctx.nav.replace(ctx.state.route.with("status", s).with("page", ""));
    }
    const float button_w = ctx.theme.px(200);
    const bool narrow = width < ctx.theme.px(720);
    if (!narrow) {
      ImGui::SameLine();
      ImGui::SetCursorPosX(ImGui::GetCursorStartPos().x + width - button_w);
    }
    const bool busy = csv_ && csv_->loading();
    if (form_button(ctx, label("comm.download", "comm.csv"), !busy, narrow ? width : button_w, false)) {
      mestore::CommissionQuery q = query_;
      csv_ = admin_ ? ctx.api.admin_commissions_csv(q) : ctx.api.vendor_commissions_csv(q);
    }
    if (!csv_error_.empty()) notice_item("comm.csv.error", icon::warning, csv_error_, color::danger, color::danger_soft, width);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
  }

  void draw_table(ScreenContext& ctx, const std::vector<mestore::Commission>& items, float width) {
    const Fonts& f = ctx.theme.fonts();
    const int columns = admin_ ? 9 : 7;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollX;
    const float min_w = ctx.theme.px(admin_ ? 1100 : 860);
    const float row_h = em(2.4f);
    const float height = row_h * static_cast<float>(items.size() + 1) + em(1.2f);
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF8FAFC)));
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, ImGui::ColorConvertU32ToFloat4(color::rgb(0xEEF2F6)));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(0.6f), em(0.4f)));
    if (ImGui::BeginTable("##comm.table", columns, flags, ImVec2(width, height), width >= min_w ? 0.0f : min_w)) {
      automation::tag("comm.table", tr("comm.title"), "text");
      ImGui::TableSetupColumn(tr("bo.col.number"), 0, 1.8f);
      ImGui::TableSetupColumn(tr("bo.col.date"), 0, 1.2f);
      if (admin_) ImGui::TableSetupColumn(tr("comm.col.vendor"), 0, 1.6f);
      ImGui::TableSetupColumn(tr("comm.col.rate"), 0, 0.8f);
      ImGui::TableSetupColumn(tr("comm.col.base"), 0, 1.1f);
      ImGui::TableSetupColumn(tr("comm.col.commission"), 0, 1.1f);
      ImGui::TableSetupColumn(tr("comm.col.vendor_amount"), 0, 1.1f);
      ImGui::TableSetupColumn(tr("bo.col.status"), 0, 1.0f);
      if (admin_) ImGui::TableSetupColumn("", 0, 0.9f);
      ImGui::TableHeadersRow();
      for (const auto& c : items) draw_row(ctx, c, row_h, f);
      ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
  }

  static void right_aligned(const Fonts& f, const std::string& s) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(s.c_str()).x);
    text(f.body, color::text, s);
  }

  // A row's automation id: the order number, plus (for admins, who see every vendor's commission
  // of a multi-vendor order) the start of the vendor's id.
  std::string row_id(const mestore::Commission& c) const {
    std::string id = "comm.row." + c.order_number;
    if (admin_) id.append(".").append(c.vendor_id, 0, 8);
    return id;
  }

  void draw_row(ScreenContext& ctx, const mestore::Commission& c, float row_h, const Fonts& f) {
    const std::string id = row_id(c);
    ImGui::PushID(c.id.c_str());
    ImGui::TableNextRow(0, row_h);
    table_cell(row_h);
    text_item(id, f.strong, color::text, c.order_number, ImGui::GetContentRegionAvail().x);
    automation::set_value(c.status);
    table_cell(row_h);
    text(f.body, color::text, mestore::format_date(c.created_at, current_locale()));
    if (admin_) {
      table_cell(row_h);
      text(f.body, color::text, c.vendor_name);
    }
    table_cell(row_h);
    text(f.body, color::muted, rate_text(c.rate_basis_points));
    table_cell(row_h);
    right_aligned(f, price_text(c.base));
    table_cell(row_h);
    right_aligned(f, price_text(c.commission_amount));
    table_cell(row_h);
    right_aligned(f, price_text(c.vendor_amount));
    table_cell(row_h);
    text(f.strong, commission_status_color(c.status), commission_status_text(c.status));
    if (admin_) {
      table_cell(row_h);
      if (c.status == "PENDING") {
        auto& h = approving_[c.id];
        const bool busy = h && h->loading();
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.6f), em(0.2f)));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - em(0.2f));  // centred as a button, not as a line of text
        if (secondary_button(std::string(tr("comm.approve")) + "##" + id + ".approve", !busy)) h = ctx.api.approve_commission(c.id);
        ImGui::PopStyleVar();
      }
    }
    ImGui::PopID();
  }

  void finish(ScreenContext& ctx) {
    if (auto r = take_settled(csv_)) {
      csv_error_.clear();
      if (r->failed()) csv_error_ = error_text(r->error);
      else ctx.platform.download(admin_ ? "comisiones.csv" : "mis-comisiones.csv", "text/csv;charset=utf-8", r->value.body);
    }
    bool reload = false;
    for (auto& [id, h] : approving_) {
      auto r = take_settled(h);
      if (!r) continue;
      if (r->failed()) {
        push_toast(ctx.state, ctx.platform.now(), "error", error_text(r->error));
        continue;
      }
      char msg[160];
      std::snprintf(msg, sizeof msg, tr("comm.approved"), r->value.order_number.c_str());
      push_toast(ctx.state, ctx.platform.now(), "success", msg);
      reload = true;
    }
    if (reload) {
      approving_.clear();
      load(ctx);
    }
  }

  bool admin_;
  mestore::CommissionQuery query_;
  mestore::Handle<mestore::Page<mestore::Commission>> list_;
  mestore::Handle<mestore::EarningsSummary> earnings_;
  mestore::Handle<mestore::TextFile> csv_;
  std::string csv_error_;
  std::map<std::string, mestore::Handle<mestore::Commission>> approving_;
};

}  // namespace

std::unique_ptr<Screen> make_vendor_commissions_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<CommissionsScreen>(ctx, false);
}

std::unique_ptr<Screen> make_admin_commissions_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<CommissionsScreen>(ctx, true);
}

}  // namespace ui
