// One JSON object per line on stdout. Callers pass structured fields; nothing here ever takes a
// password, token or card number (they are never handed to the logger in the first place).
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace stub {

void log_line(const std::string& level, nlohmann::json fields);
inline void log_info(nlohmann::json fields) { log_line("info", std::move(fields)); }
inline void log_warn(nlohmann::json fields) { log_line("warn", std::move(fields)); }
inline void log_error(nlohmann::json fields) { log_line("error", std::move(fields)); }
void set_log_enabled(bool enabled);

}  // namespace stub
