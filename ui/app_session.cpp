// The app's side of accounts: the session comes back on start, routes that need one wait for it
// or send the user to sign in, an active user's session is checked now and then, and when a
// session ends the user learns why and signs in again where they were.
#include <imgui.h>

#include "app.hpp"
#include "return_route.hpp"
#include "screens/screens.hpp"
#include "strings.hpp"

namespace ui {
namespace {

// Not a secret: only "this browser had a session", so a guest's first visit does not ask the
// server for a session it cannot have (the refresh cookie itself is HttpOnly, invisible here).
constexpr const char* kSessionHintKey = "mestore.session";
// An active user's session is checked at most this often. The check is a signed-in request, so
// it also tells the server the user is still here: the idle timeout counts from real inactivity,
// not from the last request that happened to need a session (browsing the catalog needs none).
constexpr double kSessionCheckSeconds = 20;

// Any input this frame: a mouse or finger moving, a click, a wheel notch, a key or a character.
bool user_active(const ImGuiIO& io) {
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0) return true;
  for (bool clicked : io.MouseClicked)
    if (clicked) return true;
  for (float held : io.KeysDownDuration)
    if (held == 0.0f) return true;
  return false;
}

}  // namespace

void App::start_session() {
  mestore::Session& session = api_.session();
  signed_in_slot_ = session.on_signed_in.connect([this](const mestore::AuthUser&) {
    platform_.save(kSessionHintKey, "1");
    state_.session_notice.clear();
    state_.locked_email.clear();
    last_session_check_ = platform_.now();
  });
  ended_slot_ = session.on_session_ended.connect([this](mestore::EndReason r) { on_session_ended(r); });
  if (platform_.load(kSessionHintKey) != "1") return;
  restore_ = api_.restore_session();
  restore_->then([this](mestore::Remote<mestore::AuthUser>& r) {
    // The server said no (expired, ended, no cookie): forget the hint. A network failure keeps
    // it, so the next start tries again.
    if (r.failed() && r.error.kind == mestore::ErrorKind::Http) platform_.save(kSessionHintKey, "");
    platform_.wake_after(0);
  });
}

void App::stop_session() {
  api_.session().on_signed_in.disconnect(signed_in_slot_);
  api_.session().on_session_ended.disconnect(ended_slot_);
}

bool App::allow(const ScreenEntry& entry, const Route& route) {
  if (!entry.needs_session) return true;
  if (api_.session().signed_in()) {
    const auto& user = api_.session().user();
    if (role_allowed(entry.roles, user ? user->user_type : "")) return true;
    ScreenContext ctx = screen_context();
    screen_ = make_no_access_screen(ctx, "");
    screen_entry_ = nullptr;
    waiting_for_session_ = false;
    scroll_to_top_ = true;
    return false;
  }
  if (api_.session().state() == mestore::SessionState::Restoring) {
    // The session may be on its way back (a reload): wait for it rather than ask for a login.
    ScreenContext ctx = screen_context();
    screen_ = make_session_wait_screen(ctx, "");
    screen_entry_ = nullptr;
    waiting_for_session_ = true;
    return false;
  }
  navigate(sign_in_route(route), false);
  return false;
}

void App::watch_session() {
  if (!api_.session().signed_in() || mestore::state_of(session_check_) == mestore::RequestState::Loading) return;
  const double now = platform_.now();
  if (now - last_session_check_ < kSessionCheckSeconds || !user_active(ImGui::GetIO())) return;
  last_session_check_ = now;
  // An ended session answers 401 SESSION_*: the client ends it here and on_session_ended runs.
  session_check_ = api_.me();
}

void App::on_session_ended(mestore::EndReason reason) {
  platform_.save(kSessionHintKey, "");
  const double now = platform_.now();
  if (reason == mestore::EndReason::LoggedOut) {
    state_.session_notice.clear();
    push_toast(state_, now, "info", tr("session.ended.logged_out"));
    if (screen_entry_ && screen_entry_->needs_session) navigate(Route{}, false);
    return;
  }
  // Evicted, expired, ended elsewhere: say why, and sign in again right here. The route to come
  // back to travels in the login page's address; the cart never left localStorage.
  state_.session_notice = std::string(mestore::end_reason_key(reason));
  push_toast(state_, now, "error", tr(state_.session_notice.c_str()), 6.0);
  if (!is_sign_in_page(state_.route)) navigate(sign_in_route(state_.route), false);
}

}  // namespace ui
