// TrueType rasterising for the seed pictures (stb_truetype): Font Awesome 4.7 glyphs as icons
// and Roboto for labels, both from Debian packages the setup script installs.
#pragma once
#include <memory>
#include <string>

#include "canvas.hpp"

namespace stub::media {

class Font {
 public:
  // std::nullptr when the file is missing or not a font.
  static std::shared_ptr<const Font> load(const std::string& path);
  ~Font();

  bool has(int codepoint) const;
  // One glyph scaled so its ink fits a `box` × `box` square, centred on the origin.
  Mask icon(int codepoint, int box) const;
  // A UTF-8 line at `pixel_height` with `tracking` extra pixels between letters; the origin is
  // the left end of the baseline. `width` receives the advance width.
  Mask text(const std::string& utf8, float pixel_height, float tracking, int* width = nullptr) const;

 private:
  Font() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The fonts the seed uses; empty pointers when a font file is missing (pictures then skip it).
struct SeedFonts {
  std::shared_ptr<const Font> icons;  // Font Awesome 4.7
  std::shared_ptr<const Font> label;  // Roboto Medium
  static SeedFonts load_default();
};

}  // namespace stub::media
