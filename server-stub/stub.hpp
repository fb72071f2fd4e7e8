// The services every route handler may use, built once at start and shared by all threads.
#pragma once
#include "auth/rate_limiter.hpp"
#include "clock.hpp"
#include "config.hpp"
#include "db/database.hpp"
#include "secrets.hpp"

namespace stub {

struct Stub {
  Config config;
  Database db;
  Clock clock;
  std::int64_t started_at = 0;
  SigningKey signing_key;            // signs the audit head; <data-dir>/secrets/ed25519.key
  std::string dummy_password_hash;   // verified against for unknown emails, so they cost the same time
  RateLimiter auth_limiter;          // per-IP throttle on login and registration
};

}  // namespace stub
