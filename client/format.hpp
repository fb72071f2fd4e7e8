// Text for people: money (money.hpp), dates and times, relative times, in es-CO or en.
// Dates arrive from the API as ISO-8601 UTC strings; they are shown in Colombian time
// (UTC−5 all year: Colombia has no daylight saving time).
//
//   format_datetime("2026-12-04T19:05:00Z", Locale::Es)  → "4 dic 2026, 14:05"
//   format_datetime("2026-12-04T19:05:00Z", Locale::En)  → "Dec 4, 2026, 2:05 PM"
//   format_relative("2026-12-04T19:00:00Z", now, Es)     → "hace 5 min"
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "locale.hpp"
#include "money.hpp"

namespace mestore {

inline constexpr int kColombiaUtcOffsetSeconds = -5 * 3600;

// Seconds since 1970-01-01T00:00:00Z. Reads "2026-12-04T19:05:00Z", with optional fractional
// seconds, a ' ' instead of 'T', an offset (+00:00, -0500) instead of Z, or no zone (taken as
// UTC), and a bare date ("2026-12-04", midnight UTC). Nothing else: nullopt.
std::optional<std::int64_t> parse_iso8601(std::string_view text);

// "4 dic 2026, 14:05" / "Dec 4, 2026, 2:05 PM" in Colombian time; "" when unreadable.
std::string format_datetime(std::string_view iso, Locale locale);
std::string format_datetime(std::int64_t unix_seconds, Locale locale);
// "4 dic 2026" / "Dec 4, 2026". A bare date is shown as written (no time zone shift).
std::string format_date(std::string_view iso, Locale locale);
std::string format_date(std::int64_t unix_seconds, Locale locale);

// "hace un momento" / "just now", "hace 5 min" / "5 min ago", "hace 3 h" / "3 h ago",
// "hace 2 días" / "2 days ago", "en 5 min" / "in 5 min"; a week or more away: the date.
std::string format_relative(std::int64_t unix_seconds, std::int64_t now_unix_seconds, Locale locale);
std::string format_relative(std::string_view iso, std::int64_t now_unix_seconds, Locale locale);

// The wall clock, in Unix seconds (for format_relative's `now`).
std::int64_t unix_now();

}  // namespace mestore
