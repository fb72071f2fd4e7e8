#include "pricing.hpp"

#include "money_math.hpp"

namespace stub::commerce {

QuantityProblem check_quantity(std::int64_t quantity, std::int64_t available) {
  if (quantity < 1) return QuantityProblem::NotPositive;
  if (quantity > kMaxLineQuantity) return QuantityProblem::TooLarge;
  if (available <= 0) return QuantityProblem::SoldOut;
  if (quantity > available) return QuantityProblem::InsufficientStock;
  return QuantityProblem::None;
}

const char* to_string(QuantityProblem p) {
  switch (p) {
    case QuantityProblem::None: return "OK";
    case QuantityProblem::NotPositive: return "NOT_POSITIVE";
    case QuantityProblem::TooLarge: return "TOO_LARGE";
    case QuantityProblem::InsufficientStock: return "INSUFFICIENT_STOCK";
    case QuantityProblem::SoldOut: return "UNAVAILABLE";
  }
  return "UNKNOWN";
}

std::int64_t iva_on(std::int64_t subtotal) { return percent_of(subtotal, kIvaBasisPoints).value_or(-1); }

std::int64_t shipping_for(std::int64_t subtotal) { return subtotal >= kFreeShippingFrom ? 0 : kShippingFee; }

std::optional<Totals> price_lines(const std::vector<PriceLine>& lines) {
  Totals t;
  t.line_totals.reserve(lines.size());
  for (const auto& l : lines) {
    if (l.unit_price < 0 || l.quantity < 1) return std::nullopt;
    auto line_total = checked_mul(l.unit_price, l.quantity);
    if (!line_total) return std::nullopt;
    auto subtotal = checked_add(t.subtotal, *line_total);
    if (!subtotal) return std::nullopt;
    t.line_totals.push_back(*line_total);
    t.subtotal = *subtotal;
  }
  auto iva = percent_of(t.subtotal, kIvaBasisPoints);
  if (!iva) return std::nullopt;
  t.iva = *iva;
  t.shipping = shipping_for(t.subtotal);
  auto with_iva = checked_add(t.subtotal, t.iva);
  if (!with_iva) return std::nullopt;
  auto total = checked_add(*with_iva, t.shipping);
  if (!total) return std::nullopt;
  t.total = *total;
  return t;
}

}  // namespace stub::commerce
