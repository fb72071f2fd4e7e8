// Developer controls under /api/v1/dev: they exist only when the server runs with
// --dev-controls (MESTORE_DEV_CONTROLS) and only for callers on this machine; anyone else gets a
// 404, as if they did not exist. Tests and frontend developers use them to move time, inject
// latency and errors, switch faults, pay Efecty codes and start over from the seed. Add a control
// with one route line and one handler that starts with dev_guard().
#include <algorithm>
#include <chrono>
#include <filesystem>

#include "../audit/audit_log.hpp"
#include "../db/seed_snapshot.hpp"
#include "../http/body_reader.hpp"
#include "../orders/order_expiry.hpp"
#include "../payments/payment_store.hpp"
#include "client/wire/dev_controls.hpp"
#include "routes.hpp"

namespace stub {
namespace {

bool is_loopback(const std::string& ip) {
  return ip.rfind("127.", 0) == 0 || ip == "::1" || ip.rfind("::ffff:127.", 0) == 0;
}

void dev_guard(const Stub& s, const Context& ctx) {
  if (!s.config.dev_controls || !is_loopback(ctx.ip)) throw ApiFailure(404, "NOT_FOUND", "no such endpoint");
}

void audit_dev(Stub& s, const Context& ctx, const char* action, json details) {
  s.db.write([&](SQLite::Database& tx) { append_audit(s, tx, audit_event(ctx, action, "", "success", std::move(details))); });
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
  audit_dev(s, ctx, "dev.clock_advanced", {{"seconds", *seconds}});
  // What time closes happens now, not at the next sweep: a test or a developer sees it at once.
  const auto expired = orders::expire_due(s);
  json state = clock_state(s);
  state["expired_orders"] = expired.orders;
  state["expired_cash_codes"] = expired.cash_codes;
  return Reply::ok(state);
}

// Stands in for an Efecty cash point: the buyer paid this code in cash.
Reply receive_cash(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"cash_code"});
  const std::string code = b.text("cash_code", 1, 32);
  b.check();
  orders::expire_due(s);  // a code past its time is expired first, never paid late
  const auto payment = s.db.write([&](SQLite::Database& tx) {
    return payments::load_payment(tx, payments::receive_cash(s, tx, ctx, code));
  });
  return Reply::ok(payment);
}

mestore::ChaosConfig chaos_state(const Stub& s) {
  mestore::ChaosConfig c;
  for (const auto& r : s.chaos.rules()) c.rules.push_back({r.pattern, r.latency_ms, r.error_rate});
  return c;
}

Reply get_chaos(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  return Reply::ok(chaos_state(s));
}

// Every rule is checked before any takes effect; problems are named "rules[i].field".
Reply put_chaos(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"rules"});
  const json& body = ctx.body();
  std::vector<ChaosRule> rules;
  if (!body.contains("rules") || !body["rules"].is_array() || body["rules"].size() > 50) {
    b.add("rules", "must be a list of at most 50 rules", "type_error");
  } else {
    for (std::size_t i = 0; i < body["rules"].size(); ++i) {
      const json& r = body["rules"][i];
      const std::string at = "rules[" + std::to_string(i) + "]";
      if (!r.is_object()) {
        b.add(at, "must be an object", "type_error");
        continue;
      }
      for (const auto& [key, value] : r.items())
        if (key != "pattern" && key != "latency_ms" && key != "error_rate") b.add(at + "." + key, "field not allowed", "field_not_allowed");
      ChaosRule rule;
      if (!r.contains("pattern") || !r["pattern"].is_string() || r["pattern"].get<std::string>().empty() ||
          r["pattern"].get<std::string>().size() > 200 || r["pattern"].get<std::string>().front() != '/')
        b.add(at + ".pattern", "must be a path glob starting with /, e.g. /api/v1/products*", "value_error");
      else rule.pattern = r["pattern"].get<std::string>();
      if (r.contains("latency_ms")) {
        if (!r["latency_ms"].is_number_integer() || r["latency_ms"].get<long long>() < 0 || r["latency_ms"].get<long long>() > 30000)
          b.add(at + ".latency_ms", "must be a whole number of milliseconds from 0 to 30000", "range_error");
        else rule.latency_ms = r["latency_ms"].get<int>();
      }
      if (r.contains("error_rate")) {
        if (!r["error_rate"].is_number() || r["error_rate"].get<double>() < 0 || r["error_rate"].get<double>() > 1)
          b.add(at + ".error_rate", "must be a number from 0 to 1", "range_error");
        else rule.error_rate = r["error_rate"].get<double>();
      }
      rules.push_back(rule);
    }
  }
  b.check();
  json summary = json::array();
  for (const auto& r : rules) summary.push_back(json{{"pattern", r.pattern}, {"latency_ms", r.latency_ms}, {"error_rate", r.error_rate}});
  s.chaos.replace(std::move(rules));
  audit_dev(s, ctx, "dev.chaos_set", {{"rules", summary.dump()}});
  return Reply::ok(chaos_state(s));
}

mestore::FaultsState faults_state(const Stub& s) { return {s.faults.names(), known_faults()}; }

Reply get_faults(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  return Reply::ok(faults_state(s));
}

Reply put_faults(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"active"});
  const json& body = ctx.body();
  std::vector<std::string> wanted;
  if (!body.contains("active") || !body["active"].is_array()) b.add("active", "must be a list of fault names", "type_error");
  else
    for (std::size_t i = 0; i < body["active"].size(); ++i) {
      const json& f = body["active"][i];
      const auto& known = known_faults();
      if (!f.is_string() || std::find(known.begin(), known.end(), f.get<std::string>()) == known.end())
        b.add("active[" + std::to_string(i) + "]", "unknown fault; known: fraud_scorer_down", "enum_error");
      else wanted.push_back(f.get<std::string>());
    }
  b.check();
  for (const auto& name : known_faults())
    s.faults.set(name, std::find(wanted.begin(), wanted.end(), name) != wanted.end());
  audit_dev(s, ctx, "dev.faults_set", {{"active", json(s.faults.names()).dump()}});
  return Reply::ok(faults_state(s));
}

Reply reset(Stub& s, Context& ctx) {
  dev_guard(s, ctx);
  const std::string snapshot = seed_snapshot_path(s.config.data_dir);
  if (!std::filesystem::exists(snapshot))
    throw ApiFailure(409, "NO_SEED_SNAPSHOT", "this data dir was seeded by an older version; delete it to start over");
  const auto t0 = std::chrono::steady_clock::now();
  const ResetCounts counts = reset_from_snapshot(s.db, snapshot, [&](SQLite::Database& tx) {
    append_audit(s, tx, audit_event(ctx, "dev.reset", "", "success"));
  });
  s.catalog_changed();
  orders::expire_due(s);  // the seed's unpaid orders may be past their window at the current clock
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  return Reply::ok_message(mestore::ResetResult{counts.tables, counts.rows, static_cast<std::int64_t>(ms)},
                           "the database is back to the seed; every session has ended");
}

}  // namespace

void add_dev_routes(Router& r, Stub& s) {
  const std::string tag = "dev";
  const std::string note = "Developer control (--dev-controls, loopback only; 404 otherwise): ";
  r.add({"POST", "/api/v1/dev/clock", Access::anyone(), [&s](Context& c) { return advance_clock(s, c); },
         note + "move the server clock forward", tag, BodyKind::Json,
         {{"type", "object"}, {"required", {"advance_seconds"}}, {"properties", {{"advance_seconds", {{"type", "integer"}, {"minimum", 0}}}}}},
         {{"type", "object"},
          {"properties", {{"now", {{"type", "string"}}}, {"offset_seconds", {{"type", "integer"}}}, {"expired_orders", {{"type", "integer"}}},
                          {"expired_cash_codes", {{"type", "integer"}}}}}}});
  r.add({"POST", "/api/v1/dev/cash-payments", Access::anyone(), [&s](Context& c) { return receive_cash(s, c); },
         note + "an Efecty cash point reports {cash_code} paid: the payment is approved and the order confirmed "
                "(409 CASH_CODE_EXPIRED after 72 h, CASH_CODE_NOT_PENDING once paid or replaced)",
         tag, BodyKind::Json,
         {{"type", "object"}, {"required", {"cash_code"}}, {"properties", {{"cash_code", {{"type", "string"}}}}}}, ref("Payment")});
  r.add({"GET", "/api/v1/dev/chaos", Access::anyone(), [&s](Context& c) { return get_chaos(s, c); },
         note + "the chaos rules in force", tag, BodyKind::None, nullptr, ref("ChaosConfig")});
  r.add({"PUT", "/api/v1/dev/chaos", Access::anyone(), [&s](Context& c) { return put_chaos(s, c); },
         note + "replace the chaos rules: per path glob, latency_ms (0-30000) and error_rate (0-1, answered 503 "
                "CHAOS_INJECTED); first match wins; {rules: []} turns chaos off",
         tag, BodyKind::Json, ref("ChaosConfig"), ref("ChaosConfig")});
  r.add({"GET", "/api/v1/dev/faults", Access::anyone(), [&s](Context& c) { return get_faults(s, c); },
         note + "the injected faults and the known ones", tag, BodyKind::None, nullptr, ref("Faults")});
  r.add({"PUT", "/api/v1/dev/faults", Access::anyone(), [&s](Context& c) { return put_faults(s, c); },
         note + "replace the injected faults, e.g. {active: [\"fraud_scorer_down\"]}", tag, BodyKind::Json, ref("Faults"),
         ref("Faults")});
  r.add({"POST", "/api/v1/dev/reset", Access::anyone(), [&s](Context& c) { return reset(s, c); },
         note + "put the database back to the seed (the audit log is kept and records it); everyone is signed out", tag,
         BodyKind::None, nullptr, ref("ResetResult")});
}

}  // namespace stub
