// Small drawing helpers shared by screens. Each takes an automation id where it is actionable.
#pragma once
#include <string>

#include "client/money.hpp"
#include "client/remote.hpp"
#include "client/wire/product.hpp"
#include "../theme.hpp"

namespace ui {

// A spinning arc of `radius` device pixels; keeps the host drawing while visible.
void spinner(float radius, ImU32 col);
// Spinner and text on one line, for "loading…" states.
void loading_line(const char* text);
// A red-tinted box with an icon, a message and an optional retry button; true when retry clicked.
bool error_box(const char* message, const mestore::ApiError* error, const std::string& retry_id);
// A primary (filled) or secondary (outlined) button with a stable id. Disabled buttons never fire.
bool primary_button(const std::string& label_and_id, bool enabled = true, float width = 0);
bool secondary_button(const std::string& label_and_id, bool enabled = true, float width = 0);
// Text in a font and colour, optionally wrapped at the available width.
void text(ImFont* font, ImU32 col, const std::string& s, bool wrap = false);
// Price as "$ 1.250.000" in the current language's format.
std::string price_text(mestore::Cop amount);
// A product tile: placeholder image, name, price, vendor. Returns true when clicked.
bool product_card(const mestore::Product& p, const std::string& id, float width, const Fonts& fonts);
// Whether any animated widget was drawn this frame (the app then keeps frames coming).
bool take_animation_request();
void request_animation();

}  // namespace ui
