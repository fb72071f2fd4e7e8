// The app's state: a plain struct, passed by reference to whoever draws or changes it.
#pragma once
#include <string>
#include <vector>

#include "client/api_client.hpp"
#include "client/locale.hpp"
#include "router.hpp"

namespace ui {

struct Toast {
  std::string kind;  // info | success | error
  std::string text;
  double expires_at = 0;
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
  int cart_count = 0;
};

}  // namespace ui
