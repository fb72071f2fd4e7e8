// The services every route handler may use, built once at start and shared by all threads.
#pragma once
#include "auth/rate_limiter.hpp"
#include "catalog/response_cache.hpp"
#include "clock.hpp"
#include "config.hpp"
#include "db/database.hpp"
#include "faults.hpp"
#include "http/chaos.hpp"
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
  FaultSet faults;                   // injected faults now; starts from --faults (Config::fault asks it)
  ChaosRules chaos;                  // developer-set latency and errors per path (--dev-controls)
  catalog::ResponseCache catalog_cache;  // public catalog answers

  // Call after any write that changes what the public catalog shows (products, stock, prices,
  // images, categories, vendor names), e.g. an order reserving stock. Database triggers catch
  // writes made through SQL too; this also covers changes the database cannot see.
  void catalog_changed() { catalog_cache.invalidate(); }
};

}  // namespace stub
