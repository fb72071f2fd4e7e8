// Pieces of the home screen (home_parts.cpp): the hero, section headers and category tiles.
#pragma once
#include <string>
#include <vector>

#include "client/wire/catalog.hpp"
#include "screen.hpp"

namespace ui {

// The brand banner. On wide screens its right half lists the top-level categories (`cats`, may
// be null while they load). Returns Shop when the call-to-action is clicked, Category (with
// *slug) when a category is.
enum class HeroAction { None, Shop, Category };
HeroAction draw_home_hero(ScreenContext& ctx, const std::vector<const mestore::Category*>* cats, std::string* slug);
// A section title with an optional "see all" link on the right; true when the link is clicked.
bool section_header(const Fonts& f, const char* title, const char* link_id, const char* link_label);
// Category tiles (icon, name, product count); true with *slug set when one is clicked.
bool draw_category_tiles(ScreenContext& ctx, const std::vector<const mestore::Category*>& cats, std::string* slug);

}  // namespace ui
