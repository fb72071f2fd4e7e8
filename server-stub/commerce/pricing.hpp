// How much an order costs, from server prices only. The client sends product ids and
// quantities; every amount here comes from the database and is computed by the server.
//
//   subtotal = Σ unit_price × quantity
//   IVA      = round_half_up(subtotal × 19 / 100)   (19 % on the subtotal, whole pesos)
//   shipping = 15 000, or 0 when subtotal ≥ 200 000
//   total    = subtotal + IVA + shipping
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stub::commerce {

inline constexpr std::int64_t kIvaBasisPoints = 1900;  // 19 %
inline constexpr std::int64_t kShippingFee = 15000;
inline constexpr std::int64_t kFreeShippingFrom = 200000;
// Far above any real basket (stock and price limits keep us well below), small enough that a
// count never comes near int64 limits before pricing even starts.
inline constexpr std::int64_t kMaxLineQuantity = 1000000;

// Why a requested quantity cannot be sold.
enum class QuantityProblem { None, NotPositive, TooLarge, InsufficientStock, SoldOut };

// Whole-number quantity checks: 1 … available (and never above kMaxLineQuantity).
QuantityProblem check_quantity(std::int64_t quantity, std::int64_t available);
const char* to_string(QuantityProblem p);

struct PriceLine {
  std::int64_t unit_price = 0;  // pesos, from the database
  std::int64_t quantity = 0;
};

struct Totals {
  std::vector<std::int64_t> line_totals;  // parallel to the input lines
  std::int64_t subtotal = 0;
  std::int64_t iva = 0;
  std::int64_t shipping = 0;
  std::int64_t total = 0;
};

// Prices the lines; std::nullopt when any amount would overflow int64 or a line has a negative
// price or a quantity below 1 (callers validate quantities first; this is the backstop).
std::optional<Totals> price_lines(const std::vector<PriceLine>& lines);

std::int64_t iva_on(std::int64_t subtotal);        // −1 when subtotal < 0 or too large to price
std::int64_t shipping_for(std::int64_t subtotal);  // 15 000 below 200 000, else 0

}  // namespace stub::commerce
