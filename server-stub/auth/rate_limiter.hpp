// A per-key sliding one-minute window: at most `limit` hits in any 60 seconds. Used per client IP
// on login and registration, so guessing passwords or creating accounts in bulk is slow.
#pragma once
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace stub {

class RateLimiter {
 public:
  void set_limit(int per_minute) { limit_ = per_minute; }
  // Counts a hit. Returns 0 when it is allowed, else the seconds until one would be.
  int hit(const std::string& key, std::int64_t now);

 private:
  void forget_idle(std::int64_t now);

  std::mutex mu_;
  int limit_ = 60;  // 0: unlimited
  std::unordered_map<std::string, std::deque<std::int64_t>> hits_;
  std::int64_t last_sweep_ = 0;
};

}  // namespace stub
