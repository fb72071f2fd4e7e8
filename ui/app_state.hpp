// The app's state: a plain struct, passed by reference to whoever draws or changes it.
#pragma once
#include <string>
#include <vector>

#include "client/api_client.hpp"
#include "client/cart.hpp"
#include "client/locale.hpp"
#include "router.hpp"

namespace ui {

struct Toast {
  std::string kind;  // info | success | error
  std::string text;
  double expires_at = 0;
  double shown_at = 0;
};

struct AppState {
  mestore::Locale locale = mestore::Locale::Es;
  Route route;
  // API reachability, polled in the background so the status line is always current.
  mestore::Handle<mestore::Health> health;
  double next_health_check = 0;
  bool api_reachable = false;
  bool api_checked = false;
  std::vector<Toast> toasts;
  // The cart lives here for the whole session and persists itself (Platform::save).
  mestore::Cart cart;
  int cart_count = 0;          // units in the cart, mirrored each frame for window.mestore.state()
  double cart_bumped_at = -1;  // when something was last added: the badge pulses
  // Categories, fetched once and shared by the home tiles, the catalog filters and the top bar.
  mestore::Handle<std::vector<mestore::Category>> categories;
  // The top bar's search box (its text survives screen changes) and, on phones, whether it is open.
  std::string search_text;
  bool search_open = false;
  // Accounts. Why the last session ended (a translation key, "session.ended.expired"), shown on
  // the login page until the next sign-in; and the email a lockout was reported for, so the
  // countdown (ApiClient::session().lock_seconds_left()) shows only next to that email.
  std::string session_notice;
  std::string locked_email;
};

// A short message at the bottom of the screen (added to the cart, network trouble…).
void push_toast(AppState& state, double now, const char* kind, const std::string& text, double seconds = 3.0);

}  // namespace ui
