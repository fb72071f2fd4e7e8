// Template parts of ApiClient (kept out of the interface header for reading comfort).
#pragma once

namespace mestore {

template <class T>
Handle<T> ApiClient::start(HttpRequest request) {
  return start<T>(std::move(request), RequestOptions{});
}

template <class T>
Handle<T> ApiClient::start(HttpRequest request, RequestOptions options) {
  auto handle = std::make_shared<Remote<T>>();
  request.headers.emplace_back("Accept", "application/json");
  // A PATCH without a body leaves the browser without a Content-Length header, and cpp-httplib
  // refuses such a request (400) before any route sees it: send an empty JSON object instead.
  if (request.method == "PATCH" && request.body.empty()) request.body = "{}";
  // JSON unless the caller chose (an image upload sends its own type).
  bool typed = false;
  for (const auto& [name, value] : request.headers) typed = typed || name == "Content-Type";
  if (!request.body.empty() && !typed) request.headers.emplace_back("Content-Type", "application/json");
  dispatcher_->dispatch(std::move(request), std::move(options), [this, handle](Outcome o) {
    settle_from_response(o.response, *handle, SettleContext{o.attempts, o.session_ended});
    if (on_activity) on_activity();
  });
  return handle;
}

}  // namespace mestore
