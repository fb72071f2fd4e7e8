#include "scheduler.hpp"

#include <algorithm>
#include <iterator>

namespace mestore {

PolledScheduler::PolledScheduler(std::function<double()> now) : now_(std::move(now)) {}

void PolledScheduler::call_later(int delay_ms, std::function<void()> fn) {
  timers_.push_back({now_() + std::max(0, delay_ms), next_order_++, std::move(fn)});
}

void PolledScheduler::pump() {
  // Take the due timers out first: a timer may add new ones (a retry scheduling the next).
  const double now = now_();
  std::vector<Timer> due;
  auto split = std::stable_partition(timers_.begin(), timers_.end(), [&](const Timer& t) { return t.due_ms > now; });
  std::move(split, timers_.end(), std::back_inserter(due));
  timers_.erase(split, timers_.end());
  std::sort(due.begin(), due.end(),
            [](const Timer& a, const Timer& b) { return a.due_ms != b.due_ms ? a.due_ms < b.due_ms : a.order < b.order; });
  for (auto& t : due) t.fn();
}

}  // namespace mestore
