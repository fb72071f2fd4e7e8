// Dashboard pieces drawn with ImGui's draw list: KPI cards, a daily line chart and horizontal
// bars. Hovering a point or a bar shows its exact value in a tooltip; each chart is one
// automation item whose label summarises it, so tests can find it without reading pixels.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "../theme.hpp"

namespace ui {

struct ChartPoint {
  std::string label;       // "4 dic", a status, a vendor
  double value = 0;        // what the geometry follows
  std::string value_text;  // what a person reads: "$ 1.250.000", "42"
};

// A card `width` wide with a caption, a large figure and, when `change` is set, the change
// against the previous period ("+12,5 % vs. periodo anterior", green up, red down), else `note`.
void kpi_card(const std::string& id, const char* glyph, const std::string& caption, const std::string& figure,
              std::optional<double> change, const std::string& note, float width, const Fonts& fonts);
// KPI cards in rows: `wide` across from 720 CSS px up, two across below (phones), a gap between
// cards and rows. add() draws the next card; end() leaves the space that follows the grid.
class KpiGrid {
 public:
  KpiGrid(const Theme& theme, float width, int wide);
  void add(const std::string& id, const char* glyph, const std::string& caption, const std::string& figure,
           std::optional<double> change, const std::string& note);
  void end() const;

 private:
  const Fonts& fonts_;
  float gap_, card_width_;
  int per_row_, drawn_ = 0;
};

// Change in percent between two periods; empty when there is nothing to compare with.
std::optional<double> percent_change(double now, double before);

// A line over `points` (oldest first) with the area under it shaded, light grid lines, the
// highest value on the axis and the first, middle and last labels under it.
void line_chart(const std::string& id, const std::string& summary, const std::vector<ChartPoint>& points, ImVec2 size,
                ImU32 col, const Fonts& fonts);
// One row per point: label, a bar proportional to the largest value, the value text.
void bar_list(const std::string& id, const std::vector<ChartPoint>& bars, float width, ImU32 col, const Fonts& fonts);

}  // namespace ui
