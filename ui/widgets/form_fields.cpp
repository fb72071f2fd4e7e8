#include "form_fields.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>

#include "../automation.hpp"
#include "../strings.hpp"
#include "widgets.hpp"

namespace ui {
namespace {

struct Limit {
  std::string* value;
  int max_chars;
};

// Lets ImGui edit a std::string in place (no fixed buffer), and keeps it within max_chars characters.
int grow_string(ImGuiInputTextCallbackData* data) {
  auto* limit = static_cast<Limit*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    limit->value->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = limit->value->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
    // ImGui gives a character filter no buffer, but every edit goes through the resize event
    // above, so the string is current.
    return static_cast<int>(mestore::utf8_length(*limit->value)) >= limit->max_chars ? 1 : 0;
  }
  return 0;
}

float field_height() { return std::round(em(2.9f)); }  // 44 CSS px at the body size

}  // namespace

void field_caption(const char* caption) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::text));
  ImGui::TextUnformatted(caption);
  ImGui::PopStyleColor();
}

void automation_mark(const std::string& id, const std::string& label, ImVec2 size, const char* role) {
  // An item without focus or keyboard stop: it only gives the drawing a rectangle and an id.
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(std::max(1.0f, size.x), std::max(1.0f, size.y)));
  ImGui::PopItemFlag();
  automation::tag(id, label, role);
}

void text_item(const std::string& id, ImFont* font, ImU32 col, const std::string& s, float width) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, s.c_str());
  automation_mark(id, s, size);
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, pos, col, s.c_str(), nullptr, width);
}

bool form_field(const std::string& id, const FieldSpec& spec, std::string& value, const std::string& error, float width) {
  if (spec.caption && *spec.caption) field_caption(spec.caption);
  const float h = field_height();
  const bool masked = spec.password && !(spec.shown && *spec.shown);
  const float toggle_w = spec.password && spec.shown ? h : 0.0f;

  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackCharFilter;
  if (!spec.multiline) flags |= ImGuiInputTextFlags_EnterReturnsTrue;
  if (masked) flags |= ImGuiInputTextFlags_Password;
  Limit limit{&value, spec.max_chars};
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.8f), (h - ImGui::GetFontSize()) / 2));
  if (!error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::danger));
  bool enter = false;
  const std::string imgui_id = "##" + id;
  if (spec.multiline) {
    // ImGui's multi-line field has no hint: an empty one shows it drawn underneath.
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::InputTextMultiline(imgui_id.c_str(), value.data(), value.capacity() + 1, ImVec2(width, h * 2.4f), flags,
                              grow_string, &limit);
    if (value.empty() && !ImGui::IsItemActive())
      ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + em(0.8f), p.y + (h - ImGui::GetFontSize()) / 2), color::muted,
                                          spec.hint);
  } else {
    ImGui::SetNextItemWidth(width - toggle_w);
    enter = ImGui::InputTextWithHint(imgui_id.c_str(), spec.hint, value.data(), value.capacity() + 1, flags, grow_string,
                                     &limit);
  }
  automation::tag(id, spec.caption ? spec.caption : "", "input");
  // Tests see what a person sees: a masked password stays masked.
  automation::set_value(masked ? std::string(mestore::utf8_length(value), '*') : value);
  if (!error.empty()) ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (toggle_w > 0) {
    ImGui::SameLine(0, 0);
    if (icon_button(*spec.shown ? icon::eye_slash : icon::eye, id + ".show",
                    tr(*spec.shown ? "form.hide_password" : "form.show_password"), h, *spec.shown, "checkbox"))
      *spec.shown = !*spec.shown;
  }
  if (!error.empty()) text_item(id + ".error", ImGui::GetFont(), color::danger, std::string(icon::warning) + "  " + error, width);
  ImGui::Dummy(ImVec2(0, em(0.35f)));
  return enter;
}

void password_checklist(const std::vector<mestore::PasswordRule>& rules, float width) {
  ImFont* font = ImGui::GetFont();
  for (const auto& r : rules) {
    const std::string line = std::string(r.passed ? icon::check : icon::circle) + "  " + tr(std::string(r.key).c_str());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = font->CalcTextSizeA(font->FontSize * 0.9f, FLT_MAX, width, line.c_str());
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize * 0.9f, pos, r.passed ? color::success : color::muted,
                                        line.c_str(), nullptr, width);
    ImGui::Dummy(size);
  }
}

}  // namespace ui

namespace ui {

void notice_item(const std::string& id, const char* glyph, const std::string& message, ImU32 fg, ImU32 bg, float width,
                 const std::string& value) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  if (width <= 0) width = card_inner_width();
  const float pad = em(0.75f);
  const float glyph_w = ImGui::CalcTextSize(glyph).x + em(0.6f);
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  dl->AddText(ImVec2(start.x + pad, start.y + pad), fg, glyph);
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad + glyph_w, start.y + pad));
  text_item(id, ImGui::GetFont(), fg, message, width - pad * 2 - glyph_w);
  if (!value.empty()) automation::set_value(value);
  const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + pad);
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, end, bg, em(0.5f));
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
  ImGui::Dummy(ImVec2(width, em(0.4f)));
}

}  // namespace ui
