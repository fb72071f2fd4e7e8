#include "format.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace mestore {
namespace {

constexpr const char* kMonthsEs[] = {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"};
constexpr const char* kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Civil {
  std::int64_t year;
  int month, day, hour, minute, second;
};

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, any year).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Civil civil_from_unix(std::int64_t t) {
  std::int64_t days = t / 86400, rem = t % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d, static_cast<int>(rem / 3600), static_cast<int>(rem % 3600 / 60),
          static_cast<int>(rem % 60)};
}

int days_in_month(std::int64_t y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

// Reads exactly `n` digits at `pos`.
bool digits(std::string_view s, std::size_t& pos, int n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += n;
  return true;
}

bool is_bare_date(std::string_view s) { return s.size() == 10; }

std::string date_text(const Civil& c, Locale l) {
  char buf[64];
  if (l == Locale::Es) std::snprintf(buf, sizeof buf, "%d %s %lld", c.day, kMonthsEs[c.month - 1], static_cast<long long>(c.year));
  else std::snprintf(buf, sizeof buf, "%s %d, %lld", kMonthsEn[c.month - 1], c.day, static_cast<long long>(c.year));
  return buf;
}

std::string time_text(const Civil& c, Locale l) {
  char buf[32];
  if (l == Locale::Es) std::snprintf(buf, sizeof buf, "%02d:%02d", c.hour, c.minute);
  else std::snprintf(buf, sizeof buf, "%d:%02d %s", (c.hour + 11) % 12 + 1, c.minute, c.hour < 12 ? "AM" : "PM");
  return buf;
}

Civil colombian(std::int64_t unix_seconds) { return civil_from_unix(unix_seconds + kColombiaUtcOffsetSeconds); }

}  // namespace

std::optional<std::int64_t> parse_iso8601(std::string_view s) {
  std::size_t pos = 0;
  int y, mo, d, h = 0, mi = 0, sec = 0;
  if (!digits(s, pos, 4, y) || pos >= s.size() || s[pos++] != '-' || !digits(s, pos, 2, mo) || pos >= s.size() ||
      s[pos++] != '-' || !digits(s, pos, 2, d))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo)) return std::nullopt;
  int offset_seconds = 0;
  if (pos < s.size()) {
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
    ++pos;
    if (!digits(s, pos, 2, h) || pos >= s.size() || s[pos++] != ':' || !digits(s, pos, 2, mi)) return std::nullopt;
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      if (!digits(s, pos, 2, sec)) return std::nullopt;
      if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        const std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
        if (pos == start || pos - start > 9) return std::nullopt;
      }
    }
    if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
    if (pos < s.size()) {
      const char z = s[pos++];
      if (z == 'Z' || z == 'z') {
      } else if (z == '+' || z == '-') {
        int oh, om;
        if (!digits(s, pos, 2, oh)) return std::nullopt;
        if (pos < s.size() && s[pos] == ':') ++pos;
        if (!digits(s, pos, 2, om) || oh > 23 || om > 59) return std::nullopt;
        offset_seconds = (z == '+' ? 1 : -1) * (oh * 3600 + om * 60);
      } else {
        return std::nullopt;
      }
    }
    if (pos != s.size()) return std::nullopt;
  }
  return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + std::min(sec, 59) - offset_seconds;
}

std::string format_datetime(std::int64_t t, Locale l) {
  const Civil c = colombian(t);
  return date_text(c, l) + ", " + time_text(c, l);
}

std::string format_datetime(std::string_view iso, Locale l) {
  auto t = parse_iso8601(iso);
  return t ? format_datetime(*t, l) : std::string();
}

std::string format_date(std::int64_t t, Locale l) { return date_text(colombian(t), l); }

std::string format_date(std::string_view iso, Locale l) {
  auto t = parse_iso8601(iso);
  if (!t) return {};
  return is_bare_date(iso) ? date_text(civil_from_unix(*t), l) : format_date(*t, l);
}

std::string format_relative(std::int64_t t, std::int64_t now, Locale l) {
  const std::int64_t delta = now - t;
  const bool past = delta >= 0;
  const std::int64_t ago = past ? delta : -delta;
  const bool es = l == Locale::Es;
  if (ago < 60) return es ? "hace un momento" : "just now";
  std::string amount;
  if (ago < 3600) amount = std::to_string(ago / 60) + " min";
  else if (ago < 86400) amount = std::to_string(ago / 3600) + " h";
  else if (ago < 7 * 86400) {
    const std::int64_t days = ago / 86400;
    amount = std::to_string(days) + (es ? (days == 1 ? " día" : " días") : (days == 1 ? " day" : " days"));
  } else {
    return format_date(t, l);
  }
  if (es) return (past ? "hace " : "en ") + amount;
  return past ? amount + " ago" : "in " + amount;
}

std::string format_relative(std::string_view iso, std::int64_t now, Locale l) {
  auto t = parse_iso8601(iso);
  return t ? format_relative(*t, now, l) : std::string();
}

std::int64_t unix_now() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace mestore
