#include "rate_limiter.hpp"

namespace stub {

constexpr std::int64_t kWindowSeconds = 60;

int RateLimiter::hit(const std::string& key, std::int64_t now) {
  if (limit_ <= 0) return 0;
  std::lock_guard lock(mu_);
  forget_idle(now);
  auto& times = hits_[key];
  while (!times.empty() && times.front() <= now - kWindowSeconds) times.pop_front();
  if (static_cast<int>(times.size()) >= limit_) {
    const std::int64_t wait = times.front() + kWindowSeconds - now;
    return static_cast<int>(wait < 1 ? 1 : wait);
  }
  times.push_back(now);
  return 0;
}

// Keys with no hit in the last window are dropped once a minute, so a scan from many addresses
// cannot grow the table without bound.
void RateLimiter::forget_idle(std::int64_t now) {
  if (now - last_sweep_ < kWindowSeconds) return;
  last_sweep_ = now;
  for (auto it = hits_.begin(); it != hits_.end();) {
    if (it->second.empty() || it->second.back() <= now - kWindowSeconds) it = hits_.erase(it);
    else ++it;
  }
}

}  // namespace stub
