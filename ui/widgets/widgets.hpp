// Small drawing helpers shared by screens. Each takes an automation id where it is actionable.
#pragma once
#include <string>
#include <vector>

#include "client/money.hpp"
#include "client/remote.hpp"
#include "client/wire/common.hpp"
#include "client/wire/product.hpp"
#include "../platform.hpp"
#include "../theme.hpp"

namespace ui {

// A spinning arc of `radius` device pixels; keeps the host drawing while visible.
void spinner(float radius, ImU32 col);
// Spinner and text on one line, for "loading…" states.
void loading_line(const char* text);
// A red-tinted box with an icon, a message and an optional retry button; true when retry clicked.
// Boxes are `width` wide, or fill the open card (or the window) when width is 0.
bool error_box(const char* message, const mestore::ApiError* error, const std::string& retry_id, float width = 0);
// A soft box with an icon and a message (info, warning or success colours). Wraps the text.
void notice_box(const char* glyph, const std::string& message, ImU32 fg, ImU32 bg, float width = 0);
// A primary (filled) or secondary (outlined) button with a stable id. Disabled buttons never fire.
bool primary_button(const std::string& label_and_id, bool enabled = true, float width = 0);
bool secondary_button(const std::string& label_and_id, bool enabled = true, float width = 0);
// A square button showing one icon, at least `size` device pixels (touch targets ≥ 44 CSS px);
// `label` is what automation reports (the icon has no words).
bool icon_button(const char* glyph, const std::string& id, const std::string& label, float size, bool selected = false,
                 const char* role = "button");
// A rounded pill (category chips); `selected` fills it.
bool chip(const std::string& text, const std::string& id, bool selected, const char* role = "link");
// Before a chip that follows another one in a row: on the same line when it still fits before
// `right_edge` (screen x, device pixels), else at the start of the next line (phones).
void chip_spacing(const std::string& next_text, float right_edge, float gap);
// A text link in the brand colour with a hover underline.
bool link_button(const std::string& text, const std::string& id);
// Text in a font and colour, optionally wrapped at the available width.
void text(ImFont* font, ImU32 col, const std::string& s, bool wrap = false);
// Table cells whose line of text sits in the middle of a row `row_h` tall (ImGui starts a cell at
// the top): the next column, or column `column`; or, already in a cell, move the cursor down so.
void table_cell(float row_h);
void table_cell_at(int column, float row_h);
void center_line_in_row(float row_h);
// Draws `s` word-wrapped at `width` into at most `max_lines` lines; a cut last line ends in "…".
// Returns the height used.
float text_lines(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const std::string& s, float width,
                 int max_lines, bool centre = false);
// A paragraph centred line by line across `width` at the cursor (empty states).
void centred_text(ImFont* font, ImU32 col, const std::string& s, float width);
// Price as "$ 1.250.000" in the current language's format.
std::string price_text(mestore::Cop amount);
// A one-line text field bound to a std::string. Reports role "input" and its value to automation.
// Returns true when the text changed this frame; *submitted is set when Enter was pressed.
bool text_field(const std::string& id, std::string& value, const char* hint, float width, bool* submitted = nullptr,
                int max_chars = 100, bool digits_only = false);
// [−] n [+] bounded by [min, max]. Returns true when the value changed.
bool quantity_stepper(const std::string& id, int& value, int min, int max, float height);
// A product tile: picture, name, price, vendor. Returns true when clicked (or activated by keys).
bool product_card(Platform& platform, const mestore::Product& p, const std::string& id, float width, const Fonts& fonts);
// A product as a list row: thumbnail, name, vendor, stock and price.
bool product_row(Platform& platform, const mestore::Product& p, const std::string& id, float width, const Fonts& fonts);
// A static tile the size of a card, for the first load of a grid (no animation, no redraws).
void skeleton_card(float width, const Fonts& fonts);
float product_card_height(float width, const Fonts& fonts);
// The keyboard-navigation focus ring ImGui leaves out for invisible buttons.
void focus_ring(ImVec2 min, ImVec2 max, float rounding);
// ‹ "Página 2 de 9" › under a paged list (buttons "<id>.prev" / "<id>.next"). Returns the page
// asked for, or 0 when neither arrow was pressed. Draws nothing for a single page.
int page_arrows(const std::string& id, const mestore::Pagination& pg);
// A 1 px rule `width` wide at the cursor, with a little room above and below (ImGui::Separator
// spans the whole window, past the edge of a card).
void hairline(float width);
// A white rounded card around whatever is drawn between begin_card and end_card, `width` wide
// (device pixels). Cards nest and may contain boxes that split the draw list themselves.
void begin_card(float width, float pad);
void end_card();
float card_inner_width();  // of the innermost open card
// A button showing the current choice that opens a menu; returns the chosen index or -1. Each
// option gets the id "<id>.<key>" (role radio, checked when current).
struct Choice {
  std::string key;
  std::string label;
};
int choice_menu(const std::string& id, const std::string& shown, const std::vector<Choice>& options, int current,
                float width, float height);
// Whether any animated widget was drawn this frame (the app then keeps frames coming).
bool take_animation_request();
void request_animation();
// Stock line for a product: "Agotado", "Quedan 3" or "Disponible", with its colour.
std::string stock_text(int available, ImU32* col);

}  // namespace ui
