// Integer money arithmetic that refuses to wrap. Every amount in MeStore is whole pesos in an
// int64; these helpers return std::nullopt instead of overflowing, so a huge quantity × price
// becomes a clear refusal rather than a small (or negative) total.
#pragma once
#include <cstdint>
#include <optional>

namespace stub::commerce {

inline std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t out;
  if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
  return out;
}

inline std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t out;
  if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
  return out;
}

// round_half_up(numerator / denominator) for numerator >= 0 and denominator > 0, exactly, in
// integers: floor((2n + d) / 2d). Halves go up (0.5 → 1, 2.5 → 3), the rule the reference names
// for IVA and commissions; there is no banker's rounding and no floating point anywhere.
inline std::optional<std::int64_t> round_half_up_div(std::int64_t numerator, std::int64_t denominator) {
  if (numerator < 0 || denominator <= 0) return std::nullopt;
  auto twice = checked_mul(numerator, 2);
  if (!twice) return std::nullopt;
  auto top = checked_add(*twice, denominator);
  auto bottom = checked_mul(denominator, 2);
  if (!top || !bottom) return std::nullopt;
  return *top / *bottom;
}

// round_half_up(amount × basis_points / 10 000): percentages as basis points (19 % = 1900).
inline std::optional<std::int64_t> percent_of(std::int64_t amount, std::int64_t basis_points) {
  auto product = checked_mul(amount, basis_points);
  if (!product) return std::nullopt;
  return round_half_up_div(*product, 10000);
}

}  // namespace stub::commerce
