// From an HTTP answer to a settled Remote<T>: the typed value, or an ApiError.
// Pure functions (no I/O), shared by ApiClient, the session and the fuzz target.
#pragma once
#include <optional>

#include "api_error.hpp"
#include "remote.hpp"
#include "transport.hpp"

namespace mestore {

ApiError error_from_response(const HttpResponse& response);
// The error_code of an error envelope, or empty.
std::string error_code_of(const HttpResponse& response);

template <class T>
void decode_success_data(const json& root, T& out) {
  decode::required(root, "data", out);
}
template <class T>
void decode_success_data(const json& root, Page<T>& out) {
  decode::required(root, "data", out.items);
  decode::required(root, "pagination", out.pagination);
}

// Decodes a success envelope's `data` (and `pagination` for pages). Never throws.
template <class T>
std::optional<DecodeFailure> decode_envelope(std::string_view body, T& out) {
  if (!json_depth_ok(body)) return DecodeFailure{"", "nesting too deep"};
  json root = json::parse(body, nullptr, false);
  if (root.is_discarded() || !root.is_object()) return DecodeFailure{"", "not a JSON object"};
  try {
    decode_success_data(root, out);
  } catch (const DecodeError& e) {
    return DecodeFailure{e.field(), e.problem()};
  } catch (const std::exception& e) {
    return DecodeFailure{"", e.what()};
  }
  return std::nullopt;
}

// What the request pipeline knows beyond the last answer.
struct SettleContext {
  int attempts = 1;            // sends made, retries included
  bool session_ended = false;  // the session ended on the way (a refused refresh, …)
};

// Turns an HTTP response into the typed result or an ApiError.
template <class T>
void settle_from_response(const HttpResponse& response, Remote<T>& out, const SettleContext& ctx = {}) {
  auto fail = [&](ApiError e) {
    e.attempts = ctx.attempts;
    if (ctx.session_ended) e.kind = ErrorKind::SessionEnded;
    out.settle_error(std::move(e));
  };
  if (response.status < 200 || response.status >= 300) return fail(error_from_response(response));
  T value{};
  if (auto failure = decode_envelope(response.body, value)) {
    ApiError e;
    e.kind = ErrorKind::Decode;
    e.http_status = response.status;
    e.code = codes::kDecodeError;
    e.message = (failure->field.empty() ? std::string("(root)") : failure->field) + ": " + failure->problem;
    e.details.push_back({failure->field, failure->problem, "decode"});
    return fail(std::move(e));
  }
  out.settle_ok(std::move(value));
}

}  // namespace mestore
