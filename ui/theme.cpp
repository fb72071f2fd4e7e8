#include "theme.hpp"

#include <cstdio>

namespace ui {
namespace {

bool file_exists(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return true;
  }
  return false;
}

// Latin-1 plus the typographic marks Spanish text uses (– — ‘ ’ “ ” • … €).
const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0};
// Every icon in theme.hpp, each as a one-glyph range (keep the two lists together).
const ImWchar kIconCodes[] = {0xF002, 0xF004, 0xF005, 0xF007, 0xF009, 0xF00A, 0xF00C, 0xF00D, 0xF015, 0xF017, 0xF021, 0xF023, 0xF025, 0xF02B, 0xF02D, 0xF03A, 0xF03E, 0xF053, 0xF054, 0xF058, 0xF05A, 0xF061, 0xF067, 0xF068, 0xF06A, 0xF06B, 0xF06C, 0xF06E, 0xF070, 0xF071, 0xF078, 0xF07A, 0xF084, 0xF08B, 0xF09D, 0xF0AC, 0xF0B0, 0xF0D1, 0xF0D6, 0xF0E2, 0xF0E7, 0xF0F4, 0xF0F5, 0xF108, 0xF109, 0xF10B, 0xF111, 0xF132, 0xF15C, 0xF1AD, 0xF1AE, 0xF1B0, 0xF1B2, 0xF1DE, 0xF1E3, 0xF1F8, 0xF1FC, 0xF290, 0xF295};

const ImWchar* icon_ranges() {
  static ImWchar ranges[2 * (sizeof kIconCodes / sizeof kIconCodes[0]) + 1] = {};
  if (ranges[0] == 0) {
    size_t n = 0;
    for (ImWchar c : kIconCodes) {
      ranges[n++] = c;
      ranges[n++] = c;
    }
  }
  return ranges;
}

ImFont* add_face(const std::string& ttf, const std::string& icons, float size_px, float dpr) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFontConfig cfg;
  // At 2x and above the glyphs are big enough that horizontal oversampling only costs atlas space.
  cfg.OversampleH = dpr >= 2.0f ? 1 : 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  ImFont* font = atlas->AddFontFromFileTTF(ttf.c_str(), size_px * dpr, &cfg, kTextRanges);
  if (font && !icons.empty()) {
    ImFontConfig merge = cfg;
    merge.MergeMode = true;
    merge.GlyphOffset = ImVec2(0, 1.0f * dpr);
    atlas->AddFontFromFileTTF(icons.c_str(), size_px * dpr * 0.92f, &merge, icon_ranges());
  }
  return font;
}

void apply_style(float dpr) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildRounding = 8;
  style.ChildBorderSize = 0;
  style.FrameRounding = 6;
  style.FramePadding = ImVec2(10, 7);
  style.FrameBorderSize = 1;
  style.PopupRounding = 8;
  style.PopupBorderSize = 1;
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 12;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 6;
  style.TabRounding = 6;
  style.CellPadding = ImVec2(8, 6);

  auto c = [](ImU32 v) { return ImGui::ColorConvertU32ToFloat4(v); };
  ImVec4* col = style.Colors;
  col[ImGuiCol_Text] = c(color::text);
  col[ImGuiCol_TextDisabled] = c(color::muted);
  col[ImGuiCol_WindowBg] = c(color::background);
  col[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  col[ImGuiCol_PopupBg] = c(color::surface);
  col[ImGuiCol_Border] = c(color::border);
  col[ImGuiCol_FrameBg] = c(color::surface);
  col[ImGuiCol_FrameBgHovered] = c(color::rgb(0xF8FAFC));
  col[ImGuiCol_FrameBgActive] = c(color::rgb(0xF1F5F9));
  col[ImGuiCol_Button] = c(color::brand);
  col[ImGuiCol_ButtonHovered] = c(color::rgb(0x2563EB));
  col[ImGuiCol_ButtonActive] = c(color::brand_dark);
  col[ImGuiCol_Header] = c(color::brand_soft);
  col[ImGuiCol_HeaderHovered] = c(color::rgb(0xDCE7FC));
  col[ImGuiCol_HeaderActive] = c(color::rgb(0xC9DAFB));
  col[ImGuiCol_CheckMark] = c(color::brand);
  col[ImGuiCol_SliderGrab] = c(color::brand);
  col[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  col[ImGuiCol_ScrollbarGrab] = c(color::rgb(0xC5CCD6));
  col[ImGuiCol_TableHeaderBg] = c(color::rgb(0xF1F4F8));
  col[ImGuiCol_TableBorderLight] = c(color::border);
  col[ImGuiCol_TableBorderStrong] = c(color::border);
  col[ImGuiCol_TableRowBgAlt] = c(color::rgb(0xFAFBFC));
  col[ImGuiCol_NavHighlight] = c(color::brand);
  style.ScaleAllSizes(dpr);
  ImGui::GetStyle() = style;
}

}  // namespace

bool Theme::apply(const FontFiles& files, float dpr) {
  dpr_ = dpr;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  bool ok = file_exists(files.regular) && file_exists(files.medium) && file_exists(files.bold);
  const std::string icons = file_exists(files.icons) ? files.icons : std::string();
  if (ok) {
    fonts_.body = add_face(files.regular, icons, 15, dpr);
    fonts_.small = add_face(files.regular, icons, 13, dpr);
    fonts_.strong = add_face(files.medium, icons, 15, dpr);
    fonts_.heading = add_face(files.bold, icons, 20, dpr);
    fonts_.title = add_face(files.bold, icons, 28, dpr);
    fonts_.price = add_face(files.bold, icons, 18, dpr);
    fonts_.display = add_face(files.bold, "", 36, dpr);
    ok = fonts_.body && fonts_.small && fonts_.strong && fonts_.heading && fonts_.title && fonts_.price && fonts_.display;
  }
  if (!ok) {
    ImFontConfig cfg;
    cfg.SizePixels = 13 * dpr;
    ImFont* f = atlas->AddFontDefault(&cfg);
    fonts_ = {f, f, f, f, f, f, f};
  }
  atlas->Build();
  apply_style(dpr);
  return ok;
}

}  // namespace ui
