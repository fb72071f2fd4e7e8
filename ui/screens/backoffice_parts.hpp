// Shared by the back-office and vendor-portal screens: the title with the area's tabs under it
// (each a link, id "bo.tab.<key>"; an admin sees the marketplace's tabs, a vendor their shop's),
// the review controls and the status words and colours of products.
#pragma once
#include <cstdio>

#include <vector>

#include "../app_state.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "screen.hpp"

namespace ui {

// Draws the area's title and tabs for the signed-in role; `active` is the current screen's tab key.
void backoffice_header(ScreenContext& ctx, const char* active);
// The width back-office content uses: the whole column, at most 1200 CSS px.
float backoffice_width(ScreenContext& ctx);

// The approve / reject-with-reason controls of a review card (products, vendor applications,
// held payments): buttons "<id>.approve" and "<id>.reject"; rejecting shows "<id>.reason" (5-500
// characters, checked here; the server's own reason error goes in reason_error too),
// "<id>.confirm_reject" and "<id>.keep". A form-wide error ("<id>.error") is shown above the buttons.
struct ReviewState {
  bool rejecting = false;
  std::string reason;
  std::string reason_error;
  std::string error;
};
// The translation keys of the controls' words; a queue may name its own.
struct ReviewWords {
  const char* approve;
  const char* reject = "bo.approvals.reject";
  const char* reason = "bo.approvals.reason";
  const char* reason_hint = "bo.approvals.reason_hint";
  const char* confirm_reject = "bo.approvals.confirm_reject";
};
enum class ReviewAction { None, Approve, Reject };
ReviewAction review_controls(ScreenContext& ctx, const std::string& id, ReviewState& s, bool busy, float inner,
                             const ReviewWords& words);

// Settles the decisions (ReviewState + a `request` handle each) whose answers came back: a failure
// stays on its card (the reason field's error, or the card's error); a success is toasted:
// `outcome(value)` gives {approved?, what was decided (a name)}, filled into the printf format
// `approved_key` or `rejected_key`. True when something was decided: the decisions are cleared
// and the caller reloads its queue.
template <class Decisions, class Outcome>
bool settle_decisions(ScreenContext& ctx, Decisions& decisions, Outcome&& outcome, const char* approved_key,
                      const char* rejected_key) {
  bool decided = false;
  for (auto& [key, d] : decisions) {
    auto r = take_settled(d.request);
    if (!r) continue;
    if (r->failed()) {
      const auto fields = field_errors_of(r->error);
      if (fields.count("reason")) d.reason_error = fields.at("reason");
      else d.error = error_text(r->error);
      continue;
    }
    char msg[256];
    const auto [approved, subject] = outcome(r->value);
    std::snprintf(msg, sizeof msg, tr(approved ? approved_key : rejected_key), subject.c_str());
    push_toast(ctx.state, ctx.platform.now(), "success", msg);
    decided = true;
  }
  if (decided) decisions.clear();
  return decided;
}
// The filter row of a back-office list: a search field (Enter submits) with a menu beside it, or
// under it on a narrow column. What happened this frame: Enter in the field, or the option picked
// in the menu (-1 when none, or the current one again).
struct FilterRowInput {
  bool searched = false;
  int picked = -1;
};
FilterRowInput search_and_menu(ScreenContext& ctx, float width, const std::string& search_id, std::string& search,
                               const char* hint, int max_chars, const std::string& menu_id, const std::vector<Choice>& options,
                               int current);

// Product approvals and vendor applications share a page: a switch between the two queues.
void approvals_switch(ScreenContext& ctx, bool vendors);

// "Publicado", "Pendiente de aprobación"… for a product status (APPROVED, PENDING…).
const char* product_status_text(const std::string& status);
// Text colour and soft background of a product status badge.
void product_status_colors(const std::string& status, ImU32* fg, ImU32* bg);

}  // namespace ui
