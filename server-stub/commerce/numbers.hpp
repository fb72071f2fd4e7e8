// MeStore's human-facing numbers:
//   order    ORD-YYYYMMDD-XXXXXXXX
//   tracking SHIP-YYYYMMDDHHMMSS-XXXXXXXX
// Dates and times are Colombian (UTC−5), what the buyer and the vendor read on their receipt;
// X is an uppercase letter or digit from libsodium's CSPRNG (36^8 ≈ 2.8 × 10^12 per day, and the
// database's UNIQUE constraint catches the rare clash, the caller draws again).
#pragma once
#include <cstdint>
#include <string>

namespace stub::commerce {

std::string order_number(std::int64_t epoch_seconds);
std::string tracking_number(std::int64_t epoch_seconds);

// `n` characters from [A-Z0-9], uniformly (randombytes_uniform, no modulo bias).
std::string random_code(std::size_t n);

// Whether `s` has the shape of an order / tracking number (for path parameters and tests).
bool looks_like_order_number(const std::string& s);
bool looks_like_tracking_number(const std::string& s);

}  // namespace stub::commerce
