#include "session.hpp"

#include <sodium.h>

#include <cmath>

namespace mestore {
namespace {
// Refresh this long before the access token's announced expiry, so a request never leaves with a
// token that dies on the way.
constexpr double kStaleMarginMs = 15000;

void wipe(std::string& s) {
  if (!s.empty()) sodium_memzero(s.data(), s.size());
  s.clear();
}
}  // namespace

std::string_view end_reason_key(EndReason r) {
  switch (r) {
    case EndReason::None: return {};
    case EndReason::LoggedOut: return "session.ended.logged_out";
    case EndReason::Evicted: return "session.ended.evicted";
    case EndReason::Expired: return "session.ended.expired";
    case EndReason::Ended: return "session.ended.ended";
    case EndReason::Rejected: return "session.ended.rejected";
  }
  return {};
}

EndReason end_reason_from_code(std::string_view code) {
  if (code == "SESSION_EVICTED") return EndReason::Evicted;
  if (code == "SESSION_EXPIRED") return EndReason::Expired;
  if (code == "SESSION_ENDED") return EndReason::Ended;
  return EndReason::Rejected;
}

std::string_view session_state_name(SessionState s) {
  switch (s) {
    case SessionState::SignedOut: return "signed_out";
    case SessionState::Restoring: return "restoring";
    case SessionState::SigningIn: return "signing_in";
    case SessionState::SignedIn: return "signed_in";
  }
  return "";
}

Session::Session(std::function<double()> now_ms) : now_ms_(std::move(now_ms)) {}
Session::~Session() { forget_secrets(); }

int Session::lock_seconds_left() const {
  const double left = locked_until_ms_ - now_ms_();
  return left > 0 ? static_cast<int>(std::ceil(left / 1000)) : 0;
}

bool Session::token_stale() const { return signed_in() && now_ms_() >= access_expires_ms_ - kStaleMarginMs; }

void Session::begin(SessionState state) {
  state_ = state;
  on_changed.emit();
}

void Session::grant(const TokenGrant& g, bool keep_refresh) {
  const bool was_signed_in = signed_in();
  wipe(access_token_);
  access_token_ = g.access_token;
  if (keep_refresh && !g.refresh_token.empty()) {
    wipe(refresh_token_);
    refresh_token_ = g.refresh_token;
  }
  access_expires_ms_ = now_ms_() + g.expires_in * 1000.0;
  ++generation_;
  if (g.user) user_ = *g.user;
  state_ = SessionState::SignedIn;
  end_reason_ = EndReason::None;
  locked_until_ms_ = 0;
  on_changed.emit();
  if (!was_signed_in && user_) on_signed_in.emit(*user_);
}

void Session::set_user(const AuthUser& user) {
  const bool first = !user_;
  user_ = user;
  on_changed.emit();
  if (first && signed_in()) on_signed_in.emit(*user_);
}

void Session::abandon() {
  forget_secrets();
  state_ = SessionState::SignedOut;
  on_changed.emit();
}

void Session::end(EndReason reason) {
  const bool had_session = state_ != SessionState::SignedOut;
  forget_secrets();
  state_ = SessionState::SignedOut;
  if (!had_session) return;
  end_reason_ = reason;
  on_changed.emit();
  on_session_ended.emit(reason);
}

void Session::note_locked(int seconds) {
  locked_until_ms_ = now_ms_() + seconds * 1000.0;
  on_changed.emit();
}

void Session::forget_secrets() {
  wipe(access_token_);
  wipe(refresh_token_);
  access_expires_ms_ = 0;
  ++generation_;
  user_.reset();
}

}  // namespace mestore
