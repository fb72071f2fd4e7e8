#include "payment_store.hpp"

#include "../audit/audit_log.hpp"
#include "../http/api_failure.hpp"
#include "../ids.hpp"
#include "../orders/order_transitions.hpp"
#include "../stub.hpp"
#include "sandbox_gateway.hpp"

namespace stub::payments {
namespace {

int count(SQLite::Database& db, const std::string& sql, const std::string& buyer, std::int64_t since) {
  SQLite::Statement q(db, sql);
  q.bind(1, buyer);
  q.bind(2, since);
  q.executeStep();
  return q.getColumn(0).getInt();
}

void set_payment_status(SQLite::Database& tx, const std::string& id, const std::string& status, std::int64_t now,
                        const std::string& reason = "") {
  SQLite::Statement q(tx, "UPDATE payments SET status = ?, decided_at = ?, decline_reason = NULLIF(?, '') WHERE id = ?");
  q.bind(1, status);
  q.bind(2, now);
  q.bind(3, reason);
  q.bind(4, id);
  q.exec();
}

void set_order_payment_status(SQLite::Database& tx, const std::string& order_id, const std::string& status) {
  SQLite::Statement q(tx, "UPDATE orders SET payment_status = ? WHERE id = ?");
  q.bind(1, status);
  q.bind(2, order_id);
  q.exec();
}

// A new live payment replaces a cash code still waiting for the same order.
void supersede_cash_codes(SQLite::Database& tx, const std::string& order_id, const std::string& except) {
  SQLite::Statement q(tx, "UPDATE payments SET status = 'CANCELLED' WHERE order_id = ? AND status = 'PENDING' AND id != ?");
  q.bind(1, order_id);
  q.bind(2, except);
  q.exec();
}

void raise_alert(SQLite::Database& tx, const char* severity, const char* kind, const std::string& message,
                 const std::string& payment_id, const std::string& order_id, const std::string& at) {
  SQLite::Statement q(tx,
                      "INSERT INTO fraud_alerts(id, severity, kind, message, payment_id, order_id, created_at) VALUES (?,?,?,?,?,?,?)");
  q.bind(1, new_uuid());
  q.bind(2, severity);
  q.bind(3, kind);
  q.bind(4, message);
  q.bind(5, payment_id);
  q.bind(6, order_id);
  q.bind(7, at);
  q.exec();
}

nlohmann::json reasons_json(const commerce::FraudAssessment& a) {
  nlohmann::json r = nlohmann::json::array();
  for (const auto& x : a.reasons) r.push_back({{"code", x.code}, {"points", x.points}, {"text", x.text}});
  return r;
}

// The money arrived: the payment is approved, the order paid and confirmed.
void approve(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& payment_id, const std::string& order_id,
             const nlohmann::json& details) {
  set_payment_status(tx, payment_id, "APPROVED", s.clock.now_seconds());
  set_order_payment_status(tx, order_id, "paid");
  append_audit(s, tx, audit_event(ctx, "payment.approved", "payment:" + payment_id, "success", details));
  orders::transition_order(s, tx, ctx, commerce::Actor::System, order_id, commerce::OrderStatus::Confirmed,
                           mestore::order_notes::kPaymentApproved);
}

}  // namespace

commerce::FraudFacts gather_fraud_facts(SQLite::Database& db, const Attempt& a, std::int64_t now) {
  commerce::FraudFacts f;
  f.amount = a.amount;
  SQLite::Statement u(db, "SELECT CAST(strftime('%s', created_at) AS INTEGER) FROM users WHERE id = ?");
  u.bind(1, a.buyer_id);
  f.account_age_seconds = u.executeStep() ? now - u.getColumn(0).getInt64() : 0;
  f.payments_last_10_min = count(db, "SELECT COUNT(*) FROM payments WHERE buyer_id = ? AND created_at >= ?", a.buyer_id, now - 600);
  f.payments_last_24_h = count(db, "SELECT COUNT(*) FROM payments WHERE buyer_id = ? AND created_at >= ?", a.buyer_id, now - 86400);
  f.failed_payments_last_hour = count(
      db, "SELECT COUNT(*) FROM payments WHERE buyer_id = ? AND created_at >= ? AND status IN ('DECLINED','REJECTED')", a.buyer_id, now - 3600);
  f.local_hour = commerce::colombia_hour(now);
  // Paying the same amount again for another order within the hour; a retry of this very order
  // after a decline is not a duplicate.
  SQLite::Statement d(db,
                      "SELECT 1 FROM payments WHERE buyer_id = ? AND amount = ? AND order_id != ? AND created_at >= ?"
                      " AND status IN ('APPROVED','PENDING','REVIEW') LIMIT 1");
  d.bind(1, a.buyer_id);
  d.bind(2, a.amount);
  d.bind(3, a.order_id);
  d.bind(4, now - 3600);
  f.duplicate = d.executeStep();
  return f;
}

std::string record_attempt(Stub& s, SQLite::Database& tx, const Context& ctx, const Attempt& a,
                           const commerce::FraudAssessment& fa) {
  const std::int64_t now = s.clock.now_seconds();
  const std::string at = iso_utc(now);
  const std::string id = new_uuid();
  SQLite::Statement p(tx,
                      "INSERT INTO payments(id, order_id, buyer_id, method, amount, status, reference, card_token, card_brand,"
                      " card_last4, card_outcome, bank_code, bank_name, created_at)"
                      " VALUES (?,?,?,?,?,'REVIEW',?,NULLIF(?,''),NULLIF(?,''),NULLIF(?,''),NULLIF(?,''),NULLIF(?,''),NULLIF(?,''),?)");
  int k = 0;
  for (const std::string& v : {id, a.order_id, a.buyer_id, a.method}) p.bind(++k, v);
  p.bind(++k, a.amount);
  for (const std::string& v : {new_reference(), a.card_token, a.card_brand, a.card_last4, a.card_outcome, a.bank_code, a.bank_name})
    p.bind(++k, v);
  p.bind(++k, now);
  // Temporarily REVIEW: the partial unique index then also refuses a second live payment of the order.
  p.exec();

  const bool review = fa.decision == commerce::FraudDecision::Review;
  SQLite::Statement f(tx,
                      "INSERT INTO fraud_assessments(id, payment_id, order_id, buyer_id, score, level, decision, reasons,"
                      " fail_secure, review_status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  f.bind(1, new_uuid());
  f.bind(2, id);
  f.bind(3, a.order_id);
  f.bind(4, a.buyer_id);
  f.bind(5, fa.score);
  f.bind(6, commerce::to_string(fa.level));
  f.bind(7, commerce::to_string(fa.decision));
  f.bind(8, reasons_json(fa).dump());
  f.bind(9, fa.fail_secure ? 1 : 0);
  f.bind(10, review ? "pending" : "none");
  f.bind(11, at);
  f.exec();

  const nlohmann::json details = {{"order_id", a.order_id}, {"method", a.method}, {"amount", a.amount}, {"score", fa.score},
                                  {"level", commerce::to_string(fa.level)}, {"decision", commerce::to_string(fa.decision)},
                                  {"fail_secure", fa.fail_secure}};
  if (fa.decision == commerce::FraudDecision::Decline) {
    set_payment_status(tx, id, "REJECTED", now, "declined by fraud screening (score " + std::to_string(fa.score) + ")");
    raise_alert(tx, "high", "FRAUD_DECLINED", "payment declined by fraud screening, score " + std::to_string(fa.score), id, a.order_id, at);
    append_audit(s, tx, audit_event(ctx, "payment.rejected", "payment:" + id, "denied", details));
  } else if (review) {
    supersede_cash_codes(tx, a.order_id, id);
    set_order_payment_status(tx, a.order_id, "in_review");
    if (fa.fail_secure) {
      // Fail-secure: screening could not run, so the payment waits for a person, and they are told.
      raise_alert(tx, "critical", "SCORER_FAILURE",
                  "fraud scoring failed (" + (fa.reasons.empty() ? std::string("unknown") : fa.reasons[0].code) +
                      "); payment held for manual review",
                  id, a.order_id, at);
      append_audit(s, tx, audit_event(ctx, "fraud.fail_secure", "payment:" + id, "held", details));
    }
    append_audit(s, tx, audit_event(ctx, "payment.held_for_review", "payment:" + id, "held", details));
  } else {
    append_audit(s, tx, audit_event(ctx, "payment.screened", "payment:" + id, "success", details));
    proceed(s, tx, ctx, id);
  }
  return id;
}

void proceed(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& payment_id) {
  SQLite::Statement q(tx, "SELECT order_id, method, amount, card_outcome FROM payments WHERE id = ?");
  q.bind(1, payment_id);
  if (!q.executeStep()) throw not_found("payment");
  const std::string order_id = q.getColumn(0).getString(), method = q.getColumn(1).getString();
  const std::int64_t amount = q.getColumn(2).getInt64();
  const bool card_declines = q.getColumn(3).getString() == "DECLINE";
  const std::int64_t now = s.clock.now_seconds();
  nlohmann::json details = {{"order_id", order_id}, {"method", method}, {"amount", amount}};

  if (method == "CARD" && card_declines) {
    set_payment_status(tx, payment_id, "DECLINED", now, kCardDeclineReason);
    // The order stays payable with another card (and a cash code still waiting stays valid).
    SQLite::Statement u(tx,
                        "UPDATE orders SET payment_status = CASE WHEN EXISTS (SELECT 1 FROM payments WHERE order_id = ?1"
                        " AND status = 'PENDING') THEN 'awaiting_cash' ELSE 'unpaid' END WHERE id = ?1");
    u.bind(1, order_id);
    u.exec();
    append_audit(s, tx, audit_event(ctx, "payment.declined", "payment:" + payment_id, "denied", details));
    return;
  }
  supersede_cash_codes(tx, order_id, payment_id);
  if (method == "EFECTY") {
    const std::string code = new_cash_code(tx);
    SQLite::Statement u(tx, "UPDATE payments SET status = 'PENDING', cash_code = ?, cash_expires_at = ?, decided_at = ? WHERE id = ?");
    u.bind(1, code);
    u.bind(2, now + kCashCodeHours * 3600);
    u.bind(3, now);
    u.bind(4, payment_id);
    u.exec();
    set_order_payment_status(tx, order_id, "awaiting_cash");
    append_audit(s, tx, audit_event(ctx, "payment.pending", "payment:" + payment_id, "success", details));
    return;
  }
  approve(s, tx, ctx, payment_id, order_id, details);
}

std::string receive_cash(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& cash_code) {
  SQLite::Statement q(tx, "SELECT id, order_id, status, amount, cash_expires_at FROM payments WHERE cash_code = ?");
  q.bind(1, cash_code);
  if (!q.executeStep()) throw not_found("cash code");
  const std::string id = q.getColumn(0).getString(), order_id = q.getColumn(1).getString(), status = q.getColumn(2).getString();
  const nlohmann::json details = {{"order_id", order_id}, {"method", "EFECTY"}, {"amount", q.getColumn(3).getInt64()}};
  if (status == "EXPIRED" || (status == "PENDING" && q.getColumn(4).getInt64() <= s.clock.now_seconds()))
    throw ApiFailure(409, "CASH_CODE_EXPIRED", "this cash code expired; the order was not paid in time");
  if (status != "PENDING")
    throw ApiFailure(409, "CASH_CODE_NOT_PENDING", "this cash code is " + status + ", not waiting for a payment");
  approve(s, tx, ctx, id, order_id, details);
  return id;
}

mestore::Payment load_payment(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db,
                      "SELECT p.id, p.order_id, p.method, p.status, p.amount, p.reference, p.decline_reason, p.card_brand,"
                      " p.card_last4, p.bank_name, p.cash_code, p.cash_expires_at, p.created_at, o.status, o.payment_status,"
                      " f.score, f.level, f.decision FROM payments p JOIN orders o ON o.id = p.order_id"
                      " LEFT JOIN fraud_assessments f ON f.payment_id = p.id WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw not_found("payment");
  auto opt = [&](int i) -> std::optional<std::string> {
    if (q.getColumn(i).isNull()) return std::nullopt;
    return q.getColumn(i).getString();
  };
  mestore::Payment p;
  p.id = q.getColumn(0).getString();
  p.order_id = q.getColumn(1).getString();
  p.method = q.getColumn(2).getString();
  p.status = q.getColumn(3).getString();
  p.amount = {q.getColumn(4).getInt64()};
  p.reference = q.getColumn(5).getString();
  p.decline_reason = opt(6);
  p.card_brand = opt(7);
  p.last_four = opt(8);
  p.bank_name = opt(9);
  p.cash_code = opt(10);
  if (!q.getColumn(11).isNull()) {
    p.cash_expires_at = iso_utc(q.getColumn(11).getInt64());
    if (p.status == "PENDING") p.instructions = cash_instructions(*p.cash_code, p.amount.pesos, *p.cash_expires_at);
  }
  p.created_at = iso_utc(q.getColumn(12).getInt64());
  p.order_status = q.getColumn(13).getString();
  p.payment_status = q.getColumn(14).getString();
  if (!q.getColumn(15).isNull()) p.fraud = mestore::FraudSummary{q.getColumn(15).getInt(), q.getColumn(16).getString(), q.getColumn(17).getString()};
  return p;
}

mestore::PaymentStatus payment_status_of(SQLite::Database& db, const std::string& order_id) {
  mestore::PaymentStatus st;
  SQLite::Statement o(db, "SELECT order_number, status, payment_status, total FROM orders WHERE id = ?");
  o.bind(1, order_id);
  if (!o.executeStep()) throw not_found("order");
  st.order_id = order_id;
  st.order_number = o.getColumn(0).getString();
  st.order_status = o.getColumn(1).getString();
  st.payment_status = o.getColumn(2).getString();
  st.amount = {o.getColumn(3).getInt64()};
  SQLite::Statement q(db, "SELECT id FROM payments WHERE order_id = ? ORDER BY created_at DESC, rowid DESC");
  q.bind(1, order_id);
  std::vector<std::string> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getString());
  for (const auto& id : ids) st.payments.push_back(load_payment(db, id));
  return st;
}

}  // namespace stub::payments
