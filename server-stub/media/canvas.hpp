// A small RGB raster for the seed's product pictures: gradients, soft discs and rounded boxes,
// and alpha masks (glyphs, text, blurred shadows) composited in a colour. Stored as 8-bit RGB,
// what the JPEG encoder reads, with blending done in float per touched pixel; everything is
// deterministic, so the same product gives the same bytes on every run.
#pragma once
#include <cstdint>
#include <vector>

namespace stub::media {

struct Rgb {
  float r = 0, g = 0, b = 0;
};
Rgb rgb_hex(std::uint32_t hex);  // 0xRRGGBB
Rgb mix(Rgb a, Rgb b, float t);

// 8-bit coverage; (x0, y0) is where its top-left lands relative to the point it is drawn at.
struct Mask {
  int w = 0, h = 0;
  int x0 = 0, y0 = 0;
  std::vector<std::uint8_t> a;
  bool empty() const { return w <= 0 || h <= 0; }
};

// A copy of `m` blurred (three box passes ≈ Gaussian), grown by `radius` on every side.
Mask blurred(const Mask& m, int radius);

class Canvas {
 public:
  Canvas(int w, int h);
  int width() const { return w_; }
  int height() const { return h_; }

  // Linear gradient from `a` at (x0, y0) to `b` at (x1, y1).
  void gradient(Rgb a, Rgb b, float x0, float y0, float x1, float y1);
  // A disc with an anti-aliased edge `feather` pixels wide (large feathers make soft glows).
  void disc(float cx, float cy, float radius, Rgb color, float opacity, float feather = 1.5f);
  void rounded_box(float x, float y, float w, float h, float radius, Rgb color, float opacity, float feather = 1.5f);
  // Composites `m` in `color` with its origin at (x, y).
  void draw(const Mask& m, int x, int y, Rgb color, float opacity = 1.0f);

  // 8-bit RGB, row-major, for the JPEG writer.
  const std::vector<std::uint8_t>& rgb8() const { return px_; }

 private:
  void blend(int x, int y, Rgb c, float alpha);
  int w_, h_;
  std::vector<std::uint8_t> px_;
};

}  // namespace stub::media
