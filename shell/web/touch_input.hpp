// Touch, translated for ImGui 1.86 (which only knows a mouse): a tap becomes a press and a
// release on separate frames at the finger; a swipe past a few pixels becomes scrolling and can
// no longer click; after the finger lifts the pointer leaves, so nothing stays "hovered".
#pragma once
#include <imgui.h>

namespace shell {

class TouchInput {
 public:
  void begin(ImVec2 pos);
  void move(ImVec2 pos, float slop_px, float scroll_unit_px);
  void end(ImVec2 pos);
  void cancel();
  void mouse_moved() { touch_mode_ = false; }
  // After the backend's NewFrame, before ImGui::NewFrame: overrides mouse state while touch rules.
  void apply(ImGuiIO& io);
  bool wants_frames() const { return press_frames_ > 0 || active_; }

 private:
  bool touch_mode_ = false;
  bool active_ = false;
  bool scrolling_ = false;
  ImVec2 start_, pos_;
  float wheel_ = 0;
  int press_frames_ = 0;  // 2: press this frame, 1: release this frame
};

}  // namespace shell
