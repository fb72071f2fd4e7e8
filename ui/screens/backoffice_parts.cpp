#include "backoffice_parts.hpp"

#include <algorithm>
#include <string>

#include "../chrome/chrome.hpp"
#include "../strings.hpp"
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
};

}  // namespace

float backoffice_width(ScreenContext& ctx) { return std::min(ImGui::GetContentRegionAvail().x, ctx.theme.px(1200)); }

void backoffice_header(ScreenContext& ctx, const char* active) {
  const Fonts& f = ctx.theme.fonts();
  text(f.small, color::muted, tr("bo.eyebrow"));
  text(is_compact(ctx.theme) ? f.heading : f.title, color::text, tr("bo.title"));
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  bool first = true;
  for (const Tab& t : kAdminTabs) {
    const std::string words = tr(t.text_key);
    if (!first) {
      // Wrap to the next line when the tab would not fit (phones).
      const float w = ImGui::CalcTextSize(words.c_str()).x + em(1.8f);
      ImGui::SameLine(0, em(0.5f));
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    first = false;
    const bool here = std::string(active) == t.key;
    if (chip(words, std::string("bo.tab.") + t.key, here, "tab") && !here) ctx.nav.go(Route::parse(t.path));
  }
  ImGui::Dummy(ImVec2(0, em(0.8f)));
}

}  // namespace ui
