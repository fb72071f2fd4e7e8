// Time for the client: a monotonic clock and one-shot timers that run on the main thread.
// Retries wait on it (backoff), the session reads it (token age, lockout time left).
// Browser: emscripten_async_call (transport_fetch.cpp). Native: timers run inside pump()
// (PolledScheduler). Tests: a fake whose clock they move by hand, so nothing sleeps.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace mestore {

class Scheduler {
 public:
  virtual ~Scheduler() = default;
  // Milliseconds on a monotonic clock (only differences mean anything).
  virtual double now_ms() const = 0;
  // Runs `fn` once, on the main thread, `delay_ms` from now.
  virtual void call_later(int delay_ms, std::function<void()> fn) = 0;
  // Runs the timers that are due (native and tests); the browser fires them by itself.
  virtual void pump() {}
  // Timers not yet run: a host keeps drawing (and a native wait keeps pumping) while any are.
  virtual int pending() const = 0;
};

// Timers kept in a list and run by pump() once due, on whatever clock `now` reads.
// The native default (steady_clock) and the base of the tests' manual clock.
class PolledScheduler : public Scheduler {
 public:
  explicit PolledScheduler(std::function<double()> now);
  double now_ms() const override { return now_(); }
  void call_later(int delay_ms, std::function<void()> fn) override;
  void pump() override;
  int pending() const override { return static_cast<int>(timers_.size()); }

 private:
  struct Timer {
    double due_ms;
    std::uint64_t order;
    std::function<void()> fn;
  };
  std::function<double()> now_;
  std::vector<Timer> timers_;
  std::uint64_t next_order_ = 0;
};

// The platform's scheduler (browser timers, or a steady_clock PolledScheduler natively).
std::unique_ptr<Scheduler> make_default_scheduler();

}  // namespace mestore
