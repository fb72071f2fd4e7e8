// Who is signed in, as the client sees it: the user, the access token (in memory only: never in
// localStorage or a file), the state, and why the last session ended. The UI reads it and listens
// to its signals; ApiClient and the Dispatcher change it (login, refresh, logout, 401 answers).
//
//   api.session().on_session_ended.connect([&](mestore::EndReason r) {
//     toast(tr(mestore::end_reason_key(r)));  // "session.ended.evicted", …
//     navigate("/login");
//   });
//   if (api.session().signed_in()) greet(api.session().user()->full_name);
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "signal.hpp"
#include "wire/session_wire.hpp"

namespace mestore {

enum class SessionState {
  SignedOut,  // nobody (see end_reason() for why the last session ended, if one did)
  Restoring,  // on app start: asking the server whether the refresh cookie still holds a session
  SigningIn,  // a login is on its way
  SignedIn,   // requests carry Authorization: Bearer …
};

enum class EndReason {
  None,
  LoggedOut,  // the user logged out here
  Evicted,    // SESSION_EVICTED: signed in on too many devices; this one was the oldest
  Expired,    // SESSION_EXPIRED: idle or absolute lifetime reached
  Ended,      // SESSION_ENDED: logged out elsewhere, password changed, revoked by an admin
  Rejected,   // the refresh token was refused (TOKEN_INVALID / NOT_AUTHENTICATED on refresh)
};

// A translation key for the reason: "session.ended.logged_out", "session.ended.evicted", …
std::string_view end_reason_key(EndReason reason);
// The reason an error_code stands for (Rejected for codes that are not a SESSION_* code).
EndReason end_reason_from_code(std::string_view code);
std::string_view session_state_name(SessionState state);

class Session {
 public:
  explicit Session(std::function<double()> now_ms);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  SessionState state() const { return state_; }
  bool signed_in() const { return state_ == SessionState::SignedIn; }
  const std::optional<AuthUser>& user() const { return user_; }
  // Why the last session ended; None while signed in and before any session ended.
  EndReason end_reason() const { return end_reason_; }
  // After ACCOUNT_LOCKED: whole seconds until a login may be tried again (0: not locked).
  int lock_seconds_left() const;
  bool refreshing() const { return refreshing_; }

  // Events (main thread). on_changed fires on every change of state, user or lock.
  Signal<const AuthUser&> on_signed_in;
  Signal<EndReason> on_session_ended;
  Signal<> on_changed;

 private:
  friend class ApiClient;
  friend class Dispatcher;

  const std::string& access_token() const { return access_token_; }
  const std::string& refresh_token() const { return refresh_token_; }
  // Bumps whenever the access token changes, so an answer to an older token is recognisable.
  std::uint64_t generation() const { return generation_; }
  // The access token is about to expire (or has): refresh before using it.
  bool token_stale() const;

  void begin(SessionState state);  // SigningIn or Restoring
  // A login or refresh answered: keep the tokens (the refresh token only when `keep_refresh`,
  // i.e. natively; the browser leaves it in the HttpOnly cookie).
  void grant(const TokenGrant& grant, bool keep_refresh);
  void set_user(const AuthUser& user);
  // Back to SignedOut without an "ended" event (a failed login or restore).
  void abandon();
  // The session is over: forget everything, remember why, tell the listeners.
  void end(EndReason reason);
  void note_locked(int seconds);
  void set_refreshing(bool on) { refreshing_ = on; }
  void forget_secrets();

  std::function<double()> now_ms_;
  SessionState state_ = SessionState::SignedOut;
  std::optional<AuthUser> user_;
  std::string access_token_;
  std::string refresh_token_;
  double access_expires_ms_ = 0;
  std::uint64_t generation_ = 0;
  EndReason end_reason_ = EndReason::None;
  double locked_until_ms_ = 0;
  bool refreshing_ = false;
};

}  // namespace mestore
