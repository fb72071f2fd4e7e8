#include "widgets.hpp"

#include <cmath>

#include "../automation.hpp"
#include "../strings.hpp"

namespace ui {
namespace {
bool g_animating = false;
}

void request_animation() { g_animating = true; }
bool take_animation_request() {
  bool a = g_animating;
  g_animating = false;
  return a;
}

void spinner(float radius, ImU32 col) {
  request_animation();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 center(pos.x + radius, pos.y + radius);
  float t = static_cast<float>(ImGui::GetTime());
  float start = t * 6.0f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PathClear();
  dl->PathArcTo(center, radius * 0.8f, start, start + 4.2f, 24);
  dl->PathStroke(col, 0, radius * 0.25f);
  ImGui::Dummy(ImVec2(radius * 2, radius * 2));
}

void loading_line(const char* message) {
  float h = ImGui::GetFontSize();
  spinner(h * 0.5f, color::brand);
  ImGui::SameLine();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color::muted), "%s", message);
}

void text(ImFont* font, ImU32 col, const std::string& s, bool wrap) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  if (wrap) ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(s.c_str());
  if (wrap) ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

std::string price_text(mestore::Cop amount) { return mestore::format_cop(amount, current_locale()); }

static bool styled_button(const std::string& label_and_id, bool enabled, float width, bool primary) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::brand));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::brand));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::border));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(color::surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(color::brand_soft));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(color::rgb(0xDCE7FC)));
  }
  if (!enabled) ImGui::BeginDisabled();
  bool clicked = ImGui::Button(label_and_id.c_str(), ImVec2(width, 0));
  if (!enabled) ImGui::EndDisabled();
  ImGui::PopStyleColor(primary ? 2 : 5);
  return clicked && enabled;
}

bool primary_button(const std::string& l, bool enabled, float width) { return styled_button(l, enabled, width, true); }
bool secondary_button(const std::string& l, bool enabled, float width) { return styled_button(l, enabled, width, false); }

bool error_box(const char* message, const mestore::ApiError* error, const std::string& retry_id) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 start = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(start.x + em(1), start.y + em(0.8f)));
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::danger));
  ImGui::TextUnformatted(icon::warning);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::PushTextWrapPos(start.x + width - em(1));
  ImGui::TextUnformatted(message);
  if (error && !error->message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::muted));
    ImGui::TextUnformatted(error->kind == mestore::ErrorKind::Network ? tr("error.network") : error->message.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  bool retry = false;
  if (!retry_id.empty()) retry = secondary_button(label("status.retry", retry_id));
  ImGui::EndGroup();
  ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + em(0.8f));
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, end, color::danger_soft, em(0.5f));
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
  ImGui::Dummy(ImVec2(width, em(0.5f)));
  return retry;
}

bool product_card(const mestore::Product& p, const std::string& id, float width, const Fonts& fonts) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float pad = em(0.75f);
  const float image_h = width * 0.75f;
  const float body_h = fonts.body->FontSize * 2.5f + fonts.price->FontSize + fonts.small->FontSize + pad * 3;
  const ImVec2 size(width, image_h + body_h);

  ImGui::PushID(id.c_str());
  bool clicked = ImGui::InvisibleButton("card", size);
  automation::tag(id, p.name, "link");
  bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

  const float r = em(0.6f);
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), color::surface, r);
  dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), hovered ? color::brand : color::border, r, 0, hovered ? 2.0f : 1.0f);
  // Image placeholder: a soft tile in a colour derived from the category, with a tag icon.
  unsigned h = 2166136261u;
  for (char c : p.category_name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  const ImU32 tints[] = {color::rgb(0xE8EFFD), color::rgb(0xFDEEE4), color::rgb(0xE3F5EA), color::rgb(0xF3E8FD), color::rgb(0xFEF7DC), color::rgb(0xE2F4F8)};
  dl->AddRectFilled(ImVec2(pos.x + 1, pos.y + 1), ImVec2(pos.x + size.x - 1, pos.y + image_h), tints[h % 6], r, ImDrawFlags_RoundCornersTop);
  ImGui::PushFont(fonts.title);
  ImVec2 icon_size = ImGui::CalcTextSize(icon::tag);
  dl->AddText(ImVec2(pos.x + (width - icon_size.x) / 2, pos.y + (image_h - icon_size.y) / 2), color::rgb(0x1C2430, 60), icon::tag);
  ImGui::PopFont();

  float y = pos.y + image_h + pad;
  const float text_w = width - pad * 2;
  // Name: up to two lines, clipped.
  ImGui::PushFont(fonts.body);
  ImVec4 clip(pos.x + pad, y, pos.x + pad + text_w, y + fonts.body->FontSize * 2.4f);
  dl->AddText(fonts.body, fonts.body->FontSize, ImVec2(pos.x + pad, y), color::text, p.name.c_str(), nullptr, text_w, &clip);
  ImGui::PopFont();
  y += fonts.body->FontSize * 2.5f + pad * 0.5f;
  std::string price = price_text(p.price);
  dl->AddText(fonts.price, fonts.price->FontSize, ImVec2(pos.x + pad, y), color::text, price.c_str());
  y += fonts.price->FontSize + pad * 0.5f;
  std::string vendor = p.vendor_name;
  ImVec4 vclip(pos.x + pad, y, pos.x + pad + text_w, y + fonts.small->FontSize * 1.2f);
  dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(pos.x + pad, y), color::muted, vendor.c_str(), nullptr, 0, &vclip);
  return clicked;
}

}  // namespace ui
