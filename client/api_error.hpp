// What went wrong with a request, in a form screens can show: a kind, the server's code and
// message, and per-field details for forms.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "wire/common.hpp"

namespace mestore {

enum class ErrorKind {
  None,
  Network,       // no HTTP answer (connection refused, dropped, DNS…): safe to retry later
  Timeout,       // no answer in time: the server may or may not have acted
  Http,          // the server answered with the error envelope (4xx/5xx)
  Decode,        // the server answered 2xx but the body did not match the wire type
  SessionEnded,  // the session is over (evicted, expired, logged out elsewhere): log in again
};

// error_code values the client acts on (the server sends them in the error envelope).
namespace codes {
inline constexpr std::string_view kNotAuthenticated = "NOT_AUTHENTICATED";
inline constexpr std::string_view kTokenInvalid = "TOKEN_INVALID";
inline constexpr std::string_view kTokenExpired = "TOKEN_EXPIRED";
inline constexpr std::string_view kSessionEvicted = "SESSION_EVICTED";
inline constexpr std::string_view kSessionExpired = "SESSION_EXPIRED";
inline constexpr std::string_view kSessionEnded = "SESSION_ENDED";
inline constexpr std::string_view kInvalidCredentials = "INVALID_CREDENTIALS";
inline constexpr std::string_view kAccountLocked = "ACCOUNT_LOCKED";
inline constexpr std::string_view kStorageUnavailable = "STORAGE_UNAVAILABLE";  // disk full or read-only: nothing saved
inline constexpr std::string_view kOrderExpired = "ORDER_EXPIRED";  // not paid within its window: cancelled
// Client-side codes (no server answer, or an answer we could not read).
inline constexpr std::string_view kNetworkError = "NETWORK_ERROR";
inline constexpr std::string_view kTimeout = "TIMEOUT";
inline constexpr std::string_view kDecodeError = "DECODE_ERROR";
}  // namespace codes

// 401 codes that mean "this access token will not do; a refresh may fix it".
inline bool is_token_problem(std::string_view code) {
  return code == codes::kTokenExpired || code == codes::kTokenInvalid || code == codes::kNotAuthenticated;
}
// 401 codes that mean "the session itself is over; log in again".
inline bool is_session_end(std::string_view code) {
  return code == codes::kSessionEvicted || code == codes::kSessionExpired || code == codes::kSessionEnded;
}

struct ApiError {
  ErrorKind kind = ErrorKind::None;
  int http_status = 0;
  std::string code;     // error_code from the envelope, or a client-side code (NETWORK_ERROR, …)
  std::string message;  // error_message, or a client-side description
  std::vector<FieldError> details;
  std::string request_id;
  int retry_after_seconds = 0;  // from Retry-After (429/503), e.g. ACCOUNT_LOCKED time left
  int attempts = 1;             // how many times the request was sent before giving up

  // The first message the server gave for `field`, or empty.
  std::string_view field_message(std::string_view field) const {
    for (const auto& d : details)
      if (d.field == field) return d.message;
    return {};
  }
  // Network trouble or a 503: the same intent may be tried again (with the same Intent).
  bool retryable() const {
    return kind == ErrorKind::Network || kind == ErrorKind::Timeout || http_status == 503;
  }
  // A string key for the UI's translations: "error.network", "error.session_evicted",
  // "error.account_locked", "error.validation", "error.http", …
  std::string_view message_key() const;
};

}  // namespace mestore
