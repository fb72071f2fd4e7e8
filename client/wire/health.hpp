#pragma once
#include <string>

#include "../decode.hpp"

namespace mestore {

// GET /api/v1/health
struct Health {
  std::string status;    // "ok" or "degraded"
  std::string version;
  std::string database;  // "ok" or a short problem
  std::int64_t uptime_seconds = 0;
};

inline void from_json(const json& j, Health& h) {
  decode::required(j, "status", h.status);
  decode::required(j, "version", h.version);
  decode::required(j, "database", h.database);
  decode::required(j, "uptime_seconds", h.uptime_seconds);
}
inline void to_json(json& j, const Health& h) {
  j = {{"status", h.status}, {"version", h.version}, {"database", h.database}, {"uptime_seconds", h.uptime_seconds}};
}

}  // namespace mestore
