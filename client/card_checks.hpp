// Checks of card details before they go to the gateway's tokenization endpoint (which checks
// them again: it is the authority). They let the checkout say what is wrong next to the field
// without a round trip, and show the card's brand while it is typed. Nothing here keeps a number.
//
//   if (!mestore::validate_card_number("4242 4242 4242 4242").ok()) …
#pragma once
#include <string>
#include <string_view>

#include "validate.hpp"

namespace mestore {

// The digits of what was typed, without the spaces and dashes people put between groups; empty
// when anything else is in it.
std::string card_digits(std::string_view typed);
// VISA | MASTERCARD | AMEX from the leading digits, or "" while unknown.
std::string card_brand(std::string_view typed);
// 13–19 digits (15 for Amex) passing the Luhn check.
Validity validate_card_number(std::string_view typed);
// "MM/AA" or "MM/AAAA", not before the current month (`year`, `month` of today).
Validity validate_card_expiry(std::string_view typed, int year, int month);
// Parsed "MM/AA": month 1–12 and a four-digit year; false when it does not parse.
bool parse_card_expiry(std::string_view typed, int* month, int* year);
// 3 digits, 4 for Amex.
Validity validate_card_cvc(std::string_view cvc, std::string_view brand);
// "4242 4242 4242 4242": digits grouped by four (Amex 4-6-5) as the shopper types.
std::string group_card_number(std::string_view typed);

}  // namespace mestore
