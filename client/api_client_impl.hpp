// Template parts of ApiClient (kept out of the interface header for reading comfort).
#pragma once
#include <cstdlib>

namespace mestore {

ApiError error_from_response(const HttpResponse& response);

template <class T>
void decode_success_data(const json& root, T& out) {
  decode::required(root, "data", out);
}
template <class T>
void decode_success_data(const json& root, Page<T>& out) {
  decode::required(root, "data", out.items);
  decode::required(root, "pagination", out.pagination);
}

template <class T>
void settle_from_response(const HttpResponse& response, Remote<T>& out) {
  if (response.status < 200 || response.status >= 300) {
    out.settle_error(error_from_response(response));
    return;
  }
  T value{};
  auto failure = [&]() -> std::optional<DecodeFailure> {
    if (!json_depth_ok(response.body)) return DecodeFailure{"", "nesting too deep"};
    json root = json::parse(response.body, nullptr, false);
    if (root.is_discarded() || !root.is_object()) return DecodeFailure{"", "not a JSON object"};
    try {
      decode_success_data(root, value);
    } catch (const DecodeError& e) {
      return DecodeFailure{e.field(), e.problem()};
    } catch (const std::exception& e) {
      return DecodeFailure{"", e.what()};
    }
    return std::nullopt;
  }();
  if (failure) {
    ApiError e;
    e.kind = ErrorKind::Decode;
    e.http_status = response.status;
    e.code = "DECODE_ERROR";
    e.message = (failure->field.empty() ? std::string("(root)") : failure->field) + ": " + failure->problem;
    e.details.push_back({failure->field, failure->problem, "decode"});
    out.settle_error(std::move(e));
    return;
  }
  out.settle_ok(std::move(value));
}

template <class T>
Handle<T> ApiClient::start(HttpRequest request) {
  auto handle = std::make_shared<Remote<T>>();
  request.headers.emplace_back("Accept", "application/json");
  if (!request.body.empty()) request.headers.emplace_back("Content-Type", "application/json");
  transport_->send(std::move(request), [this, handle](HttpResponse response) {
    settle_from_response(response, *handle);
    if (on_activity) on_activity();
  });
  return handle;
}

}  // namespace mestore
