#include "cards.hpp"

#include <cctype>
#include <ctime>

namespace stub::commerce {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int prefix(std::string_view digits, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n && i < digits.size(); ++i) v = v * 10 + (digits[i] - '0');
  return v;
}

}  // namespace

std::optional<std::string> normalize_card_number(std::string_view input) {
  std::string digits;
  for (char c : input) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    else if (c != ' ' && c != '-') return std::nullopt;
  }
  if (digits.size() < 12 || digits.size() > 19) return std::nullopt;
  return digits;
}

bool luhn_valid(std::string_view digits) {
  if (!all_digits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

CardBrand detect_brand(std::string_view d) {
  if (!all_digits(d)) return CardBrand::Unknown;
  const auto n = d.size();
  if (d[0] == '4' && (n == 13 || n == 16 || n == 19)) return CardBrand::Visa;
  const int p2 = prefix(d, 2), p4 = prefix(d, 4);
  if (n == 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return CardBrand::Mastercard;
  if (n == 15 && (p2 == 34 || p2 == 37)) return CardBrand::Amex;
  return CardBrand::Unknown;
}

const char* to_string(CardBrand brand) {
  constexpr const char* names[] = {"UNKNOWN", "VISA", "MASTERCARD", "AMEX"};
  return names[static_cast<int>(brand)];
}

std::string last_four(std::string_view digits) {
  return digits.size() < 4 ? std::string() : std::string(digits.substr(digits.size() - 4));
}

bool cvc_valid(std::string_view cvc, CardBrand brand) {
  return all_digits(cvc) && cvc.size() == (brand == CardBrand::Amex ? 4u : 3u);
}

ExpiryCheck check_expiry(int month, int year, std::int64_t now_epoch) {
  if (month < 1 || month > 12 || year < 2000 || year > 9999) return ExpiryCheck::Malformed;
  std::time_t t = static_cast<std::time_t>(now_epoch - 5 * 3600);  // Colombian calendar
  std::tm now{};
  gmtime_r(&t, &now);
  const int now_month_index = (now.tm_year + 1900) * 12 + now.tm_mon;  // months since year 0
  const int card_month_index = year * 12 + (month - 1);
  if (card_month_index < now_month_index) return ExpiryCheck::Expired;
  if (card_month_index > now_month_index + 20 * 12) return ExpiryCheck::TooFar;
  return ExpiryCheck::Valid;
}

ExpiryCheck check_expiry(std::string_view s, std::int64_t now_epoch) {
  const auto slash = s.find('/');
  if (slash != 2) return ExpiryCheck::Malformed;
  std::string_view mm = s.substr(0, 2), yy = s.substr(3);
  if (!all_digits(mm) || !all_digits(yy) || (yy.size() != 2 && yy.size() != 4)) return ExpiryCheck::Malformed;
  int year = prefix(yy, yy.size());
  if (yy.size() == 2) year += 2000;
  return check_expiry(prefix(mm, 2), year, now_epoch);
}

CardCheck check_card(std::string_view number, std::string_view expiry, std::string_view cvc, std::int64_t now_epoch) {
  CardCheck c;
  auto digits = normalize_card_number(number);
  if (!digits || !luhn_valid(*digits)) {
    c.problem = "INVALID_NUMBER";
    return c;
  }
  c.brand = detect_brand(*digits);
  c.last_four = last_four(*digits);
  if (c.brand == CardBrand::Unknown) c.problem = "UNSUPPORTED_BRAND";
  else if (!cvc_valid(cvc, c.brand)) c.problem = "INVALID_CVC";
  else switch (check_expiry(expiry, now_epoch)) {
      case ExpiryCheck::Valid: break;
      case ExpiryCheck::Expired: c.problem = "CARD_EXPIRED"; break;
      case ExpiryCheck::Malformed:
      case ExpiryCheck::TooFar: c.problem = "INVALID_EXPIRY"; break;
    }
  return c;
}

}  // namespace stub::commerce
