#include "money.hpp"

namespace mestore {

std::string format_grouped(std::int64_t value, Locale locale) {
  const char separator = locale == Locale::Es ? '.' : ',';
  // Work on the magnitude as unsigned so INT64_MIN does not overflow.
  std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  if (value < 0) out.push_back('-');
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(separator);
    out.push_back(digits[i]);
  }
  return out;
}

std::string format_cop(Cop amount, Locale locale) {
  std::string grouped = format_grouped(amount.pesos, locale);
  bool negative = !grouped.empty() && grouped[0] == '-';
  if (negative) grouped.erase(0, 1);
  std::string prefix = locale == Locale::Es ? "$ " : "COP ";
  return (negative ? "-" : "") + prefix + grouped;
}

}  // namespace mestore
