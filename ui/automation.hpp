// UI automation for browser tests: every labelled widget of the last frame with its rectangle in
// CSS pixels, built on ImGui 1.86's test-engine hooks (ItemAdd gives rectangles, ItemInfo gives
// labels). Tests find widgets by their stable id (the part after "##") and click the rectangle
// with real input events; they never call into the app.
#pragma once
#include <string>

namespace ui::automation {

// Roles from the contract: button input checkbox radio combo tab link menu row text.
void begin_frame(float dpr);  // call after ImGui::NewFrame
void end_frame();             // call after ImGui::Render: the frame's list becomes "last frame"
// Marks the last submitted item (ImGui "last item") with a role, and optionally a value or
// checked state. Needed for custom widgets (InvisibleButton has no label hook) and to name roles.
void tag(const std::string& id, const std::string& label, const char* role);
void set_role(const char* role);
void set_value(const std::string& value);
void set_checked(bool checked);
// The last frame's items as a JSON array.
std::string items_json();
int frame_count();

}  // namespace ui::automation
