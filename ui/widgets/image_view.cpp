#include "image_view.hpp"

#include <algorithm>

#include <imgui_internal.h>

#include "../theme.hpp"
#include "widgets.hpp"

namespace ui {
namespace {

constexpr double kFadeSeconds = 0.18;

ImU32 tint_for(const std::string& seed) {
  unsigned h = 2166136261u;
  for (char c : seed) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  static const ImU32 tints[] = {color::rgb(0xEEF2FB), color::rgb(0xFBF1EA), color::rgb(0xEAF5EE),
                                color::rgb(0xF3EEFB), color::rgb(0xFAF6E6), color::rgb(0xE9F3F6)};
  return tints[h % 6];
}

void placeholder(const ImageBox& b, Image::State state) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(b.min, b.max, tint_for(b.seed), b.rounding, b.corners);
  const char* glyph = state == Image::State::Failed ? icon::picture : icon::tag;
  ImFont* font = ImGui::GetFont();
  const float h = b.max.y - b.min.y;
  const float size = std::clamp(h * (b.small_icon ? 0.34f : 0.22f), font->FontSize * 0.8f, font->FontSize * 3.0f);
  const ImVec2 gs = font->CalcTextSizeA(size, FLT_MAX, 0, glyph);
  const ImVec2 p((b.min.x + b.max.x - gs.x) / 2, (b.min.y + b.max.y - gs.y) / 2);
  dl->AddText(font, size, p, color::rgb(0x1C2430, state == Image::State::Loading ? 40 : 56), glyph);
}

}  // namespace

Image::State image_view(Platform& platform, const std::string& url, const ImageBox& b) {
  if (url.empty()) {
    placeholder(b, Image::State::Unavailable);
    return Image::State::Unavailable;
  }
  // Lazy: only pictures within about a screen of the visible area are requested.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float margin = ImGui::GetIO().DisplaySize.y * 0.75f;
  ImRect near_view = window->ClipRect;
  near_view.Expand(ImVec2(margin * 0.5f, margin));
  if (!near_view.Overlaps(ImRect(b.min, b.max))) {
    placeholder(b, Image::State::Loading);
    return Image::State::Loading;
  }
  const Image img = platform.image(url);
  if (img.state != Image::State::Ready || img.width <= 0 || img.height <= 0) {
    placeholder(b, img.state);
    return img.state;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float bw = b.max.x - b.min.x, bh = b.max.y - b.min.y;
  const float iw = static_cast<float>(img.width), ih = static_cast<float>(img.height);
  const double age = platform.now() - img.ready_at;
  const int alpha = age >= kFadeSeconds ? 255 : static_cast<int>(255 * std::max(0.0, age / kFadeSeconds));
  if (age < kFadeSeconds) request_animation();
  const ImU32 col = IM_COL32(255, 255, 255, alpha);
  const ImTextureID tex = reinterpret_cast<ImTextureID>(img.texture);

  if (b.fit == Fit::Cover) {
    // Crop in texture space so rounded corners still apply to the visible picture.
    const float scale = std::max(bw / iw, bh / ih);
    const float u = (bw / scale) / iw, v = (bh / scale) / ih;
    const ImVec2 uv0((1 - u) / 2, (1 - v) / 2), uv1((1 + u) / 2, (1 + v) / 2);
    if (alpha < 255) placeholder(b, Image::State::Loading);
    dl->AddImageRounded(tex, b.min, b.max, uv0, uv1, col, b.rounding, b.corners);
    return img.state;
  }
  const float scale = std::min(bw / iw, bh / ih);
  const float w = iw * scale, h = ih * scale;
  const ImVec2 p0(IM_FLOOR(b.min.x + (bw - w) / 2), IM_FLOOR(b.min.y + (bh - h) / 2));
  dl->AddRectFilled(b.min, b.max, color::surface, b.rounding, b.corners);
  // The picture may touch the box's rounded corners only where it reaches them.
  ImDrawFlags corners = ImDrawFlags_RoundCornersNone;
  const bool full_w = w >= bw - 1, full_h = h >= bh - 1;
  if (full_w && full_h) corners = b.corners;
  else if (full_w && p0.y <= b.min.y + 1) corners = b.corners & ImDrawFlags_RoundCornersTop;
  dl->AddImageRounded(tex, p0, ImVec2(p0.x + w, p0.y + h), ImVec2(0, 0), ImVec2(1, 1), col, b.rounding,
                      corners == ImDrawFlags_RoundCornersNone ? ImDrawFlags_RoundCornersNone : corners);
  return img.state;
}

}  // namespace ui
