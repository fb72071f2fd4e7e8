#include "canvas.hpp"

#include <algorithm>
#include <cmath>

namespace stub::media {

Rgb rgb_hex(std::uint32_t hex) {
  return {((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f};
}

Rgb mix(Rgb a, Rgb b, float t) { return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t}; }

namespace {

// One horizontal and one vertical running-sum pass of width 2r+1.
void box_pass(std::vector<float>& v, int w, int h, int r) {
  std::vector<float> tmp(v.size());
  const float inv = 1.0f / static_cast<float>(2 * r + 1);
  for (int y = 0; y < h; ++y) {
    float acc = 0;
    for (int x = -r; x <= r; ++x) acc += (x >= 0 && x < w) ? v[y * w + x] : 0;
    for (int x = 0; x < w; ++x) {
      tmp[y * w + x] = acc * inv;
      int add = x + r + 1, sub = x - r;
      if (add < w) acc += v[y * w + add];
      if (sub >= 0) acc -= v[y * w + sub];
    }
  }
  for (int x = 0; x < w; ++x) {
    float acc = 0;
    for (int y = -r; y <= r; ++y) acc += (y >= 0 && y < h) ? tmp[y * w + x] : 0;
    for (int y = 0; y < h; ++y) {
      v[y * w + x] = acc * inv;
      int add = y + r + 1, sub = y - r;
      if (add < h) acc += tmp[add * w + x];
      if (sub >= 0) acc -= tmp[sub * w + x];
    }
  }
}

float smooth_edge(float distance_inside, float feather) {
  // 0 outside, 1 inside, a smoothstep over `feather` pixels centred on the edge.
  float t = std::clamp(distance_inside / feather + 0.5f, 0.0f, 1.0f);
  return t * t * (3 - 2 * t);
}

std::uint8_t to8(float v) { return static_cast<std::uint8_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); }

// p = p·(1 − a) + c·a, in 0…255; both terms stay in range for a in [0, 1], so no clamp.
inline void blend_pixel(std::uint8_t* p, Rgb c, float alpha) {
  const float a = std::min(alpha, 1.0f), keep = 1.0f - a, k = 255.0f * a;
  p[0] = static_cast<std::uint8_t>(p[0] * keep + c.r * k + 0.5f);
  p[1] = static_cast<std::uint8_t>(p[1] * keep + c.g * k + 0.5f);
  p[2] = static_cast<std::uint8_t>(p[2] * keep + c.b * k + 0.5f);
}

}  // namespace

Mask blurred(const Mask& m, int radius) {
  Mask out;
  out.w = m.w + 2 * radius;
  out.h = m.h + 2 * radius;
  out.x0 = m.x0 - radius;
  out.y0 = m.y0 - radius;
  std::vector<float> v(static_cast<std::size_t>(out.w) * out.h, 0.0f);
  for (int y = 0; y < m.h; ++y)
    for (int x = 0; x < m.w; ++x) v[(y + radius) * out.w + x + radius] = m.a[y * m.w + x];
  const int r = std::max(1, radius / 3);
  for (int i = 0; i < 3; ++i) box_pass(v, out.w, out.h, r);
  out.a.resize(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out.a[i] = static_cast<std::uint8_t>(std::clamp(v[i], 0.0f, 255.0f));
  return out;
}

Canvas::Canvas(int w, int h) : w_(w), h_(h), px_(static_cast<std::size_t>(w) * h * 3) {}

void Canvas::blend(int x, int y, Rgb c, float alpha) {
  if (x < 0 || y < 0 || x >= w_ || y >= h_ || alpha <= 0) return;
  blend_pixel(&px_[(static_cast<std::size_t>(y) * w_ + x) * 3], c, alpha);
}

void Canvas::gradient(Rgb a, Rgb b, float x0, float y0, float x1, float y1) {
  // t is linear in x and y, so step it instead of projecting every pixel; colours come from a
  // small table of the eased ramp.
  constexpr int kSteps = 1024;
  std::vector<std::uint8_t> ramp((kSteps + 1) * 3);
  for (int i = 0; i <= kSteps; ++i) {
    const float t = static_cast<float>(i) / kSteps;
    const Rgb c = mix(a, b, t * t * (3 - 2 * t));  // eased: no visible band at either end
    ramp[i * 3] = to8(c.r);
    ramp[i * 3 + 1] = to8(c.g);
    ramp[i * 3 + 2] = to8(c.b);
  }
  const float dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
  const float step_x = dx / len2 * kSteps;
  for (int y = 0; y < h_; ++y) {
    float t = ((0.5f - x0) * dx + (y + 0.5f - y0) * dy) / len2 * kSteps;
    std::uint8_t* row = &px_[static_cast<std::size_t>(y) * w_ * 3];
    for (int x = 0; x < w_; ++x, t += step_x) {
      const std::uint8_t* c = &ramp[static_cast<std::size_t>(std::clamp(t, 0.0f, static_cast<float>(kSteps))) * 3];
      row[x * 3] = c[0];
      row[x * 3 + 1] = c[1];
      row[x * 3 + 2] = c[2];
    }
  }
}

void Canvas::disc(float cx, float cy, float radius, Rgb color, float opacity, float feather) {
  const float reach = radius + feather / 2, solid = std::max(0.0f, radius - feather / 2);
  const float reach2 = reach * reach, solid2 = solid * solid;
  const int x_lo = std::max(0, static_cast<int>(cx - reach)), x_hi = std::min(w_ - 1, static_cast<int>(cx + reach) + 1);
  const int y_lo = std::max(0, static_cast<int>(cy - reach)), y_hi = std::min(h_ - 1, static_cast<int>(cy + reach) + 1);
  for (int y = y_lo; y <= y_hi; ++y)
    for (int x = x_lo; x <= x_hi; ++x) {
      const float ddx = x + 0.5f - cx, ddy = y + 0.5f - cy, d2 = ddx * ddx + ddy * ddy;
      if (d2 >= reach2) continue;
      blend_pixel(&px_[(static_cast<std::size_t>(y) * w_ + x) * 3], color,
                  d2 <= solid2 ? opacity : opacity * smooth_edge(radius - std::sqrt(d2), feather));
    }
}

void Canvas::rounded_box(float bx, float by, float bw, float bh, float radius, Rgb color, float opacity, float feather) {
  const int x_lo = std::max(0, static_cast<int>(bx - feather)), x_hi = std::min(w_ - 1, static_cast<int>(bx + bw + feather) + 1);
  const int y_lo = std::max(0, static_cast<int>(by - feather)), y_hi = std::min(h_ - 1, static_cast<int>(by + bh + feather) + 1);
  const float hx = bw / 2 - radius, hy = bh / 2 - radius, cx = bx + bw / 2, cy = by + bh / 2;
  const float solid = -radius - feather / 2;  // signed distances below this are fully inside
  for (int y = y_lo; y <= y_hi; ++y) {
    std::uint8_t* row = &px_[static_cast<std::size_t>(y) * w_ * 3];
    const float qy = std::fabs(y + 0.5f - cy) - hy;
    for (int x = x_lo; x <= x_hi; ++x) {
      // Signed distance to a rounded rectangle (negative inside).
      const float qx = std::fabs(x + 0.5f - cx) - hx;
      float alpha = opacity;
      if (std::max(qx, qy) - radius > solid) {
        const float ox = std::max(qx, 0.0f), oy = std::max(qy, 0.0f);
        const float outside = std::sqrt(ox * ox + oy * oy) + std::min(std::max(qx, qy), 0.0f) - radius;
        alpha *= smooth_edge(-outside, feather);
        if (alpha <= 0) continue;
      }
      blend_pixel(row + x * 3, color, alpha);
    }
  }
}

void Canvas::draw(const Mask& m, int x, int y, Rgb color, float opacity) {
  // Clip the mask to the canvas once, then blend row by row.
  const int left = x + m.x0, top = y + m.y0;
  const int mx_lo = std::max(0, -left), mx_hi = std::min(m.w, w_ - left);
  const int my_lo = std::max(0, -top), my_hi = std::min(m.h, h_ - top);
  const float scale = opacity / 255.0f;
  for (int my = my_lo; my < my_hi; ++my) {
    const std::uint8_t* src = &m.a[static_cast<std::size_t>(my) * m.w];
    std::uint8_t* dst = &px_[(static_cast<std::size_t>(top + my) * w_ + left) * 3];
    for (int mx = mx_lo; mx < mx_hi; ++mx)
      if (src[mx]) blend_pixel(dst + mx * 3, color, src[mx] * scale);
  }
}

}  // namespace stub::media
