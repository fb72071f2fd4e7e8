// Payments in the database: recording an attempt with its fraud assessment, letting an allowed
// (or admin-approved) payment through the sandbox gateway, and reading payments as wire types.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "../commerce/fraud.hpp"
#include "client/wire/payments.hpp"

namespace stub {
struct Stub;
struct Context;
}

namespace stub::payments {

// What a payment attempt is, before it is decided.
struct Attempt {
  std::string order_id, buyer_id, method;
  std::int64_t amount = 0;
  std::string card_token, card_brand, card_last4, card_outcome;  // CARD
  std::string bank_code, bank_name;                              // PSE
};

// The facts the fraud rules need, from this buyer's history (this attempt not yet counted).
commerce::FraudFacts gather_fraud_facts(SQLite::Database& db, const Attempt& a, std::int64_t now);

// Inserts the payment and its assessment and acts on the decision: decline → REJECTED;
// review → REVIEW (order payment_status in_review; fail-secure also raises a critical alert);
// allow → through the gateway (proceed()). Writes the audit entries. Returns the payment id.
std::string record_attempt(Stub& s, SQLite::Database& tx, const Context& ctx, const Attempt& a,
                           const commerce::FraudAssessment& assessment);

// The gateway's answer for a payment allowed by screening or approved by an admin: APPROVED
// (order confirmed, commissions created), DECLINED (order stays payable) or, for Efecty,
// PENDING with a cash code.
void proceed(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& payment_id);

// The sandbox's cash point reports the Efecty code paid: that payment is approved and the order
// confirmed. 404 for an unknown code, 409 CASH_CODE_EXPIRED past its 72 hours, 409
// CASH_CODE_NOT_PENDING when it was paid, replaced or cancelled. Returns the payment id.
std::string receive_cash(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& cash_code);

mestore::Payment load_payment(SQLite::Database& db, const std::string& id);
mestore::PaymentStatus payment_status_of(SQLite::Database& db, const std::string& order_id);

}  // namespace stub::payments
