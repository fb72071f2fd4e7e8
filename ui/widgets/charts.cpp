#include "charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../strings.hpp"
#include "form_fields.hpp"
#include "widgets.hpp"

namespace ui {
namespace {

std::string percent_text(double pct) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f %%", pct);
  std::string s = buf;
  if (current_locale() == mestore::Locale::Es) std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

void tooltip(const Fonts& fonts, const std::string& title, const std::string& value) {
  ImGui::BeginTooltip();
  text(fonts.small, color::muted, title);
  text(fonts.strong, color::text, value);
  ImGui::EndTooltip();
}

}  // namespace

std::optional<double> percent_change(double now, double before) {
  if (before <= 0) return std::nullopt;
  return (now - before) * 100.0 / before;
}

void kpi_card(const std::string& id, const char* glyph, const std::string& caption, const std::string& figure,
              std::optional<double> change, const std::string& note, float width, const Fonts& fonts) {
  ImGui::BeginGroup();  // one item, so the caller can put the next card on the same line
  begin_card(width, em(1.0f));
  const float inner = card_inner_width();
  text(fonts.small, color::muted, std::string(glyph) + "  " + caption);
  ImGui::Dummy(ImVec2(0, em(0.15f)));
  const ImVec2 at = ImGui::GetCursorScreenPos();
  automation_mark(id, figure, ImVec2(inner, fonts.title->FontSize));
  ImGui::GetWindowDrawList()->AddText(fonts.title, fonts.title->FontSize, at, color::text, figure.c_str());
  if (change) {
    const ImU32 col = *change >= 0 ? color::success : color::danger;
    text(fonts.small, col, percent_text(*change) + " " + tr("dash.vs_previous"));
  } else {
    text(fonts.small, color::muted, note);
  }
  end_card();
  ImGui::EndGroup();
}

KpiGrid::KpiGrid(const Theme& theme, float width, int wide)
    : fonts_(theme.fonts()), gap_(em(0.8f)), per_row_(width < theme.px(720) ? 2 : wide) {
  card_width_ = (width - gap_ * static_cast<float>(per_row_ - 1)) / static_cast<float>(per_row_);
}

void KpiGrid::add(const std::string& id, const char* glyph, const std::string& caption, const std::string& figure,
                  std::optional<double> change, const std::string& note) {
  kpi_card(id, glyph, caption, figure, change, note, card_width_, fonts_);
  if (++drawn_ % per_row_ != 0) ImGui::SameLine(0, gap_);
  else ImGui::Dummy(ImVec2(0, gap_ * 0.25f));
}

void KpiGrid::end() const { ImGui::Dummy(ImVec2(0, gap_ * 0.5f)); }

void line_chart(const std::string& id, const std::string& summary, const std::vector<ChartPoint>& points, ImVec2 size,
                ImU32 col, const Fonts& fonts) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  automation_mark(id, summary, size);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float label_h = fonts.small->FontSize * 1.6f;
  const float left = pos.x, right = pos.x + size.x;
  const float top = pos.y + fonts.small->FontSize * 0.6f, bottom = pos.y + size.y - label_h;
  double max_v = 0;
  for (const auto& p : points) max_v = std::max(max_v, p.value);
  if (max_v <= 0) max_v = 1;
  // Light grid: four lines, the top one labelled with the largest value.
  for (int g = 0; g <= 4; ++g) {
    const float y = bottom - (bottom - top) * static_cast<float>(g) / 4.0f;
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), g == 0 ? color::border : color::rgb(0xEEF1F4));
  }
  if (points.empty()) return;
  const auto x_of = [&](std::size_t i) {
    return points.size() == 1 ? (left + right) / 2 : left + (right - left) * static_cast<float>(i) / static_cast<float>(points.size() - 1);
  };
  const auto y_of = [&](double v) { return bottom - (bottom - top) * static_cast<float>(v / max_v); };
  const ImU32 fill = (col & 0x00FFFFFF) | (static_cast<ImU32>(36) << IM_COL32_A_SHIFT);
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const ImVec2 a(x_of(i), y_of(points[i].value)), b(x_of(i + 1), y_of(points[i + 1].value));
    dl->AddQuadFilled(ImVec2(a.x, bottom), a, b, ImVec2(b.x, bottom), fill);
  }
  std::vector<ImVec2> line;
  line.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) line.emplace_back(x_of(i), y_of(points[i].value));
  dl->AddPolyline(line.data(), static_cast<int>(line.size()), col, 0, std::max(1.5f, em(0.14f)));
  // The largest value, top left over the grid; three date labels under the axis.
  const auto peak = std::max_element(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
  dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(left + em(0.2f), top - fonts.small->FontSize * 0.55f), color::muted,
              peak->value_text.c_str());
  for (std::size_t i : {std::size_t{0}, points.size() / 2, points.size() - 1}) {
    const ImVec2 ts = fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, 0, points[i].label.c_str());
    const float x = std::clamp(x_of(i) - ts.x / 2, left, right - ts.x);
    dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(x, bottom + fonts.small->FontSize * 0.4f), color::muted,
                points[i].label.c_str());
  }
  if (!hovered) return;
  const float mx = ImGui::GetIO().MousePos.x;
  const float step = points.size() > 1 ? (right - left) / static_cast<float>(points.size() - 1) : 1.0f;
  const auto i = static_cast<std::size_t>(std::clamp(std::lround((mx - left) / step), 0L, static_cast<long>(points.size() - 1)));
  const ImVec2 p(x_of(i), y_of(points[i].value));
  dl->AddLine(ImVec2(p.x, top), ImVec2(p.x, bottom), color::border);
  dl->AddCircleFilled(p, em(0.3f), color::surface);
  dl->AddCircle(p, em(0.3f), col, 0, 2.0f);
  tooltip(fonts, points[i].label, points[i].value_text);
}

void bar_list(const std::string& id, const std::vector<ChartPoint>& bars, float width, ImU32 col, const Fonts& fonts) {
  double max_v = 0;
  for (const auto& b : bars) max_v = std::max(max_v, b.value);
  if (max_v <= 0) max_v = 1;
  const float row_h = fonts.body->FontSize * 2.0f;
  const float label_w = width * 0.38f, value_w = width * 0.24f;
  const float bar_w = width - label_w - value_w - em(1.0f);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& b = bars[i];
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    automation_mark(id + "." + std::to_string(i), b.label + ": " + b.value_text, ImVec2(width, row_h), "row");
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cy = pos.y + row_h / 2;
    const float ty = cy - fonts.body->FontSize / 2;
    ImGui::PushClipRect(pos, ImVec2(pos.x + label_w - em(0.4f), pos.y + row_h), true);
    dl->AddText(fonts.body, fonts.body->FontSize, ImVec2(pos.x, ty), color::text, b.label.c_str());
    ImGui::PopClipRect();
    const float bx = pos.x + label_w;
    const float bh = row_h * 0.45f;
    dl->AddRectFilled(ImVec2(bx, cy - bh / 2), ImVec2(bx + bar_w, cy + bh / 2), color::rgb(0xEEF1F4), bh / 3);
    const float filled = std::max(bh / 2, bar_w * static_cast<float>(b.value / max_v));
    if (b.value > 0)
      dl->AddRectFilled(ImVec2(bx, cy - bh / 2), ImVec2(bx + filled, cy + bh / 2), hovered ? color::brand_dark : col, bh / 3);
    const ImVec2 vs = fonts.strong->CalcTextSizeA(fonts.strong->FontSize, FLT_MAX, 0, b.value_text.c_str());
    dl->AddText(fonts.strong, fonts.strong->FontSize, ImVec2(pos.x + width - vs.x, ty), color::text, b.value_text.c_str());
    if (hovered) tooltip(fonts, b.label, b.value_text);
  }
}

}  // namespace ui
