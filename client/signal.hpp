// A tiny observer list: the client says "it happened" (EventSessionEnded style); any number of
// screens listen. Slots run on the main thread, in the order they connected.
#pragma once
#include <functional>
#include <utility>
#include <vector>

namespace mestore {

template <class... Args>
class Signal {
 public:
  using Slot = std::function<void(Args...)>;
  // Returns an id for disconnect().
  int connect(Slot slot) {
    slots_.emplace_back(++last_id_, std::move(slot));
    return last_id_;
  }
  void disconnect(int id) {
    std::erase_if(slots_, [id](const auto& s) { return s.first == id; });
  }
  void emit(Args... args) const {
    auto copy = slots_;  // a slot may connect or disconnect while we run
    for (const auto& [id, slot] : copy) slot(args...);
  }

 private:
  std::vector<std::pair<int, Slot>> slots_;
  int last_id_ = 0;
};

}  // namespace mestore
