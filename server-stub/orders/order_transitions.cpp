#include "order_transitions.hpp"

#include "../audit/audit_log.hpp"
#include "../commerce/numbers.hpp"
#include "../http/api_failure.hpp"
#include "../stub.hpp"
#include "commission_store.hpp"

namespace stub::orders {
namespace {

using commerce::OrderStatus;

void exec(SQLite::Database& tx, const char* sql, const std::string& order_id) {
  SQLite::Statement q(tx, sql);
  q.bind(1, order_id);
  q.exec();
}

// Stock follows the reservation rule in order_store.hpp.
void release_reservation(SQLite::Database& tx, const std::string& order_id) {
  exec(tx,
       "UPDATE products SET stock_reserved = stock_reserved - (SELECT quantity FROM order_items oi"
       " WHERE oi.order_id = ?1 AND oi.product_id = products.id)"
       " WHERE id IN (SELECT product_id FROM order_items WHERE order_id = ?1)",
       order_id);
}

void ship_reservation(SQLite::Database& tx, const std::string& order_id) {
  exec(tx,
       "UPDATE products SET stock_reserved = stock_reserved - (SELECT quantity FROM order_items oi"
       " WHERE oi.order_id = ?1 AND oi.product_id = products.id),"
       " stock_quantity = stock_quantity - (SELECT quantity FROM order_items oi WHERE oi.order_id = ?1 AND oi.product_id = products.id)"
       " WHERE id IN (SELECT product_id FROM order_items WHERE order_id = ?1)",
       order_id);
}

void restock_returned(SQLite::Database& tx, const std::string& order_id) {
  exec(tx,
       "UPDATE products SET stock_quantity = stock_quantity + (SELECT quantity FROM order_items oi"
       " WHERE oi.order_id = ?1 AND oi.product_id = products.id)"
       " WHERE id IN (SELECT product_id FROM order_items WHERE order_id = ?1)",
       order_id);
}

// Money that was taken is given back; money that was waiting (a cash code, a held payment) is voided.
void settle_payments_on_cancel(SQLite::Database& tx, const std::string& order_id, const std::string& now_iso) {
  exec(tx, "UPDATE payments SET status = 'REFUNDED' WHERE order_id = ? AND status = 'APPROVED'", order_id);
  exec(tx, "UPDATE payments SET status = 'CANCELLED' WHERE order_id = ? AND status = 'PENDING'", order_id);
  exec(tx, "UPDATE payments SET status = 'REJECTED', decline_reason = 'order cancelled during review' WHERE order_id = ? AND status = 'REVIEW'",
       order_id);
  SQLite::Statement f(tx,
                      "UPDATE fraud_assessments SET review_status = 'rejected', reviewed_at = ?, review_note = 'order cancelled'"
                      " WHERE order_id = ? AND review_status = 'pending'");
  f.bind(1, now_iso);
  f.bind(2, order_id);
  f.exec();
  exec(tx,
       "UPDATE orders SET payment_status = CASE payment_status WHEN 'paid' THEN 'refunded' WHEN 'refunded' THEN 'refunded'"
       " ELSE 'void' END WHERE id = ?",
       order_id);
}

std::string allowed_list(commerce::Actor actor, OrderStatus from) {
  std::string out;
  for (auto s : commerce::allowed_next_for(actor, from)) out += (out.empty() ? "" : ", ") + std::string(commerce::to_string(s));
  return out.empty() ? "none" : out;
}

}  // namespace

void transition_order(Stub& s, SQLite::Database& tx, const Context& ctx, commerce::Actor actor, const std::string& order_id,
                      OrderStatus to, const std::string& note) {
  SQLite::Statement q(tx, "SELECT status FROM orders WHERE id = ?");
  q.bind(1, order_id);
  if (!q.executeStep()) throw not_found("order");
  const auto from = commerce::parse_order_status(q.getColumn(0).getString());
  if (!from) throw std::runtime_error("order with an unknown status");
  if (!commerce::actor_may_transition(actor, *from, to))
    throw ApiFailure(409, "INVALID_TRANSITION",
                     "an order that is " + std::string(commerce::to_string(*from)) + " cannot become " +
                         std::string(commerce::to_string(to)) + " (allowed: " + allowed_list(actor, *from) + ")",
                     {{"status", "allowed next: " + allowed_list(actor, *from), "transition_error"}});

  const std::int64_t now = s.clock.now_seconds();
  const std::string at = iso_utc(now);
  switch (to) {
    case OrderStatus::Confirmed: {
      SQLite::Statement u(tx, "UPDATE orders SET confirmed_at = ?, tracking_number = ? WHERE id = ?");
      u.bind(1, at);
      u.bind(2, commerce::tracking_number(now));
      u.bind(3, order_id);
      u.exec();
      create_commissions(tx, order_id, at);
      break;
    }
    case OrderStatus::Shipped:
      ship_reservation(tx, order_id);
      exec(tx, "UPDATE order_items SET fulfilment_status = 'shipped' WHERE order_id = ?", order_id);
      break;
    case OrderStatus::Delivered:
      exec(tx, "UPDATE order_items SET fulfilment_status = 'delivered' WHERE order_id = ?", order_id);
      break;
    case OrderStatus::Cancelled: {
      if (*from == OrderStatus::Shipped) restock_returned(tx, order_id);
      else release_reservation(tx, order_id);
      settle_payments_on_cancel(tx, order_id, at);
      cancel_commissions(tx, order_id);
      exec(tx, "UPDATE order_items SET fulfilment_status = 'cancelled' WHERE order_id = ?", order_id);
      SQLite::Statement u(tx, "UPDATE orders SET cancelled_at = ?, cancel_reason = ? WHERE id = ?");
      u.bind(1, at);
      u.bind(2, note);
      u.bind(3, order_id);
      u.exec();
      break;
    }
    case OrderStatus::Refunded:
      settle_payments_on_cancel(tx, order_id, at);
      cancel_commissions(tx, order_id);
      break;
    default: break;
  }
  SQLite::Statement u(tx, "UPDATE orders SET status = ?, updated_at = ? WHERE id = ?");
  u.bind(1, std::string(commerce::to_string(to)));
  u.bind(2, at);
  u.bind(3, order_id);
  u.exec();
  SQLite::Statement ev(tx, "INSERT INTO order_events(order_id, from_status, to_status, at, actor_id, note) VALUES (?,?,?,?,?,?)");
  ev.bind(1, order_id);
  ev.bind(2, std::string(commerce::to_string(*from)));
  ev.bind(3, std::string(commerce::to_string(to)));
  ev.bind(4, at);
  ev.bind(5, audit_event(ctx, "").actor_id);
  ev.bind(6, note);
  ev.exec();
  append_audit(s, tx, audit_event(ctx, "order.status_changed", "order:" + order_id, "success",
                                  {{"from", std::string(commerce::to_string(*from))}, {"to", std::string(commerce::to_string(to))}, {"note", note}}));
}

}  // namespace stub::orders
