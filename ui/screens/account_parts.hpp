// Shared by the account screens (login, register, vendor application, account): the centred form
// card, and server errors turned into words next to the right field.
#pragma once
#include <map>
#include <string>
#include <utility>

#include "client/api_error.hpp"
#include "client/remote.hpp"
#include "screen.hpp"

namespace ui {

// A request's answer, taken once: the settled handle (and `h` is cleared), or null while it is
// loading or was never started. Screens poll this in draw(), so no callback outlives them.
template <class T>
mestore::Handle<T> take_settled(mestore::Handle<T>& h) {
  if (!h || h->loading()) return nullptr;
  return std::exchange(h, nullptr);
}

// Opens a card centred in the content column, at most `max_css` wide; returns its inner width.
float begin_form_card(ScreenContext& ctx, float max_css);
void end_form_card();
// The padding of a card `width` wide: tighter on phones, so fields keep their room.
float card_pad(ScreenContext& ctx, float width);
// Title and a muted line under it, at the top of a form card.
void form_heading(ScreenContext& ctx, const char* title, const char* subtitle);

// A button 44 CSS px tall (a finger's size), `width` wide (0: fits its label).
bool form_button(ScreenContext& ctx, const std::string& label_and_id, bool enabled, float width, bool primary = true);

// Field name (as the API names it) → message shown under that field.
using FieldErrors = std::map<std::string, std::string>;
// The server's per-field details (422 VALIDATION_ERROR / PASSWORD_POLICY, 409 EMAIL_TAKEN) in the
// current language.
FieldErrors field_errors_of(const mestore::ApiError& e);
// What went wrong, in words, for errors that belong to no one field.
std::string error_text(const mestore::ApiError& e);
// The message of a client-side check (mestore::Validity key), or "" when valid.
std::string check_text(std::string_view key);
// "Comprador", "Vendedor"… for BUYER, VENDOR, ADMIN, SUPERUSER.
const char* role_name(const std::string& user_type);
// Without the spaces people type around an email or a name by accident.
std::string trimmed(const std::string& s);
// "12:05": minutes and seconds, for the lockout countdown.
std::string minutes_seconds(int seconds);

}  // namespace ui
