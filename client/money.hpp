// Money in Colombian pesos. COP has no minor unit in practice, so amounts are whole pesos in an
// int64; there is deliberately no conversion from or to floating point anywhere in the project.
#pragma once
#include <cstdint>
#include <string>

#include "locale.hpp"

namespace mestore {

struct Cop {
  std::int64_t pesos = 0;

  friend constexpr bool operator==(Cop, Cop) = default;
  friend constexpr auto operator<=>(Cop, Cop) = default;
  friend constexpr Cop operator+(Cop a, Cop b) { return {a.pesos + b.pesos}; }
  friend constexpr Cop operator-(Cop a, Cop b) { return {a.pesos - b.pesos}; }
  friend constexpr Cop operator*(Cop a, std::int64_t n) { return {a.pesos * n}; }
};

// es: "$ 1.250.000" (es-CO); en: "COP 1,250,000". Negative amounts get a leading minus.
std::string format_cop(Cop amount, Locale locale = Locale::Es);

// Thousands grouping alone ("1.250.000" / "1,250,000"), for tables and charts.
std::string format_grouped(std::int64_t value, Locale locale = Locale::Es);

}  // namespace mestore
