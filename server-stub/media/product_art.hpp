// Draws a seeded product's pictures: soft pastel gradient, a large icon for what the product
// is, and a short label. Three layouts so a product's gallery shows different "shots":
//   0 hero     white disc with a soft shadow, the icon in the product's colour, brand below
//   1 bold     saturated background, a big white icon with a drop shadow, a variant pill
//   2 pattern  faint tiled icons, a white card with the icon and the variant
// Pure: the same spec always gives the same pixels. A renderer keeps the backgrounds it has
// drawn (they depend on the category and layout only), which halves the seeding time.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "canvas.hpp"
#include "fonts.hpp"

namespace stub::media {

struct PictureSpec {
  Rgb background_light;
  Rgb background_dark;
  Rgb accent;       // the category's strong colour
  Rgb subject;      // the product's own colour (its variant, e.g. "Azul"), or the accent
  int icon = 0;     // Font Awesome 4.7 codepoint
  std::string brand;
  std::string variant;
  int layout = 0;   // 0 hero, 1 bold, 2 pattern
  std::uint64_t seed = 0;  // small placement variety between products
};

inline constexpr int kPictureSize = 600;

// Not thread-safe: one renderer per thread.
class PictureRenderer {
 public:
  explicit PictureRenderer(SeedFonts fonts) : fonts_(std::move(fonts)) {}
  Canvas draw(const PictureSpec& spec);
  // The icon glyph fitted to `box` pixels (blurred for shadows when `blur` > 0), rasterised once.
  const Mask& icon(int codepoint, int box, int blur = 0);

 private:
  using Key = std::tuple<int, int, bool, std::uint32_t, std::uint32_t, std::uint32_t>;  // layout, icon, pale, colours
  SeedFonts fonts_;
  std::map<Key, Canvas> backgrounds_;
  std::map<std::pair<int, int>, Mask> icons_;  // (codepoint, box) → glyph; blurred ones use box < 0
};

}  // namespace stub::media
