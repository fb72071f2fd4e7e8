#include "card_checks.hpp"

#include <cctype>

namespace mestore {

std::string card_digits(std::string_view typed) {
  std::string d;
  for (char c : typed) {
    if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    else if (c != ' ' && c != '-') return {};
  }
  return d;
}

std::string card_brand(std::string_view typed) {
  const std::string d = card_digits(typed);
  if (d.empty()) return {};
  if (d[0] == '4') return "VISA";
  if (d.size() >= 2 && d[0] == '3' && (d[1] == '4' || d[1] == '7')) return "AMEX";
  if (d.size() >= 2) {
    const int two = std::stoi(d.substr(0, 2));
    if (two >= 51 && two <= 55) return "MASTERCARD";
    if (d.size() >= 4) {
      const int four = std::stoi(d.substr(0, 4));
      if (four >= 2221 && four <= 2720) return "MASTERCARD";
    }
  }
  return {};
}

namespace {
bool luhn(const std::string& d) {
  int sum = 0;
  bool twice = false;
  for (auto it = d.rbegin(); it != d.rend(); ++it) {
    int v = *it - '0';
    if (twice && (v *= 2) > 9) v -= 9;
    sum += v;
    twice = !twice;
  }
  return sum % 10 == 0;
}
}  // namespace

Validity validate_card_number(std::string_view typed) {
  if (typed.find_first_not_of(' ') == std::string_view::npos) return {"validate.required"};
  const std::string d = card_digits(typed);
  const bool amex = card_brand(typed) == "AMEX";
  if (d.size() < 13 || d.size() > 19 || (amex && d.size() != 15) || !luhn(d)) return {"validate.card_number"};
  return {};
}

bool parse_card_expiry(std::string_view typed, int* month, int* year) {
  std::string digits;
  for (char c : typed) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (c != '/' && c != ' ') return false;
  }
  if (digits.size() != 4 && digits.size() != 6) return false;
  const int m = std::stoi(digits.substr(0, 2));
  int y = std::stoi(digits.substr(2));
  if (digits.size() == 4) y += 2000;
  if (m < 1 || m > 12) return false;
  *month = m;
  *year = y;
  return true;
}

Validity validate_card_expiry(std::string_view typed, int year, int month) {
  if (typed.find_first_not_of(' ') == std::string_view::npos) return {"validate.required"};
  int m = 0, y = 0;
  if (!parse_card_expiry(typed, &m, &y)) return {"validate.card_expiry"};
  if (y < year || (y == year && m < month)) return {"validate.card_expired"};
  if (y > year + 20) return {"validate.card_expiry"};
  return {};
}

Validity validate_card_cvc(std::string_view cvc, std::string_view brand) {
  if (cvc.empty()) return {"validate.required"};
  const std::size_t want = brand == "AMEX" ? 4 : 3;
  if (cvc.size() != want) return {"validate.card_cvc"};
  for (char c : cvc)
    if (!std::isdigit(static_cast<unsigned char>(c))) return {"validate.card_cvc"};
  return {};
}

std::string group_card_number(std::string_view typed) {
  const std::string d = card_digits(typed);
  if (d.empty()) return std::string(typed);
  const bool amex = card_brand(d) == "AMEX";
  std::string out;
  for (std::size_t i = 0; i < d.size(); ++i) {
    const bool gap = amex ? (i == 4 || i == 10) : (i > 0 && i % 4 == 0);
    if (gap) out += ' ';
    out += d[i];
  }
  return out;
}

}  // namespace mestore
