// Maps any HTTP outcome (or the lack of one) to an ApiError.
#include <algorithm>

#include "api_error.hpp"
#include "retry.hpp"
#include "settle.hpp"

namespace mestore {

ApiError error_from_response(const HttpResponse& r) {
  ApiError e;
  e.http_status = r.status;
  if (r.status == 0) {
    e.kind = r.timed_out ? ErrorKind::Timeout : ErrorKind::Network;
    e.code = r.timed_out ? codes::kTimeout : codes::kNetworkError;
    e.message = r.transport_error.empty() ? "the server could not be reached" : r.transport_error;
    return e;
  }
  e.kind = ErrorKind::Http;
  e.retry_after_seconds = std::max(0, retry_after_seconds(r));
  ErrorBody body;
  if (!decode_text(r.body, body)) {
    e.code = body.error_code;
    e.message = body.error_message;
    e.details = std::move(body.details);
    e.request_id = body.request_id;
  } else {
    e.code = "HTTP_" + std::to_string(r.status);
    e.message = "unexpected answer from the server (HTTP " + std::to_string(r.status) + ")";
  }
  if (r.status == 401 && is_session_end(e.code)) e.kind = ErrorKind::SessionEnded;
  return e;
}

std::string error_code_of(const HttpResponse& r) {
  ErrorBody body;
  if (r.status == 0 || decode_text(r.body, body)) return {};
  return body.error_code;
}

std::string_view ApiError::message_key() const {
  switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::Network: return "error.network";
    case ErrorKind::Timeout: return "error.timeout";
    case ErrorKind::Decode: return "error.decode";
    case ErrorKind::SessionEnded:
      if (code == codes::kSessionEvicted) return "error.session_evicted";
      if (code == codes::kSessionExpired) return "error.session_expired";
      return "error.session_ended";
    case ErrorKind::Http: break;
  }
  if (code == codes::kInvalidCredentials) return "error.invalid_credentials";
  if (code == codes::kAccountLocked) return "error.account_locked";
  if (is_token_problem(code)) return "error.not_authenticated";
  if (http_status == 403) return "error.forbidden";
  if (http_status == 404) return "error.not_found";
  if (code == codes::kOrderExpired) return "error.order_expired";
  if (http_status == 409) return "error.conflict";
  if (http_status == 422) return "error.validation";
  if (http_status == 429) return "error.rate_limited";
  if (code == codes::kStorageUnavailable) return "error.storage";
  if (http_status >= 500) return "error.server";
  return "error.http";
}

}  // namespace mestore
