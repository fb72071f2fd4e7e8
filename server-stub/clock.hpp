// Time as the server sees it. Tests and developer controls can move it forward (lockout expiry,
// idle timeouts) without sleeping; production time is the system clock plus zero.
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace stub {

class Clock {
 public:
  std::int64_t now_seconds() const {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count() + offset_.load();
  }
  void advance(std::int64_t seconds) { offset_ += seconds; }
  std::int64_t offset() const { return offset_.load(); }

 private:
  std::atomic<std::int64_t> offset_{0};
};

// "2026-12-04T19:41:33Z"
std::string iso_utc(std::int64_t epoch_seconds);

}  // namespace stub
