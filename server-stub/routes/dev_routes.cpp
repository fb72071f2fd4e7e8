// Developer controls under /api/v1/dev: off unless the server runs with --dev-controls
// (MESTORE_DEV_CONTROLS), and even then only for callers on this machine. Tests and developers
// use them to move time (lockout expiry, idle timeouts) without sleeping. Add a control with one
// route line and one handler that starts with dev_guard().
#include "../audit/audit_log.hpp"
#include "../http/body_reader.hpp"
#include "routes.hpp"

namespace stub {
namespace {

bool is_loopback(const std::string& ip) {
  return ip.rfind("127.", 0) == 0 || ip == "::1" || ip.rfind("::ffff:127.", 0) == 0;
}

// Disabled controls do not exist (404); enabled ones refuse other machines (403).
void dev_guard(const Stub& s, const Context& ctx) {
  if (!s.config.dev_controls) throw ApiFailure(404, "NOT_FOUND", "no such endpoint");
  if (!is_loopback(ctx.ip)) throw ApiFailure(403, "FORBIDDEN", "developer controls answer only on loopback");
}

json clock_state(const Stub& s) {
  return {{"now", iso_utc(s.clock.now_seconds())}, {"offset_seconds", s.clock.offset()}};
}

// Time only moves forward: sessions and lockouts compare against it, and going back would make
// the audit log's times run backwards.
Reply advance_clock(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"advance_seconds"});
  const auto seconds = b.integer("advance_seconds", 0, 10LL * 366 * 86400, true);
  b.check();
  s.clock.advance(*seconds);
  s.db.write([&](SQLite::Database& tx) {
    append_audit(s, tx, audit_event(ctx, "dev.clock_advanced", "", "success", {{"seconds", *seconds}}));
  });
  return Reply::ok(clock_state(s));
}

}  // namespace

void add_dev_routes(Router& r, Stub& s) {
  const std::string tag = "dev";
  r.add({"POST", "/api/v1/dev/clock", Access::anyone(), [&s](Context& c) { return advance_clock(s, c); },
         "Developer control (--dev-controls, loopback only): move the server clock forward", tag, BodyKind::Json,
         {{"type", "object"}, {"required", {"advance_seconds"}}, {"properties", {{"advance_seconds", {{"type", "integer"}, {"minimum", 0}}}}}},
         {{"type", "object"}, {"properties", {{"now", {{"type", "string"}}}, {"offset_seconds", {{"type", "integer"}}}}}}});
}

}  // namespace stub
