// Payments through the stub's sandbox gateway, shaped like Wompi:
//   POST /sandbox-gateway/v1/tokens        card details → {token, brand, last_four, …}
//   POST /api/v1/payments/process          {order_id, method, card_token | bank_code} (Idempotency-Key)
//   GET  /api/v1/payments/status/order/{id}
//   GET  /api/v1/payments/methods
// Card numbers and CVCs go to the tokenization endpoint only; the API sees tokens. The amount is
// never sent: it is always the order's total.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"
#include "orders.hpp"

namespace mestore {

struct CardTokenRequest {
  std::string number;  // digits, spaces or dashes between groups allowed
  std::string cvc;     // 3 digits (4 for Amex)
  int exp_month = 0;   // 1–12
  int exp_year = 0;    // four digits
  std::string card_holder;
};
inline void to_json(json& j, const CardTokenRequest& r) {
  j = {{"number", r.number}, {"cvc", r.cvc}, {"exp_month", r.exp_month}, {"exp_year", r.exp_year},
       {"card_holder", r.card_holder}};
}

struct CardToken {
  std::string token;      // tok_sandbox_…; single use, for the caller only
  std::string brand;      // VISA | MASTERCARD | AMEX
  std::string last_four;
  int exp_month = 0;
  int exp_year = 0;
  std::string expires_at;  // the token's own expiry (ISO 8601 UTC)
};
inline void from_json(const json& j, CardToken& t) {
  decode::required(j, "token", t.token);
  decode::required(j, "brand", t.brand);
  decode::required(j, "last_four", t.last_four);
  decode::required(j, "exp_month", t.exp_month);
  decode::required(j, "exp_year", t.exp_year);
  decode::required(j, "expires_at", t.expires_at);
}
inline void to_json(json& j, const CardToken& t) {
  j = {{"token", t.token}, {"brand", t.brand}, {"last_four", t.last_four}, {"exp_month", t.exp_month},
       {"exp_year", t.exp_year}, {"expires_at", t.expires_at}};
}

struct PaymentRequest {
  std::string order_id;
  std::string method;           // CARD | PSE | EFECTY
  std::string card_token;       // CARD
  int installments = 1;         // CARD, 1–36
  std::string bank_code;        // PSE, from payment_methods().pse_banks
  std::string document_type;    // PSE, optional: CC | CE | NIT | PP
  std::string document_number;  // PSE, optional
};
inline void to_json(json& j, const PaymentRequest& r) {
  j = {{"order_id", r.order_id}, {"method", r.method}};
  if (r.method == "CARD") {
    j["card_token"] = r.card_token;
    j["installments"] = r.installments;
  }
  if (!r.bank_code.empty()) j["bank_code"] = r.bank_code;
  if (!r.document_type.empty()) j["document_type"] = r.document_type;
  if (!r.document_number.empty()) j["document_number"] = r.document_number;
}

struct FraudSummary {
  int score = 0;
  std::string level;     // LOW | MEDIUM | HIGH | CRITICAL
  std::string decision;  // allow | review | decline
};
inline void from_json(const json& j, FraudSummary& f) {
  decode::required(j, "score", f.score);
  decode::required(j, "level", f.level);
  decode::required(j, "decision", f.decision);
}
inline void to_json(json& j, const FraudSummary& f) { j = {{"score", f.score}, {"level", f.level}, {"decision", f.decision}}; }

struct Payment {
  std::string id;
  std::string order_id;
  std::string method;
  // APPROVED | DECLINED (card refused: another card may be tried) | PENDING (Efecty cash code
  // issued) | REVIEW (held for a fraud analyst) | REJECTED (fraud) | REFUNDED | CANCELLED | EXPIRED
  std::string status;
  Cop amount;
  std::string reference;
  std::optional<std::string> decline_reason;
  std::optional<std::string> card_brand;
  std::optional<std::string> last_four;
  std::optional<std::string> bank_name;
  std::optional<std::string> cash_code;        // EFECTY
  std::optional<std::string> cash_expires_at;  // EFECTY, 72 h after issue
  std::optional<std::string> instructions;     // EFECTY, Spanish text for the buyer
  std::optional<FraudSummary> fraud;
  std::string order_status;     // the order's status after this payment
  std::string payment_status;   // the order's payment_status after this payment
  std::string created_at;
};
inline void from_json(const json& j, Payment& p) {
  decode::required(j, "id", p.id);
  decode::required(j, "order_id", p.order_id);
  decode::required(j, "method", p.method);
  decode::required(j, "status", p.status);
  decode::required(j, "amount", p.amount);
  decode::required(j, "reference", p.reference);
  decode::optional(j, "decline_reason", p.decline_reason);
  decode::optional(j, "card_brand", p.card_brand);
  decode::optional(j, "last_four", p.last_four);
  decode::optional(j, "bank_name", p.bank_name);
  decode::optional(j, "cash_code", p.cash_code);
  decode::optional(j, "cash_expires_at", p.cash_expires_at);
  decode::optional(j, "instructions", p.instructions);
  decode::optional(j, "fraud", p.fraud);
  decode::required(j, "order_status", p.order_status);
  decode::required(j, "payment_status", p.payment_status);
  decode::required(j, "created_at", p.created_at);
}
inline void to_json(json& j, const Payment& p) {
  j = {{"id", p.id}, {"order_id", p.order_id}, {"method", p.method}, {"status", p.status}, {"amount", p.amount},
       {"reference", p.reference}, {"decline_reason", json_or_null(p.decline_reason)}, {"card_brand", json_or_null(p.card_brand)},
       {"last_four", json_or_null(p.last_four)}, {"bank_name", json_or_null(p.bank_name)}, {"cash_code", json_or_null(p.cash_code)},
       {"cash_expires_at", json_or_null(p.cash_expires_at)}, {"instructions", json_or_null(p.instructions)},
       {"fraud", p.fraud ? json(*p.fraud) : json(nullptr)}, {"order_status", p.order_status},
       {"payment_status", p.payment_status}, {"created_at", p.created_at}};
}

// GET /payments/status/order/{id}: the order's money state and every attempt, newest first.
struct PaymentStatus {
  std::string order_id;
  std::string order_number;
  std::string order_status;
  std::string payment_status;
  Cop amount;  // the order's total
  std::vector<Payment> payments;
};
inline void from_json(const json& j, PaymentStatus& s) {
  decode::required(j, "order_id", s.order_id);
  decode::required(j, "order_number", s.order_number);
  decode::required(j, "order_status", s.order_status);
  decode::required(j, "payment_status", s.payment_status);
  decode::required(j, "amount", s.amount);
  decode::required(j, "payments", s.payments);
}
inline void to_json(json& j, const PaymentStatus& s) {
  j = {{"order_id", s.order_id}, {"order_number", s.order_number}, {"order_status", s.order_status},
       {"payment_status", s.payment_status}, {"amount", s.amount}, {"payments", s.payments}};
}

struct PaymentMethod {
  std::string code;  // CARD | PSE | EFECTY
  std::string name;
  Cop min_amount;
  Cop max_amount;
  std::vector<std::string> brands;  // CARD
  int expires_in_hours = 0;         // EFECTY: 72
};
inline void from_json(const json& j, PaymentMethod& m) {
  decode::required(j, "code", m.code);
  decode::required(j, "name", m.name);
  decode::required(j, "min_amount", m.min_amount);
  decode::required(j, "max_amount", m.max_amount);
  decode::optional(j, "brands", m.brands);
  decode::optional(j, "expires_in_hours", m.expires_in_hours);
}
inline void to_json(json& j, const PaymentMethod& m) {
  j = {{"code", m.code}, {"name", m.name}, {"min_amount", m.min_amount}, {"max_amount", m.max_amount},
       {"brands", m.brands}, {"expires_in_hours", m.expires_in_hours}};
}

struct PseBank {
  std::string code;
  std::string name;
};
inline void from_json(const json& j, PseBank& b) {
  decode::required(j, "code", b.code);
  decode::required(j, "name", b.name);
}
inline void to_json(json& j, const PseBank& b) { j = {{"code", b.code}, {"name", b.name}}; }

struct PaymentMethods {
  std::vector<PaymentMethod> methods;
  std::vector<PseBank> pse_banks;
};
inline void from_json(const json& j, PaymentMethods& m) {
  decode::required(j, "methods", m.methods);
  decode::required(j, "pse_banks", m.pse_banks);
}
inline void to_json(json& j, const PaymentMethods& m) { j = {{"methods", m.methods}, {"pse_banks", m.pse_banks}}; }

}  // namespace mestore
