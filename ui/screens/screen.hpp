// A screen draws content only: the app owns the window, the top bar and scrolling. Screens are
// created when their route is entered and dropped when it is left, so each starts fresh.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "../app_state.hpp"
#include "../platform.hpp"
#include "../theme.hpp"

namespace ui {

// Named intents a screen may ask of the app (it never changes routes or state behind its back).
struct Navigator {
  std::function<void(const Route&)> go;       // new history entry
  std::function<void(const Route&)> replace;  // same entry (filters, paging)
};

struct ScreenContext {
  AppState& state;
  mestore::ApiClient& api;
  Platform& platform;
  const Theme& theme;
  Navigator nav;
};

class Screen {
 public:
  virtual ~Screen() = default;
  // The route changed but stays on this screen (e.g. a new query): refresh what depends on it.
  virtual void on_route(ScreenContext&, const Route&) {}
  virtual void draw(ScreenContext& ctx) = 0;
};

struct ScreenEntry {
  const char* pattern;  // "/product/{id}"
  std::function<std::unique_ptr<Screen>(ScreenContext&, const std::string& param)> make;
  // Only for someone signed in: a guest is sent to /login and brought back here afterwards
  // (the app checks it, so screens can take a signed-in user for granted).
  bool needs_session = false;
  // The roles that may see it ("ADMIN,SUPERUSER"), or null for everyone. Anyone else signed in
  // gets the no-access page; the screen is never created, so none of its data is requested.
  const char* roles = nullptr;
};

// Whether `user_type` is one of the comma-separated `roles` (null: anyone).
bool role_allowed(const char* roles, const std::string& user_type);

// All screens, in one list; the first pattern that matches the route's path wins.
const std::vector<ScreenEntry>& screen_registry();

}  // namespace ui
