// Card checks for the sandbox gateway's tokenization endpoint. Card numbers and CVCs pass
// through these functions and are never stored or logged; only the brand and last four leave.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stub::commerce {

enum class CardBrand { Unknown, Visa, Mastercard, Amex };

// Digits only, with spaces and dashes between groups allowed ("4242 4242 4242 4242");
// std::nullopt for anything else (letters, other punctuation, fewer than 12 or more than 19 digits).
std::optional<std::string> normalize_card_number(std::string_view input);
bool luhn_valid(std::string_view digits);
// Visa 4… (13, 16 or 19 digits); Mastercard 51–55 or 2221–2720 (16); Amex 34/37 (15).
CardBrand detect_brand(std::string_view digits);
const char* to_string(CardBrand brand);  // "VISA", "MASTERCARD", "AMEX", "UNKNOWN"
std::string last_four(std::string_view digits);

// CVC: 4 digits for Amex, 3 for the others.
bool cvc_valid(std::string_view cvc, CardBrand brand);

// Expiry as "MM/YY" (or "MM/YYYY"); valid through the last day of that month in Colombia, not
// further than 20 years ahead. `now_epoch` comes from the stub's Clock so tests can move time.
enum class ExpiryCheck { Valid, Malformed, Expired, TooFar };
ExpiryCheck check_expiry(std::string_view mm_yy, std::int64_t now_epoch);
ExpiryCheck check_expiry(int month, int year, std::int64_t now_epoch);  // year: 4 digits

// All of the above for one card: the first problem found, as a stable code, or empty when fine.
struct CardCheck {
  std::string problem;  // "" | "INVALID_NUMBER" | "UNSUPPORTED_BRAND" | "INVALID_CVC" | "INVALID_EXPIRY" | "CARD_EXPIRED"
  CardBrand brand = CardBrand::Unknown;
  std::string last_four;
};
CardCheck check_card(std::string_view number, std::string_view expiry, std::string_view cvc, std::int64_t now_epoch);

}  // namespace stub::commerce
