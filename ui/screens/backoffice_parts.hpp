// Shared by the back-office screens: the title with the area's tabs under it (each a link,
// id "bo.tab.<key>"), so an admin moves between dashboard, orders… the way a shopper moves
// between catalog pages.
#pragma once
#include "screen.hpp"

namespace ui {

// Draws the back office's title and tabs; `active` is the tab key of the current screen.
void backoffice_header(ScreenContext& ctx, const char* active);
// The width back-office content uses: the whole column, at most 1200 CSS px.
float backoffice_width(ScreenContext& ctx);

}  // namespace ui
