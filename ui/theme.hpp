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
  ImFont* display = nullptr;  // 36 px bold: the hero's title, a product's price
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

// Icon code points (Font Awesome 4.7), as UTF-8. theme.cpp rasterises exactly these (kIconCodes).
namespace icon {
inline constexpr const char* cart = "\xef\x81\xba";         // ff07a
inline constexpr const char* user = "\xef\x80\x87";         // ff007
inline constexpr const char* search = "\xef\x80\x82";       // ff002
inline constexpr const char* home = "\xef\x80\x95";         // ff015
inline constexpr const char* left = "\xef\x81\x93";         // ff053
inline constexpr const char* right = "\xef\x81\x94";        // ff054
inline constexpr const char* check = "\xef\x80\x8c";        // ff00c
inline constexpr const char* times = "\xef\x80\x8d";        // ff00d
inline constexpr const char* warning = "\xef\x81\xb1";      // ff071
inline constexpr const char* shield = "\xef\x84\xb2";       // ff132
inline constexpr const char* globe = "\xef\x82\xac";        // ff0ac
inline constexpr const char* truck = "\xef\x83\x91";        // ff0d1
inline constexpr const char* circle = "\xef\x84\x91";       // ff111
inline constexpr const char* refresh = "\xef\x80\xa1";      // ff021
inline constexpr const char* tag = "\xef\x80\xab";          // ff02b
inline constexpr const char* picture = "\xef\x80\xbe";      // ff03e
inline constexpr const char* plus = "\xef\x81\xa7";         // ff067
inline constexpr const char* minus = "\xef\x81\xa8";        // ff068
inline constexpr const char* trash = "\xef\x87\xb8";        // ff1f8
inline constexpr const char* grid = "\xef\x80\x8a";         // ff00a
inline constexpr const char* list = "\xef\x80\xba";         // ff03a
inline constexpr const char* filter = "\xef\x82\xb0";       // ff0b0
inline constexpr const char* sliders = "\xef\x87\x9e";      // ff1de
inline constexpr const char* bag = "\xef\x8a\x90";          // ff290
inline constexpr const char* chevron_down = "\xef\x81\xb8"; // ff078
inline constexpr const char* arrow_right = "\xef\x81\xa1";  // ff061
inline constexpr const char* check_circle = "\xef\x81\x98"; // ff058
inline constexpr const char* info = "\xef\x81\x9a";         // ff05a
inline constexpr const char* lock = "\xef\x80\xa3";         // ff023
inline constexpr const char* gift = "\xef\x81\xab";         // ff06b
inline constexpr const char* bolt = "\xef\x83\xa7";         // ff0e7
inline constexpr const char* star = "\xef\x80\x85";         // ff005
inline constexpr const char* mobile = "\xef\x84\x8b";       // ff10b
inline constexpr const char* laptop = "\xef\x84\x89";       // ff109
inline constexpr const char* headphones = "\xef\x80\xa5";   // ff025
inline constexpr const char* cutlery = "\xef\x83\xb5";      // ff0f5
inline constexpr const char* paint_brush = "\xef\x87\xbc";  // ff1fc
inline constexpr const char* futbol = "\xef\x87\xa3";       // ff1e3
inline constexpr const char* leaf = "\xef\x81\xac";         // ff06c
inline constexpr const char* coffee = "\xef\x83\xb4";       // ff0f4
inline constexpr const char* child = "\xef\x86\xae";        // ff1ae
inline constexpr const char* book = "\xef\x80\xad";         // ff02d
inline constexpr const char* paw = "\xef\x86\xb0";          // ff1b0
inline constexpr const char* cube = "\xef\x86\xb2";         // ff1b2
inline constexpr const char* clock = "\xef\x80\x97";        // ff017
inline constexpr const char* credit_card = "\xef\x82\x9d";  // ff09d
inline constexpr const char* undo = "\xef\x83\xa2";         // ff0e2
inline constexpr const char* th_large = "\xef\x80\x89";     // ff009
inline constexpr const char* exclamation_circle = "\xef\x81\xaa";// ff06a
inline constexpr const char* percent = "\xef\x8a\x95";      // ff295
inline constexpr const char* heart = "\xef\x80\x84";        // ff004
inline constexpr const char* eye = "\xef\x81\xae";          // ff06e
inline constexpr const char* eye_slash = "\xef\x81\xb0";    // ff070
inline constexpr const char* sign_out = "\xef\x82\x8b";     // ff08b
inline constexpr const char* key = "\xef\x82\x84";          // ff084
inline constexpr const char* desktop = "\xef\x84\x88";      // ff108
inline constexpr const char* building = "\xef\x86\xad";     // ff1ad
inline constexpr const char* money = "\xef\x83\x96";        // ff0d6
inline constexpr const char* file_text = "\xef\x85\x9c";    // ff15c
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
