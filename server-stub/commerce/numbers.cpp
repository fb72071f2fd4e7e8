#include "numbers.hpp"

#include <sodium.h>

#include <cctype>
#include <ctime>

namespace stub::commerce {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

std::string colombia_time(std::int64_t epoch_seconds, const char* format) {
  std::time_t t = static_cast<std::time_t>(epoch_seconds - 5 * 3600);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

bool all_of(const std::string& s, std::size_t from, std::size_t n, int (*pred)(int)) {
  if (from + n > s.size()) return false;
  for (std::size_t i = from; i < from + n; ++i)
    if (!pred(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int is_code_char(int c) { return std::isdigit(c) || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string random_code(std::size_t n) {
  std::string out(n, '0');
  for (auto& c : out) c = kAlphabet[randombytes_uniform(36)];
  return out;
}

std::string order_number(std::int64_t epoch_seconds) {
  return "ORD-" + colombia_time(epoch_seconds, "%Y%m%d") + "-" + random_code(8);
}

std::string tracking_number(std::int64_t epoch_seconds) {
  return "SHIP-" + colombia_time(epoch_seconds, "%Y%m%d%H%M%S") + "-" + random_code(8);
}

bool looks_like_order_number(const std::string& s) {
  return s.size() == 21 && s.compare(0, 4, "ORD-") == 0 && all_of(s, 4, 8, ::isdigit) && s[12] == '-' &&
         all_of(s, 13, 8, is_code_char);
}

bool looks_like_tracking_number(const std::string& s) {
  return s.size() == 28 && s.compare(0, 5, "SHIP-") == 0 && all_of(s, 5, 14, ::isdigit) && s[19] == '-' &&
         all_of(s, 20, 8, is_code_char);
}

}  // namespace stub::commerce
