// Dates, times and relative times for people, in Colombian time (UTC−5, no DST), es-CO and en.
#include <doctest/doctest.h>

#include <cstdio>

#include "client/format.hpp"

using namespace mestore;

TEST_CASE("an ISO-8601 UTC instant is shown in Colombian local time") {
  CHECK(format_datetime("2026-12-04T19:05:00Z", Locale::Es) == "4 dic 2026, 14:05");
  CHECK(format_datetime("2026-12-04T19:05:00Z", Locale::En) == "Dec 4, 2026, 2:05 PM");
  CHECK(format_datetime("2026-12-04T14:05:00.123456Z", Locale::Es) == "4 dic 2026, 09:05");
  CHECK(format_datetime("2026-12-04T14:05:00.123456Z", Locale::En) == "Dec 4, 2026, 9:05 AM");
}

TEST_CASE("midnight, noon and the day boundary in Colombian time") {
  CHECK(format_datetime("2026-01-01T03:30:00Z", Locale::Es) == "31 dic 2025, 22:30");  // still New Year's Eve
  CHECK(format_datetime("2026-01-01T05:00:00Z", Locale::En) == "Jan 1, 2026, 12:00 AM");
  CHECK(format_datetime("2026-01-01T17:00:00Z", Locale::En) == "Jan 1, 2026, 12:00 PM");
  CHECK(format_datetime("2024-03-01T04:59:59Z", Locale::Es) == "29 feb 2024, 23:59");  // leap day
}

TEST_CASE("offsets, a space separator and zone-less times are read; junk is not") {
  CHECK(format_datetime("2026-12-04T14:05:00-05:00", Locale::Es) == "4 dic 2026, 14:05");
  CHECK(format_datetime("2026-12-04T20:05:00+0100", Locale::Es) == "4 dic 2026, 14:05");
  CHECK(format_datetime("2026-12-04 19:05:00", Locale::Es) == "4 dic 2026, 14:05");  // SQLite style: UTC
  CHECK(format_datetime("2026-12-04T19:05Z", Locale::Es) == "4 dic 2026, 14:05");
  for (const char* bad : {"", "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-12-04T24:00:00Z",
                          "2026-12-04T19:05:00Q", "2026-12-04T19:05:00Z trailing", "2026-1-4", "20261204T190500Z"}) {
    INFO(bad);
    CHECK_FALSE(parse_iso8601(bad));
    CHECK(format_datetime(bad, Locale::Es).empty());
  }
  CHECK(parse_iso8601("1970-01-01T00:00:00Z") == 0);
  CHECK(parse_iso8601("2000-03-01T00:00:00Z") == 951868800);
}

TEST_CASE("every month has its es-CO and en abbreviation") {
  const char* es[] = {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"};
  const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int m = 1; m <= 12; ++m) {
    char iso[32];
    std::snprintf(iso, sizeof iso, "2026-%02d-15T17:00:00Z", m);
    CHECK(format_date(std::string_view(iso), Locale::Es) == "15 " + std::string(es[m - 1]) + " 2026");
    CHECK(format_date(std::string_view(iso), Locale::En) == std::string(en[m - 1]) + " 15, 2026");
  }
}

TEST_CASE("a bare date is shown as written, with no time zone shift") {
  CHECK(format_date("2026-12-04", Locale::Es) == "4 dic 2026");
  CHECK(format_date("2026-12-04T02:00:00Z", Locale::Es) == "3 dic 2026");  // an instant: Colombian day
}

TEST_CASE("relative times read naturally in both languages") {
  const std::int64_t now = *parse_iso8601("2026-12-04T19:05:00Z");
  CHECK(format_relative(now - 20, now, Locale::Es) == "hace un momento");
  CHECK(format_relative(now - 20, now, Locale::En) == "just now");
  CHECK(format_relative("2026-12-04T19:00:00Z", now, Locale::Es) == "hace 5 min");
  CHECK(format_relative("2026-12-04T19:00:00Z", now, Locale::En) == "5 min ago");
  CHECK(format_relative(now - 3 * 3600 - 59, now, Locale::Es) == "hace 3 h");
  CHECK(format_relative(now - 3 * 3600, now, Locale::En) == "3 h ago");
  CHECK(format_relative(now - 86400, now, Locale::Es) == "hace 1 día");
  CHECK(format_relative(now - 2 * 86400, now, Locale::En) == "2 days ago");
  CHECK(format_relative(now + 300, now, Locale::Es) == "en 5 min");
  CHECK(format_relative(now + 300, now, Locale::En) == "in 5 min");
  CHECK(format_relative(now - 30 * 86400, now, Locale::Es) == "4 nov 2026");
  CHECK(format_relative("garbage", now, Locale::Es).empty());
  CHECK(unix_now() > *parse_iso8601("2024-01-01"));
}

TEST_CASE("COP keeps its es-CO and en forms") {
  CHECK(format_cop(Cop{1250000}, Locale::Es) == "$ 1.250.000");
  CHECK(format_cop(Cop{1250000}, Locale::En) == "COP 1,250,000");
}
