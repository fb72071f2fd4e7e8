// Audit log (#/admin/audit?actor=&action=&from=&to=&page=): who did what, when, from where, with
// the result — newest first, filtered by actor, action and dates. Above it, the verdict of the
// chain check this browser ran itself (audit_check.hpp): "verificada" with the number of entries,
// or "rota en la entrada N" when an entry was edited, removed or reordered in the database.
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "audit_check.hpp"
#include "backoffice_parts.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPageSize = 50;

// Why the chain broke, in words (the verifier's reasons are for developers).
const char* problem_text(const std::string& problem) {
  if (problem.rfind("expected seq", 0) == 0) return tr("bo.audit.problem.missing");
  if (problem.rfind("prev_hash", 0) == 0) return tr("bo.audit.problem.link");
  if (problem.rfind("hash does not match", 0) == 0) return tr("bo.audit.problem.edited");
  if (problem == "head signature") return tr("bo.audit.problem.signature");
  return tr("bo.audit.problem.tail");
}

ImU32 result_color(const std::string& result) {
  if (result == "success") return color::success;
  if (result == "failure" || result == "denied" || result == "locked") return color::danger;
  return color::muted;
}

class AdminAuditScreen final : public Screen {
 public:
  explicit AdminAuditScreen(ScreenContext& ctx) {
    check_.start(ctx.api);
    on_route(ctx, ctx.state.route);
  }

  void on_route(ScreenContext& ctx, const Route& r) override {
    query_ = mestore::AuditQuery{};
    query_.page = std::max(1, r.get_int("page", 1));
    query_.size = kPageSize;
    query_.actor = r.get("actor");
    query_.action = r.get("action");
    query_.from = r.get("from");
    query_.to = r.get("to");
    actor_ = query_.actor, action_ = query_.action, from_ = query_.from, to_ = query_.to;
    errors_.clear();
    list_ = ctx.api.audit_log(query_);
  }

  void draw(ScreenContext& ctx) override {
    check_.poll(ctx.api);
    backoffice_header(ctx, "audit");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    draw_badge(ctx, width);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    draw_filters(ctx, width);
    if (!list_ || list_->loading()) {
      loading_line(tr("bo.audit.loading"));
      return;
    }
    if (list_->failed()) {
      const FieldErrors fields = field_errors_of(list_->error);
      if (!fields.empty()) {
        errors_ = fields;  // a filter the server refused: shown under its field
        return;
      }
      if (error_box(tr("bo.audit.failed"), &list_->error, "bo.audit.retry")) list_ = ctx.api.audit_log(query_);
      return;
    }
    const auto& page = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(page.pagination.total == 1 ? "bo.audit.count_one" : "bo.audit.count"),
                  static_cast<long long>(page.pagination.total));
    text_item("bo.audit.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (page.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("bo.audit.empty", f.body, color::muted, tr("bo.audit.empty"), card_inner_width());
      end_card();
      return;
    }
    draw_table(ctx, page.items, width);
    if (const int asked = page_arrows("bo.audit.page", page.pagination))
      ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  void draw_badge(ScreenContext& ctx, float width) {
    char msg[320];
    switch (check_.state()) {
      case AuditChainCheck::State::Idle:
      case AuditChainCheck::State::Running:
        std::snprintf(msg, sizeof msg, tr("bo.audit.checking"), static_cast<long long>(check_.checked()));
        notice_item("bo.audit.badge", icon::clock, msg, color::muted, color::rgb(0xF1F5F9), width, "checking");
        break;
      case AuditChainCheck::State::Verified:
        std::snprintf(msg, sizeof msg, tr("bo.audit.verified"), static_cast<long long>(check_.checked()));
        notice_item("bo.audit.badge", icon::check_circle, msg, color::success, color::success_soft, width, "verified");
        break;
      case AuditChainCheck::State::Broken:
        std::snprintf(msg, sizeof msg, tr("bo.audit.broken"), static_cast<long long>(check_.broken_at()), problem_text(check_.problem()));
        notice_item("bo.audit.badge", icon::warning, msg, color::danger, color::danger_soft, width,
                    "broken:" + std::to_string(check_.broken_at()));
        break;
      case AuditChainCheck::State::Failed:
        if (error_box(tr("bo.audit.check_failed"), check_.error(), "bo.audit.check_retry", width)) check_.start(ctx.api);
        return;
    }
    if (check_.state() == AuditChainCheck::State::Verified || check_.state() == AuditChainCheck::State::Broken) {
      if (link_button(tr("bo.audit.check_again"), "bo.audit.check_again")) check_.start(ctx.api);
    }
  }

  void draw_filters(ScreenContext& ctx, float width) {
    const bool narrow = width < ctx.theme.px(720);
    const float gap = em(0.8f);
    const float field_w = narrow ? width : (width - gap * 3) / 4;
    bool submit = false;
    const auto error_of = [&](const char* key) { return errors_.count(key) ? errors_.at(key) : std::string(); };
    ImGui::BeginGroup();
    submit |= form_field("bo.audit.actor", {tr("bo.audit.actor"), tr("bo.audit.actor_hint"), 254}, actor_, error_of("actor"), field_w);
    ImGui::EndGroup();
    if (!narrow) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    submit |= form_field("bo.audit.action", {tr("bo.audit.action"), tr("bo.audit.action_hint"), 64}, action_, error_of("action"), field_w);
    ImGui::EndGroup();
    if (!narrow) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    submit |= form_field("bo.audit.from", {tr("bo.audit.from"), "2026-12-01", 20}, from_, error_of("from"), field_w);
    ImGui::EndGroup();
    if (!narrow) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    submit |= form_field("bo.audit.to", {tr("bo.audit.to"), "2026-12-31", 20}, to_, error_of("to"), field_w);
    ImGui::EndGroup();
    const float button_w = narrow ? width : ctx.theme.px(180);
    if (form_button(ctx, label("bo.audit.apply", "bo.audit.apply"), true, button_w) || submit) apply(ctx);
    if (!narrow) ImGui::SameLine(0, gap);
    if (form_button(ctx, label("bo.audit.clear", "bo.audit.clear"), true, button_w, false))
      ctx.nav.replace(Route::parse("/admin/audit"));
    ImGui::Dummy(ImVec2(0, em(0.5f)));
  }

  // Dates are checked here first (the server checks again): YYYY-MM-DD, or a full UTC time.
  void apply(ScreenContext& ctx) {
    errors_.clear();
    const auto valid_date = [](const std::string& s) {
      return s.empty() || mestore::parse_iso8601(s.size() == 10 ? s + "T00:00:00Z" : s).has_value();
    };
    const std::string from = trimmed(from_), to = trimmed(to_);
    if (!valid_date(from)) errors_["from"] = tr("bo.audit.date_error");
    if (!valid_date(to)) errors_["to"] = tr("bo.audit.date_error");
    if (!errors_.empty()) return;
    ctx.nav.replace(ctx.state.route.with("actor", trimmed(actor_)).with("action", trimmed(action_)).with("from", from).with("to", to).with("page", ""));
  }

  void draw_table(ScreenContext& ctx, const std::vector<mestore::AuditEntry>& items, float width) {
    const Fonts& f = ctx.theme.fonts();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollX;
    const float min_w = ctx.theme.px(1000);
    const float row_h = em(2.8f);  // two lines in the action cell: the words and the code
    const float height = row_h * static_cast<float>(items.size() + 1) + em(1.2f);
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF8FAFC)));
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, ImGui::ColorConvertU32ToFloat4(color::rgb(0xEEF2F6)));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(0.6f), em(0.35f)));
    if (ImGui::BeginTable("##bo.audit.table", 7, flags, ImVec2(width, height), width >= min_w ? 0.0f : min_w)) {
      automation::tag("bo.audit.table", tr("bo.tab.audit"), "text");
      ImGui::TableSetupColumn("#", 0, 0.5f);
      ImGui::TableSetupColumn(tr("bo.col.date"), 0, 1.4f);
      ImGui::TableSetupColumn(tr("bo.audit.col.actor"), 0, 1.8f);
      ImGui::TableSetupColumn(tr("bo.audit.col.action"), 0, 1.8f);
      ImGui::TableSetupColumn(tr("bo.audit.col.target"), 0, 1.5f);
      ImGui::TableSetupColumn(tr("bo.audit.col.result"), 0, 0.8f);
      ImGui::TableSetupColumn("IP", 0, 0.9f);
      ImGui::TableHeadersRow();
      for (const auto& e : items) {
        const bool tampered = check_.state() == AuditChainCheck::State::Broken && e.seq == check_.broken_at();
        ImGui::TableNextRow(0, row_h);
        if (tampered) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, color::danger_soft);
        ImGui::TableNextColumn();
        text_item("bo.audit.row." + std::to_string(e.seq), f.small, tampered ? color::danger : color::muted, std::to_string(e.seq),
                  ImGui::GetContentRegionAvail().x);
        automation::set_value(e.action);
        ImGui::TableNextColumn();
        text(f.small, color::text, mestore::format_datetime(e.at, current_locale()));
        ImGui::TableNextColumn();
        // No actor: the server acting by itself (no address either) or someone not signed in.
        const char* nobody = e.ip.empty() ? tr("bo.audit.system") : tr("bo.audit.anonymous");
        text(f.small, color::text, e.actor_email.empty() ? std::string(nobody) : e.actor_email);
        ImGui::TableNextColumn();
        text(f.strong, color::text, code_text("audit.action.", e.action));
        text(f.small, color::muted, e.action);  // the code, as the action filter takes it
        ImGui::TableNextColumn();
        text(f.small, color::muted, e.target.empty() ? std::string("—") : e.target);
        ImGui::TableNextColumn();
        text(f.small, result_color(e.result), code_text("audit.result.", e.result));
        ImGui::TableNextColumn();
        text(f.small, color::muted, e.ip);
      }
      ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
  }

  AuditChainCheck check_;
  mestore::AuditQuery query_;
  std::string actor_, action_, from_, to_;
  FieldErrors errors_;
  mestore::Handle<mestore::Page<mestore::AuditEntry>> list_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_audit_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminAuditScreen>(ctx);
}

}  // namespace ui
