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

struct ApiError {
  ErrorKind kind = ErrorKind::None;
  int http_status = 0;
  std::string code;     // error_code from the envelope, or a client-side code (NETWORK_ERROR, …)
  std::string message;  // error_message, or a client-side description
  std::vector<FieldError> details;
  std::string request_id;
  int retry_after_seconds = 0;  // from Retry-After (429/503), e.g. ACCOUNT_LOCKED time left

  // The first message the server gave for `field`, or empty.
  std::string_view field_message(std::string_view field) const {
    for (const auto& d : details)
      if (d.field == field) return d.message;
    return {};
  }
  // Network trouble or a 503: the same intent may be tried again.
  bool retryable() const {
    return kind == ErrorKind::Network || kind == ErrorKind::Timeout || http_status == 503;
  }
};

}  // namespace mestore
