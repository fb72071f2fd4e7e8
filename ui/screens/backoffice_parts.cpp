#include "backoffice_parts.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "account_parts.hpp"
#include "../widgets/widgets.hpp"

namespace ui {
namespace {

struct Tab {
  const char* key;
  const char* text_key;
  const char* path;
};

constexpr Tab kAdminTabs[] = {
    {"dashboard", "bo.tab.dashboard", "/admin"},
    {"orders", "bo.tab.orders", "/admin/orders"},
    {"approvals", "bo.tab.approvals", "/admin/approvals"},
    {"fraud", "bo.tab.fraud", "/admin/fraud"},
    {"commissions", "bo.tab.commissions", "/admin/commissions"},
    {"users", "bo.tab.users", "/admin/users"},
    {"audit", "bo.tab.audit", "/admin/audit"},
    {"system", "bo.tab.system", "/admin/system"},
};

constexpr Tab kVendorTabs[] = {
    {"vendor", "vp.tab.dashboard", "/vendor"},
    {"vendor_products", "vp.tab.products", "/vendor/products"},
    {"vendor_orders", "vp.tab.orders", "/vendor/orders"},
    {"vendor_commissions", "vp.tab.commissions", "/vendor/commissions"},
};

bool is_vendor(ScreenContext& ctx) {
  const auto& u = ctx.api.session().user();
  return u && u->user_type == "VENDOR";
}

template <std::size_t N>
void draw_tabs(ScreenContext& ctx, const Tab (&tabs)[N], const char* active) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  bool first = true;
  for (const Tab& t : tabs) {
    const std::string words = tr(t.text_key);
    if (!first) chip_spacing(words, right, em(0.5f));
    first = false;
    const bool here = std::string(active) == t.key;
    if (chip(words, std::string("bo.tab.") + t.key, here, "tab") && !here) ctx.nav.go(Route::parse(t.path));
  }
}

}  // namespace

float backoffice_width(ScreenContext& ctx) { return std::min(ImGui::GetContentRegionAvail().x, ctx.theme.px(1200)); }

void backoffice_header(ScreenContext& ctx, const char* active) {
  const Fonts& f = ctx.theme.fonts();
  const bool vendor = is_vendor(ctx);
  text(f.small, color::muted, tr(vendor ? "vp.eyebrow" : "bo.eyebrow"));
  text(is_compact(ctx.theme) ? f.heading : f.title, color::text, tr(vendor ? "vp.title" : "bo.title"));
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  if (vendor) draw_tabs(ctx, kVendorTabs, active);
  else draw_tabs(ctx, kAdminTabs, active);
  ImGui::Dummy(ImVec2(0, em(0.8f)));
}

const char* product_status_text(const std::string& status) {
  const std::string key = "vp.product_status." + status;
  const char* t = tr(key.c_str());
  return key == t ? tr("order.status.unknown") : t;  // tr gives the key back when it has none
}

void product_status_colors(const std::string& status, ImU32* fg, ImU32* bg) {
  if (status == "APPROVED") *fg = color::success, *bg = color::success_soft;
  else if (status == "REJECTED") *fg = color::danger, *bg = color::danger_soft;
  else if (status == "PENDING") *fg = color::warning, *bg = color::warning_soft;
  else *fg = color::muted, *bg = color::rgb(0xF1F5F9);
}

ReviewAction review_controls(ScreenContext& ctx, const std::string& id, ReviewState& s, bool busy, float inner,
                             const ReviewWords& words) {
  if (!s.error.empty()) notice_item(id + ".error", icon::warning, s.error, color::danger, color::danger_soft, inner);
  const bool compact = inner < ctx.theme.px(560);
  const float button_w = compact ? inner : ctx.theme.px(200);
  ReviewAction action = ReviewAction::None;
  if (!s.rejecting) {
    if (form_button(ctx, label(words.approve, id + ".approve"), !busy, button_w)) action = ReviewAction::Approve;
    if (!compact) ImGui::SameLine(0, em(0.6f));
    if (form_button(ctx, label(words.reject, id + ".reject"), !busy, button_w, false)) s.rejecting = true;
  } else {
    FieldSpec spec{tr(words.reason), tr(words.reason_hint), 500};
    spec.multiline = true;
    form_field(id + ".reason", spec, s.reason, s.reason_error, inner);
    if (form_button(ctx, label(words.confirm_reject, id + ".confirm_reject"), !busy, button_w)) {
      s.reason_error = trimmed(s.reason).size() < 5 ? tr("bo.approvals.reason_short") : "";
      if (s.reason_error.empty()) action = ReviewAction::Reject;
    }
    if (!compact) ImGui::SameLine(0, em(0.6f));
    if (form_button(ctx, label("bo.approvals.keep", id + ".keep"), !busy, button_w, false)) s.rejecting = false;
  }
  if (action != ReviewAction::None) s.error.clear();
  return action;
}

FilterRowInput search_and_menu(ScreenContext& ctx, float width, const std::string& search_id, std::string& search,
                               const char* hint, int max_chars, const std::string& menu_id, const std::vector<Choice>& options,
                               int current) {
  const float h = ctx.theme.px(44);
  const bool narrow = width < ctx.theme.px(720);
  const float menu_w = narrow ? width : ctx.theme.px(220);
  const float search_w = narrow ? width : std::min(ctx.theme.px(420), width - menu_w - em(0.8f));
  FilterRowInput in;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ctx.theme.px(12), (h - ImGui::GetFontSize()) / 2));
  text_field(search_id, search, hint, search_w, &in.searched, max_chars);
  ImGui::PopStyleVar();
  if (!narrow) ImGui::SameLine(0, em(0.8f));
  const int picked = choice_menu(menu_id, options[static_cast<std::size_t>(current)].label, options, current, menu_w, h);
  if (picked >= 0 && picked != current) in.picked = picked;
  return in;
}

void approvals_switch(ScreenContext& ctx, bool vendors) {
  if (chip(tr("bo.approvals.kind.products"), "bo.approvals.kind.products", !vendors, "radio") && vendors)
    ctx.nav.replace(Route::parse("/admin/approvals"));
  ImGui::SameLine(0, em(0.4f));
  if (chip(tr("bo.approvals.kind.vendors"), "bo.approvals.kind.vendors", vendors, "radio") && !vendors)
    ctx.nav.replace(Route::parse("/admin/approvals/vendors"));
  ImGui::Dummy(ImVec2(0, em(0.6f)));
}

}  // namespace ui
