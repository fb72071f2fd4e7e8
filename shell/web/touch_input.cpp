#include "touch_input.hpp"

#include <cfloat>
#include <cmath>

namespace shell {

void TouchInput::begin(ImVec2 pos) {
  touch_mode_ = true;
  active_ = true;
  scrolling_ = false;
  start_ = pos_ = pos;
}

void TouchInput::move(ImVec2 pos, float slop_px, float scroll_unit_px) {
  if (!active_) return;
  if (!scrolling_ && std::hypot(pos.x - start_.x, pos.y - start_.y) > slop_px) scrolling_ = true;
  if (scrolling_) wheel_ += (pos.y - pos_.y) / scroll_unit_px;  // content follows the finger
  pos_ = pos;
}

void TouchInput::end(ImVec2 pos) {
  if (!active_) return;
  active_ = false;
  if (!scrolling_) {
    pos_ = pos;
    press_frames_ = 2;
  }
}

void TouchInput::cancel() {
  active_ = false;
  scrolling_ = false;
}

void TouchInput::apply(ImGuiIO& io) {
  if (!touch_mode_) return;
  const bool pointer_down = active_ || press_frames_ > 0;
  io.MousePos = pointer_down ? pos_ : ImVec2(-FLT_MAX, -FLT_MAX);
  io.MouseDown[0] = press_frames_ == 2;
  if (press_frames_ > 0) --press_frames_;
  if (wheel_ != 0) {
    io.MouseWheel += wheel_;
    wheel_ = 0;
  }
}

}  // namespace shell
