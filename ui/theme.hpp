// Look and feel: one light shop theme, fonts rasterised for the display's pixel density, and
// sizes in "em" so layouts scale with the text. ImGui coordinates are device pixels; `dpr`
// converts CSS pixels (what designers and tests speak) to them.
#pragma once
#include <string>

#include <imgui.h>

namespace ui {

// TTF files as the host can open them.
struct FontFiles {
  std::string regular;
  std::string medium;
  std::string bold;
  std::string icons;  // Font Awesome 4.7, merged into each face for the few icons we use
};

struct Fonts {
  ImFont* body = nullptr;     // 15 px
  ImFont* small = nullptr;    // 13 px
  ImFont* strong = nullptr;   // 15 px medium
  ImFont* heading = nullptr;  // 20 px bold
  ImFont* title = nullptr;    // 28 px bold
  ImFont* price = nullptr;    // 18 px bold
};

namespace color {
constexpr ImU32 rgb(unsigned v, unsigned a = 255) {
  return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, a);
}
inline constexpr ImU32 background = rgb(0xF4F6F8);
inline constexpr ImU32 surface = rgb(0xFFFFFF);
inline constexpr ImU32 border = rgb(0xE3E7EC);
inline constexpr ImU32 text = rgb(0x1C2430);
inline constexpr ImU32 muted = rgb(0x667085);
inline constexpr ImU32 brand = rgb(0x1A56DB);
inline constexpr ImU32 brand_dark = rgb(0x133E9E);
inline constexpr ImU32 brand_soft = rgb(0xE8EFFD);
inline constexpr ImU32 accent = rgb(0xF26B1D);
inline constexpr ImU32 success = rgb(0x138A4B);
inline constexpr ImU32 success_soft = rgb(0xE3F5EA);
inline constexpr ImU32 warning = rgb(0xB45309);
inline constexpr ImU32 warning_soft = rgb(0xFEF3E2);
inline constexpr ImU32 danger = rgb(0xC0262D);
inline constexpr ImU32 danger_soft = rgb(0xFDE8E8);
}  // namespace color

// Icon code points (Font Awesome 4.7), as UTF-8.
namespace icon {
inline constexpr const char* cart = "\xef\x80\xba";        // f07a
inline constexpr const char* user = "\xef\x80\x87";        // f007
inline constexpr const char* search = "\xef\x80\x82";      // f002
inline constexpr const char* home = "\xef\x80\x95";        // f015
inline constexpr const char* left = "\xef\x81\x93";        // f053
inline constexpr const char* right = "\xef\x81\x94";       // f054
inline constexpr const char* check = "\xef\x80\x8c";       // f00c
inline constexpr const char* times = "\xef\x80\x8d";       // f00d
inline constexpr const char* warning = "\xef\x81\xb1";     // f071
inline constexpr const char* shield = "\xef\x84\xb2";      // f132
inline constexpr const char* globe = "\xef\x82\xac";       // f0ac
inline constexpr const char* truck = "\xef\x83\x91";       // f0d1
inline constexpr const char* circle = "\xef\x84\x91";      // f111
inline constexpr const char* refresh = "\xef\x80\xa1";     // f021
inline constexpr const char* tag = "\xef\x80\xab";         // f02b
inline constexpr const char* store = "\xef\x95\x8f";       // (not in 4.7; unused)
}  // namespace icon

class Theme {
 public:
  // (Re)builds fonts and style for `dpr`. Returns false if a font file could not be loaded
  // (the UI then falls back to ImGui's built-in font, still usable).
  bool apply(const FontFiles& files, float dpr);
  float dpr() const { return dpr_; }
  const Fonts& fonts() const { return fonts_; }
  // CSS pixels → ImGui (device) pixels.
  float px(float css) const { return css * dpr_; }

 private:
  float dpr_ = 1.0f;
  Fonts fonts_;
};

// Current font size in device pixels × n: spacing that follows the text.
inline float em(float n = 1.0f) { return ImGui::GetFontSize() * n; }

}  // namespace ui
