#include "sandbox_gateway.hpp"

#include <sodium.h>

#include "../commerce/cards.hpp"
#include "../commerce/numbers.hpp"
#include "../http/api_failure.hpp"
#include "../clock.hpp"
#include "../ids.hpp"
#include "client/money.hpp"

namespace stub::payments {
namespace {

using Details = std::vector<mestore::FieldError>;

// An integer, or a string of digits (Wompi sends "08" and "28"); -1 when neither.
int small_number(const nlohmann::json& v) {
  if (v.is_number_integer()) {
    const auto n = v.get<std::int64_t>();
    return n >= 0 && n <= 9999 ? static_cast<int>(n) : -1;
  }
  if (!v.is_string()) return -1;
  const auto& s = v.get_ref<const std::string&>();
  if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoi(s);
}

const struct {
  const char* code;
  const char* name;
} kBanks[] = {{"1007", "Bancolombia"},       {"1051", "Davivienda"},      {"1001", "Banco de Bogotá"},
              {"1023", "Banco de Occidente"}, {"1013", "BBVA Colombia"},   {"1002", "Banco Popular"},
              {"1052", "Banco AV Villas"},   {"1032", "Banco Caja Social"}, {"1507", "Nequi"},
              {"1551", "Daviplata"}};

}  // namespace

mestore::CardToken tokenize_card(SQLite::Database& tx, const nlohmann::json& body, const std::string& user_id, std::int64_t now) {
  Details errors;
  for (const auto& [key, value] : body.items())
    if (key != "number" && key != "cvc" && key != "exp_month" && key != "exp_year" && key != "card_holder")
      errors.push_back({key, "unknown field", "unknown_field"});
  auto text = [&](const char* k) -> std::string {
    auto it = body.find(k);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  // Nothing below puts the number or the CVC into a message: errors say what is wrong, not what was sent.
  auto digits = commerce::normalize_card_number(text("number"));
  auto brand = commerce::CardBrand::Unknown;
  if (!digits || !commerce::luhn_valid(*digits)) errors.push_back({"number", "is not a valid card number", "INVALID_NUMBER"});
  else if ((brand = commerce::detect_brand(*digits)) == commerce::CardBrand::Unknown)
    errors.push_back({"number", "only Visa, Mastercard and American Express are accepted", "UNSUPPORTED_BRAND"});
  if (!commerce::cvc_valid(text("cvc"), brand == commerce::CardBrand::Unknown ? commerce::CardBrand::Visa : brand))
    errors.push_back({"cvc", brand == commerce::CardBrand::Amex ? "must be 4 digits" : "must be 3 digits", "INVALID_CVC"});
  int month = body.contains("exp_month") ? small_number(body["exp_month"]) : -1;
  int year = body.contains("exp_year") ? small_number(body["exp_year"]) : -1;
  if (year >= 0 && year < 100) year += 2000;
  if (month < 1 || month > 12) errors.push_back({"exp_month", "must be a month, 1 to 12", "INVALID_EXPIRY"});
  if (year < 2000) errors.push_back({"exp_year", "must be a year, e.g. 2029", "INVALID_EXPIRY"});
  if (month >= 1 && month <= 12 && year >= 2000) {
    switch (commerce::check_expiry(month, year, now)) {
      case commerce::ExpiryCheck::Valid: break;
      case commerce::ExpiryCheck::Expired: errors.push_back({"exp_year", "the card has expired", "CARD_EXPIRED"}); break;
      default: errors.push_back({"exp_year", "is not a plausible expiry", "INVALID_EXPIRY"}); break;
    }
  }
  std::string holder = text("card_holder");
  if (holder.size() < 2 || holder.size() > 120) errors.push_back({"card_holder", "2 to 120 characters", "length_error"});
  if (!errors.empty()) throw ApiFailure(422, "CARD_INVALID", "the card details are not valid", std::move(errors));

  mestore::CardToken t;
  t.token = "tok_sandbox_" + random_hex(16);
  t.brand = commerce::to_string(brand);
  t.last_four = commerce::last_four(*digits);
  t.exp_month = month;
  t.exp_year = year;
  t.expires_at = iso_utc(now + kTokenLifetimeSeconds);
  // The sandbox's answer is fixed now, from the number; the number goes no further than this line.
  const std::string outcome = *digits == "4111111111111111" ? "DECLINE" : "APPROVE";
  SQLite::Statement q(tx,
                      "INSERT INTO card_tokens(token, user_id, brand, last4, exp_month, exp_year, holder, sandbox_outcome,"
                      " created_at, expires_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, t.token);
  q.bind(2, user_id);
  q.bind(3, t.brand);
  q.bind(4, t.last_four);
  q.bind(5, month);
  q.bind(6, year);
  q.bind(7, holder);
  q.bind(8, outcome);
  q.bind(9, now);
  q.bind(10, now + kTokenLifetimeSeconds);
  q.exec();
  return t;
}

TokenInfo usable_token(SQLite::Database& db, const std::string& token, const std::string& user_id, std::int64_t now) {
  SQLite::Statement q(db, "SELECT brand, last4, sandbox_outcome, expires_at, used_at FROM card_tokens WHERE token = ? AND user_id = ?");
  q.bind(1, token);
  q.bind(2, user_id);
  if (!q.executeStep()) throw invalid("card_token", "unknown card token; tokenize the card again", "NOT_FOUND");
  if (!q.getColumn(4).isNull()) throw invalid("card_token", "this token was already used; tokenize the card again", "TOKEN_USED");
  if (q.getColumn(3).getInt64() < now) throw invalid("card_token", "this token has expired; tokenize the card again", "TOKEN_EXPIRED");
  return {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()};
}

bool consume_token(SQLite::Database& tx, const std::string& token, std::int64_t now) {
  SQLite::Statement q(tx, "UPDATE card_tokens SET used_at = ? WHERE token = ? AND used_at IS NULL");
  q.bind(1, now);
  q.bind(2, token);
  return q.exec() == 1;
}

mestore::PaymentMethods payment_methods() {
  mestore::PaymentMethods m;
  m.methods.push_back({"CARD", "Tarjeta de crédito o débito", {kMinPayment}, {kMaxCardPayment}, {"VISA", "MASTERCARD", "AMEX"}, 0});
  m.methods.push_back({"PSE", "PSE - Débito desde cuenta bancaria", {kMinPayment}, {kMaxCardPayment}, {}, 0});
  m.methods.push_back({"EFECTY", "Efectivo en puntos Efecty", {kMinCash}, {kMaxCash}, {}, static_cast<int>(kCashCodeHours)});
  for (const auto& b : kBanks) m.pse_banks.push_back({b.code, b.name});
  return m;
}

std::optional<std::string> pse_bank_name(const std::string& code) {
  for (const auto& b : kBanks)
    if (code == b.code) return std::string(b.name);
  return std::nullopt;
}

std::string new_reference() { return "SBX-" + commerce::random_code(16); }

std::string new_cash_code(SQLite::Database& tx) {
  SQLite::Statement q(tx, "SELECT 1 FROM payments WHERE cash_code = ?");
  for (;;) {
    std::string code(10, '0');
    for (auto& c : code) c = static_cast<char>('0' + randombytes_uniform(10));
    q.reset();
    q.bind(1, code);
    if (!q.executeStep()) return code;
  }
}

std::string cash_instructions(const std::string& code, std::int64_t amount, const std::string& expires_iso) {
  return "Acércate a cualquier punto Efecty, indica el convenio 112233 (MeStore) y la referencia " + code + ", y paga " +
         mestore::format_cop({amount}) + " en efectivo antes de " + expires_iso +
         " (72 horas). Tu pedido se confirma cuando recibamos el pago.";
}

}  // namespace stub::payments
