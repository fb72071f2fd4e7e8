// A request as the UI sees it: idle, loading, failed or done, with the typed result or error.
// Screens keep a Handle<T> and draw from its state every frame; nothing blocks.
#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "api_error.hpp"
#include "decode.hpp"

namespace mestore {

enum class RequestState { Idle, Loading, Failed, Done };

template <class T>
struct Remote {
  RequestState state = RequestState::Loading;
  T value{};
  ApiError error;
  std::vector<std::function<void(Remote&)>> on_settled;  // run once, on the main thread

  bool loading() const { return state == RequestState::Loading; }
  bool done() const { return state == RequestState::Done; }
  bool failed() const { return state == RequestState::Failed; }

  void settle_ok(T v) {
    value = std::move(v);
    state = RequestState::Done;
    fire();
  }
  void settle_error(ApiError e) {
    error = std::move(e);
    state = RequestState::Failed;
    fire();
  }
  // Registers a continuation; runs at once if the request already settled.
  Remote& then(std::function<void(Remote&)> fn) {
    if (state == RequestState::Done || state == RequestState::Failed) fn(*this);
    else on_settled.push_back(std::move(fn));
    return *this;
  }

 private:
  void fire() {
    auto callbacks = std::move(on_settled);
    on_settled.clear();
    for (auto& cb : callbacks) cb(*this);
  }
};

template <class T>
using Handle = std::shared_ptr<Remote<T>>;

// A null handle is a request never started.
template <class T>
RequestState state_of(const Handle<T>& h) {
  return h ? h->state : RequestState::Idle;
}

// For endpoints that answer with no data worth decoding.
struct Empty {};
inline void decode_value(const nlohmann::json&, Empty&) {}

}  // namespace mestore
