// The frame around every screen: the top bar (logo, search, account, cart with its badge,
// language) and the toasts. Content only, like screens; the App places them.
#pragma once
#include "../screens/screen.hpp"

namespace ui {

inline constexpr const char* kLocaleKey = "mestore.locale";
inline constexpr float kTopBarCss = 60;
inline constexpr float kMaxContentCss = 1200;

// Narrow layouts (phones, split screens): collapsed search, icon-only buttons.
bool is_compact(const Theme& theme);
// Draws the top bar at the cursor across the whole window; returns its height (device pixels).
float draw_top_bar(ScreenContext& ctx);
// Drops expired toasts and draws the others above `bottom` (device pixels), newest last.
void draw_toasts(ScreenContext& ctx, float bottom);

}  // namespace ui
