// Shared by the back-office and vendor-portal screens: the title with the area's tabs under it
// (each a link, id "bo.tab.<key>"; an admin sees the marketplace's tabs, a vendor their shop's),
// the review controls and the status words and colours of products.
#pragma once
#include "screen.hpp"

namespace ui {

// Draws the area's title and tabs for the signed-in role; `active` is the current screen's tab key.
void backoffice_header(ScreenContext& ctx, const char* active);
// The width back-office content uses: the whole column, at most 1200 CSS px.
float backoffice_width(ScreenContext& ctx);

// The approve / reject-with-reason controls of a review card (products, vendor applications):
// buttons "<id>.approve" and "<id>.reject"; rejecting shows "<id>.reason" (5-500 characters,
// checked here; the server's own reason error goes in reason_error too), "<id>.confirm_reject"
// and "<id>.keep". A form-wide error ("<id>.error") is shown above the buttons.
struct ReviewState {
  bool rejecting = false;
  std::string reason;
  std::string reason_error;
  std::string error;
};
enum class ReviewAction { None, Approve, Reject };
ReviewAction review_controls(ScreenContext& ctx, const std::string& id, ReviewState& s, bool busy, float inner,
                             const char* approve_key);
// Product approvals and vendor applications share a page: a switch between the two queues.
void approvals_switch(ScreenContext& ctx, bool vendors);

// "Publicado", "Pendiente de aprobación"… for a product status (APPROVED, PENDING…).
const char* product_status_text(const std::string& status);
// Text colour and soft background of a product status badge.
void product_status_colors(const std::string& status, ImU32* fg, ImU32* bg);

}  // namespace ui
