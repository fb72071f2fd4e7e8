// Product pictures: a texture from the host when it is ready, a calm placeholder otherwise
// (loading, failed, no picture, or a host without images). Pictures are asked for only when
// their rectangle is near the visible part of the window, so long lists load lazily.
#pragma once
#include <string>

#include <imgui.h>

#include "../platform.hpp"

namespace ui {

enum class Fit {
  Contain,  // the whole picture, letterboxed on white (product photos on white backgrounds)
  Cover,    // fills the box, cropping the overflow
};

struct ImageBox {
  ImVec2 min, max;  // screen rectangle, device pixels
  float rounding = 0;
  ImDrawFlags corners = ImDrawFlags_RoundCornersAll;
  Fit fit = Fit::Contain;
  std::string seed;  // picks the placeholder tint (e.g. the category name) so grids look varied
  bool small_icon = false;
};

// Draws into the current window's draw list. Returns the picture's state as drawn.
Image::State image_view(Platform& platform, const std::string& url, const ImageBox& box);

}  // namespace ui
