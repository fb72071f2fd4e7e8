#include "log.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>

#include "clock.hpp"

namespace stub {
namespace {
std::mutex log_mutex;
std::atomic<bool> enabled{true};
}  // namespace

void set_log_enabled(bool e) { enabled = e; }

void log_line(const std::string& level, nlohmann::json fields) {
  if (!enabled) return;
  using namespace std::chrono;
  fields["ts"] = iso_utc(duration_cast<seconds>(system_clock::now().time_since_epoch()).count());
  fields["level"] = level;
  std::string line = fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line.push_back('\n');
  std::lock_guard lock(log_mutex);
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

}  // namespace stub
