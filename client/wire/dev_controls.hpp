// Developer controls (stub started with --dev-controls, loopback callers only): chaos rules,
// injected faults and reset to the seed. For frontend work and tests, never for screens users see.
#pragma once
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

// Requests whose path matches `pattern` (glob: * and ?) wait `latency_ms` first, and a share
// `error_rate` (0 … 1) of them are answered 503 CHAOS_INJECTED. The first matching rule wins.
struct ChaosRule {
  std::string pattern;
  int latency_ms = 0;
  double error_rate = 0;
};

inline void from_json(const json& j, ChaosRule& r) {
  decode::required(j, "pattern", r.pattern);
  decode::required(j, "latency_ms", r.latency_ms);
  decode::required(j, "error_rate", r.error_rate);
}
inline void to_json(json& j, const ChaosRule& r) {
  j = {{"pattern", r.pattern}, {"latency_ms", r.latency_ms}, {"error_rate", r.error_rate}};
}

// GET and PUT /dev/chaos (PUT replaces every rule; an empty list turns chaos off).
struct ChaosConfig {
  std::vector<ChaosRule> rules;
};
inline void from_json(const json& j, ChaosConfig& c) { decode::required(j, "rules", c.rules); }
inline void to_json(json& j, const ChaosConfig& c) { j = {{"rules", c.rules}}; }

// GET and PUT /dev/faults: PUT {active:[...]} replaces the set; the answer also lists `known`.
struct FaultsState {
  std::vector<std::string> active;
  std::vector<std::string> known;
};
inline void from_json(const json& j, FaultsState& f) {
  decode::required(j, "active", f.active);
  decode::optional(j, "known", f.known);
}
inline void to_json(json& j, const FaultsState& f) { j = {{"active", f.active}, {"known", f.known}}; }

// POST /dev/reset: the database is back to the seed (every table but the audit log, which
// records the reset). Everyone is signed out.
struct ResetResult {
  int tables = 0;
  std::int64_t rows = 0;
  std::int64_t ms = 0;
};
inline void from_json(const json& j, ResetResult& r) {
  decode::required(j, "tables", r.tables);
  decode::required(j, "rows", r.rows);
  decode::required(j, "ms", r.ms);
}
inline void to_json(json& j, const ResetResult& r) { j = {{"tables", r.tables}, {"rows", r.rows}, {"ms", r.ms}}; }

}  // namespace mestore
