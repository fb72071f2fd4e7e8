// Payments: the sandbox gateway's tokenization, processing a payment for an order (screened for
// fraud first, fail-secure), its status, and the methods on offer.
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../http/body_reader.hpp"
#include "../orders/idempotency.hpp"
#include "../orders/order_expiry.hpp"
#include "../orders/order_store.hpp"
#include "../payments/payment_store.hpp"
#include "../payments/sandbox_gateway.hpp"
#include "client/format.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply tokenize(Stub& s, Context& ctx) {
  const auto token = s.db.write([&](SQLite::Database& tx) {
    return payments::tokenize_card(tx, ctx.body(), ctx.caller->user_id, s.clock.now_seconds());
  });
  return Reply::ok(token, 201);
}

// Reads the body and checks it against the order, in one consistent read.
payments::Attempt plan_attempt(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"order_id", "method", "card_token", "installments", "bank_code", "document_type", "document_number"});
  payments::Attempt a;
  a.order_id = b.text("order_id", 1, 64);
  a.method = b.one_of("method", {"CARD", "PSE", "EFECTY"}, true);
  a.buyer_id = ctx.caller->user_id;
  if (a.method == "CARD") {
    a.card_token = b.text("card_token", 1, 64);
    b.integer("installments", 1, 36, false);
  }
  if (a.method == "PSE") {
    a.bank_code = b.text("bank_code", 1, 10);
    auto bank = payments::pse_bank_name(a.bank_code);
    if (!a.bank_code.empty() && !bank) b.add("bank_code", "not a PSE bank; see GET /api/v1/payments/methods", "value_error");
    a.bank_name = bank.value_or("");
    b.one_of("document_type", {"CC", "CE", "NIT", "PP"}, false);
    b.text("document_number", 0, 15, false);
  }
  b.check();

  const std::int64_t now = s.clock.now_seconds();
  auto& db = s.db.conn();
  const auto order = orders::own_order_or_404(db, a.order_id, a.buyer_id);
  // Only an order whose window has closed takes the write lock to expire; any other payment reads.
  const auto due = order.payment_due_at ? mestore::parse_iso8601(*order.payment_due_at) : std::nullopt;
  if (order.can_pay && due && *due <= now && orders::expire_order_if_due(s, a.order_id))
    throw ApiFailure(409, "ORDER_EXPIRED",
                     "this order was not paid within its payment window (72 hours); it was cancelled and its stock released");
  if (!order.can_pay)
    throw ApiFailure(409, "ORDER_NOT_PAYABLE",
                     "this order cannot be paid now (status " + order.status + ", payment " + order.payment_status + ")");
  a.amount = order.total.pesos;  // always the order's total, never a number from the client
  if (a.amount < payments::kMinPayment) throw invalid("order_id", "the minimum payment is 1000 COP", "range_error");
  if (a.method == "EFECTY" && (a.amount < payments::kMinCash || a.amount > payments::kMaxCash))
    throw invalid("method", "Efecty takes payments from 5000 to 5000000 COP", "range_error");
  if (a.method == "CARD") {
    auto t = payments::usable_token(db, a.card_token, a.buyer_id, now);
    a.card_brand = t.brand;
    a.card_last4 = t.last4;
    a.card_outcome = t.outcome;
  }
  return a;
}

Reply process(Stub& s, Context& ctx) {
  return orders::run_idempotent(s, ctx, "POST /api/v1/payments/process", [&](const orders::IdempotencyClaim& claim) {
    const payments::Attempt a = plan_attempt(s, ctx);
    // Screening runs outside any transaction, within its time budget; a failure or a timeout
    // comes back as HIGH / review (fail-secure), never as an error that lets the payment through.
    const auto facts = payments::gather_fraud_facts(s.db.conn(), a, s.clock.now_seconds());
    const auto assessment = commerce::assess_fail_secure(facts, commerce::configured_scorer(s.config));
    return s.db.write([&](SQLite::Database& tx) {
      const auto order = orders::load_order(tx, a.order_id);
      if (!order || !order->can_pay) throw ApiFailure(409, "ORDER_NOT_PAYABLE", "the order changed while paying; check its status");
      if (a.method == "CARD" && !payments::consume_token(tx, a.card_token, s.clock.now_seconds()))
        throw invalid("card_token", "this token was already used; tokenize the card again", "TOKEN_USED");
      const std::string id = payments::record_attempt(s, tx, ctx, a, assessment);
      Reply reply = Reply::ok(payments::load_payment(tx, id));
      claim.complete(tx, reply);
      return reply;
    });
  });
}

Reply status(Stub& s, Context& ctx) {
  orders::own_order_or_404(s.db.conn(), ctx.param("id"), ctx.caller->user_id);
  return Reply::ok(payments::payment_status_of(s.db.conn(), ctx.param("id")));
}

Reply methods(Stub&, Context&) { return Reply::ok(payments::payment_methods()); }

}  // namespace

void add_payment_routes(Router& r, Stub& s) {
  const std::string tag = "payments";
  const auto buyer = Access::only({"BUYER"});
  r.add({"POST", "/sandbox-gateway/v1/tokens", buyer, [&s](Context& c) { return tokenize(s, c); },
         "Sandbox gateway: card {number, cvc, exp_month, exp_year, card_holder} → single-use token with brand and last four",
         "sandbox-gateway", BodyKind::Json, ref("CardTokenRequest"), ref("CardToken"), 201});
  r.add({"POST", "/api/v1/payments/process", buyer, [&s](Context& c) { return process(s, c); },
         "Pay an order {order_id, method: CARD|PSE|EFECTY, card_token | bank_code} (Idempotency-Key); amount = the order's total",
         tag, BodyKind::Json, ref("PaymentRequest"), ref("Payment")});
  r.add({"GET", "/api/v1/payments/status/order/{id}", buyer, [&s](Context& c) { return status(s, c); },
         "Payment state of your order and every attempt, newest first", tag, BodyKind::None, nullptr, ref("PaymentStatus")});
  r.add({"GET", "/api/v1/payments/methods", Access::anyone(), [&s](Context& c) { return methods(s, c); },
         "Payment methods (card, PSE with its banks, Efecty cash) and their limits", tag, BodyKind::None, nullptr,
         ref("PaymentMethods")});
}

}  // namespace stub
