#include "routes.hpp"

namespace stub {

namespace {

Reply health(Stub& s) {
  mestore::Health h;
  h.version = MESTORE_VERSION;
  h.uptime_seconds = s.clock.now_seconds() - s.started_at;
  try {
    s.db.conn().execAndGet("SELECT 1");
    h.database = "ok";
    h.status = "ok";
  } catch (const std::exception&) {
    h.database = "unavailable";
    h.status = "degraded";
  }
  return Reply::ok(h, h.status == "ok" ? 200 : 503);
}

}  // namespace

void add_health_routes(Router& r, Stub& s) {
  r.add({"GET", "/health", Access::anyone(), [&s](Context&) { return health(s); }, "Liveness and database status", "system"});
  r.add({"GET", "/api/v1/health", Access::anyone(), [&s](Context&) { return health(s); }, "Liveness and database status", "system"});
}

}  // namespace stub
