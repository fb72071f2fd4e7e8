// The frame around every screen: the top bar (logo, search, account, cart with its badge,
// language) and the toasts. Content only, like screens; the App places them.
#pragma once
#include <string>

#include "../screens/screen.hpp"

namespace ui {

inline constexpr const char* kLocaleKey = "mestore.locale";
inline constexpr float kTopBarCss = 60;
inline constexpr float kMaxContentCss = 1200;

// Narrow layouts (phones, split screens): collapsed search, icon-only buttons.
bool is_compact(const Theme& theme);
// Draws the top bar at the cursor across the whole window; returns its height (device pixels).
float draw_top_bar(ScreenContext& ctx);
// The account entry (account_menu.cpp): the button's text ("Ingresar" or the user's first name),
// and what follows the button drawn at [min, max]: for a guest a click goes to sign in; for a
// user it opens the account menu (Mi cuenta, Cerrar sesión), drawn here too.
std::string account_button_text(const ScreenContext& ctx);
void draw_account_entry(ScreenContext& ctx, bool clicked, ImVec2 min, ImVec2 max);
// Drops expired toasts and draws the others above `bottom` (device pixels), newest last.
void draw_toasts(ScreenContext& ctx, float bottom);

}  // namespace ui
