// The sandbox payment gateway inside the stub, shaped like Wompi's: card details are exchanged
// for a token here and nowhere else, and charges are decided the way Wompi's sandbox decides
// them (4242 4242 4242 4242 approves, 4111 1111 1111 1111 declines, PSE approves, Efecty
// issues a cash code valid for 72 hours). Card numbers and CVCs are checked in memory and
// dropped: only the brand, last four, expiry and the sandbox outcome are kept.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "client/wire/payments.hpp"

namespace stub::payments {

inline constexpr std::int64_t kTokenLifetimeSeconds = 30 * 60;
inline constexpr std::int64_t kCashCodeHours = 72;
inline constexpr std::int64_t kMinPayment = 1000;
inline constexpr std::int64_t kMaxCardPayment = 100000000;
inline constexpr std::int64_t kMinCash = 5000, kMaxCash = 5000000;

// Validates the body {number, cvc, exp_month, exp_year, card_holder} (422 per field, never
// echoing the number or CVC) and stores a token for `user_id`.
mestore::CardToken tokenize_card(SQLite::Database& tx, const nlohmann::json& body, const std::string& user_id, std::int64_t now);

struct TokenInfo {
  std::string brand, last4, outcome;  // outcome: APPROVE | DECLINE
};
// An unused, unexpired token of this user, or a 422 on card_token.
TokenInfo usable_token(SQLite::Database& db, const std::string& token, const std::string& user_id, std::int64_t now);
// Marks it used; false when someone used it in the meantime.
bool consume_token(SQLite::Database& tx, const std::string& token, std::int64_t now);

mestore::PaymentMethods payment_methods();
std::optional<std::string> pse_bank_name(const std::string& code);

std::string new_reference();                                 // SBX-…
std::string new_cash_code(SQLite::Database& tx);             // 10 digits, unused so far
std::string cash_instructions(const std::string& code, std::int64_t amount, const std::string& expires_iso);
inline constexpr const char* kCardDeclineReason = "DECLINED: the issuing bank refused the card (sandbox card 4111 1111 1111 1111)";

}  // namespace stub::payments
