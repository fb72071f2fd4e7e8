// The services every route handler may use, built once at start and shared read-only.
#pragma once
#include "clock.hpp"
#include "config.hpp"
#include "db/database.hpp"

namespace stub {

struct Stub {
  Config config;
  Database db;
  Clock clock;
  std::int64_t started_at = 0;
};

}  // namespace stub
