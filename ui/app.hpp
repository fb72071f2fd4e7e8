// The app: owns state, the current screen and the chrome around it (top bar, status line).
// A host creates one App, feeds it input through ImGui and calls frame() between NewFrame and
// Render; the App never blocks and never touches the platform except through Platform.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "app_state.hpp"
#include "platform.hpp"
#include "screens/screen.hpp"
#include "theme.hpp"

namespace ui {

class App {
 public:
  App(Platform& platform, mestore::ApiClient& api, FontFiles fonts);
  ~App();

  // Before ImGui::NewFrame: (re)builds fonts when the pixel density changed. Returns true when
  // the host must re-upload the font texture.
  bool prepare_frame(float dpr);
  // Draws one frame of the whole app.
  void frame();
  // The host reports the address it was opened at or moved to (deep link, Back/Forward).
  void open_route(const std::string& hash);

  // For the automation contract (window.mestore).
  std::string route_text() const;  // "#/catalog?page=2"
  std::string state_json() const;
  // True while something animates or waits on the network, so the host keeps drawing.
  bool busy() const { return busy_; }
  bool fonts_ready() const { return fonts_ok_; }

 private:
  void navigate(const Route& route, bool push);
  void enter_screen(const Route& route);
  // Accounts (app_session.cpp): restore on start, the route guard, checks while the user is
  // active, and what happens when a session ends.
  void start_session();
  void stop_session();
  // False when `entry` needs a session the user does not have: the guard has already shown a
  // wait screen (restore in progress) or sent them to sign in.
  bool allow(const ScreenEntry& entry, const Route& route);
  void watch_session();
  void on_session_ended(mestore::EndReason reason);
  void poll_health();
  void draw_status_line();
  ScreenContext screen_context();

  Platform& platform_;
  mestore::ApiClient& api_;
  FontFiles font_files_;
  Theme theme_;
  AppState state_;
  std::unique_ptr<Screen> screen_;
  const ScreenEntry* screen_entry_ = nullptr;
  std::string screen_param_;
  bool scroll_to_top_ = false;
  bool busy_ = false;
  bool in_frame_ = false;
  double categories_retry_at_ = 0;
  struct PendingNav {
    Route route;
    bool push;
  };
  std::optional<PendingNav> pending_nav_;
  bool fonts_ok_ = false;
  float dpr_ = 0;
  // Session lifecycle (app_session.cpp).
  mestore::Handle<mestore::AuthUser> restore_;
  mestore::Handle<mestore::AuthUser> session_check_;
  double last_session_check_ = 0;
  bool waiting_for_session_ = false;  // the screen is the wait screen of a guarded route
  int ended_slot_ = 0;
  int signed_in_slot_ = 0;
};

}  // namespace ui
