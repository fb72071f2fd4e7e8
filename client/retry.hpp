// When a failed request is tried again, and after how long.
//
// Retried: no HTTP answer at all (network drop, timeout) and 503, up to `max_attempts` sends in
// all, waiting an exponentially growing, jittered delay in between (Retry-After, when the server
// sends one, is a floor). Only requests that cannot act twice are retried: GET/HEAD, and others
// only when they carry an Idempotency-Key (see idempotency.hpp). Everything else fails at once
// and the user decides.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>

#include "transport.hpp"

namespace mestore {

struct RetryPolicy {
  int max_attempts = 4;           // sends in all, the first included
  int base_delay_ms = 300;        // ceiling of the first wait; doubles each time
  int max_delay_ms = 8000;        // ceiling of any computed wait
  int max_retry_after_ms = 30000; // a longer Retry-After is not waited for: the error carries it
};

// A uniform random integer in [0, upper); the default is libsodium's randombytes_uniform.
using RandomBelow = std::function<std::uint32_t(std::uint32_t upper)>;
RandomBelow default_random_below();

// The wait before retry number `retry` (1 = the first retry): "equal jitter", uniform in
// [ceiling/2, ceiling] with ceiling = min(max_delay, base × 2^(retry-1)). Growing on average,
// never synchronised across clients, never zero.
int backoff_delay_ms(int retry, const RetryPolicy& policy, const RandomBelow& random);

// May this request be sent again without the risk of acting twice?
bool safe_to_retry(std::string_view method, bool has_idempotency_key);

// Is this answer worth another try (no answer, timeout, 503)?
bool retryable_response(const HttpResponse& response);

// Retry-After in whole seconds (delta-seconds form), or -1 when absent or not a number.
int retry_after_seconds(const HttpResponse& response);

}  // namespace mestore
