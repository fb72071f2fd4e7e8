#include "retry.hpp"

#include <sodium.h>

#include <algorithm>
#include <charconv>

#include "idempotency.hpp"

namespace mestore {

RandomBelow default_random_below() {
  return [](std::uint32_t upper) -> std::uint32_t {
    if (upper <= 1) return 0;
    ensure_sodium();
    return randombytes_uniform(upper);
  };
}

int backoff_delay_ms(int retry, const RetryPolicy& policy, const RandomBelow& random) {
  const int shift = std::clamp(retry - 1, 0, 20);
  const std::int64_t ceiling =
      std::min<std::int64_t>(policy.max_delay_ms, static_cast<std::int64_t>(std::max(1, policy.base_delay_ms)) << shift);
  const std::int64_t half = ceiling / 2;
  return static_cast<int>(half + random(static_cast<std::uint32_t>(ceiling - half + 1)));
}

bool safe_to_retry(std::string_view method, bool has_idempotency_key) {
  return method == "GET" || method == "HEAD" || has_idempotency_key;
}

bool retryable_response(const HttpResponse& r) { return r.status == 0 || r.status == 503; }

int retry_after_seconds(const HttpResponse& r) {
  std::string v = r.header("retry-after");
  auto b = v.find_first_not_of(' '), e = v.find_last_not_of(' ');
  if (b == std::string::npos) return -1;
  int seconds = -1;
  auto [ptr, ec] = std::from_chars(v.data() + b, v.data() + e + 1, seconds);
  if (ec != std::errc() || ptr != v.data() + e + 1 || seconds < 0) return -1;
  return seconds;
}

}  // namespace mestore
