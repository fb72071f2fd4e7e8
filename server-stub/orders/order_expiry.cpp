#include "order_expiry.hpp"

#include <vector>

#include "../audit/audit_log.hpp"
#include "../db/database.hpp"
#include "../http/context.hpp"
#include "../log.hpp"
#include "../stub.hpp"
#include "client/format.hpp"
#include "client/wire/orders.hpp"
#include "order_transitions.hpp"

namespace stub::orders {
namespace {

constexpr int kBatch = 200;  // orders per write transaction: other writers wait at most one batch

// Expiry is the system acting, not a request: no caller, no IP.
const Context& system_context() {
  static const httplib::Request none;
  static const Context ctx{none, {}, "expiry", ""};
  return ctx;
}

// Pending orders still waiting for money, whose window has closed at `now`.
constexpr const char* kDueOrders =
    "SELECT o.id FROM orders o WHERE o.status = 'pending' AND o.payment_status IN ('unpaid','awaiting_cash')"
    " AND o.created_at <= ?1 AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status = 'PENDING'"
    " AND p.cash_expires_at > ?2)";

// Marks this order's waiting cash codes EXPIRED if their time is up (all of them when order_id is
// empty). An order still alive and left without a waiting code becomes plain unpaid.
int expire_cash_codes(Stub& s, SQLite::Database& tx, const std::string& order_id, std::int64_t now) {
  std::vector<std::pair<std::string, std::string>> codes;  // payment id, order id
  {
    SQLite::Statement q(tx, order_id.empty()
                                ? "SELECT id, order_id FROM payments WHERE status = 'PENDING' AND cash_expires_at <= ?1 LIMIT 1000"
                                : "SELECT id, order_id FROM payments WHERE status = 'PENDING' AND cash_expires_at <= ?1 AND order_id = ?2");
    q.bind(1, now);
    if (!order_id.empty()) q.bind(2, order_id);
    while (q.executeStep()) codes.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  }
  for (const auto& [payment, order] : codes) {
    SQLite::Statement u(tx, "UPDATE payments SET status = 'EXPIRED', decided_at = ? WHERE id = ?");
    u.bind(1, now);
    u.bind(2, payment);
    u.exec();
    SQLite::Statement o(tx,
                        "UPDATE orders SET payment_status = 'unpaid' WHERE id = ?1 AND payment_status = 'awaiting_cash'"
                        " AND NOT EXISTS (SELECT 1 FROM payments WHERE order_id = ?1 AND status = 'PENDING')");
    o.bind(1, order);
    o.exec();
    append_audit(s, tx, audit_event(system_context(), "payment.expired", "payment:" + payment, "success", {{"order_id", order}}));
  }
  return static_cast<int>(codes.size());
}

void cancel_expired(Stub& s, SQLite::Database& tx, const std::string& order_id) {
  append_audit(s, tx, audit_event(system_context(), "order.expired", "order:" + order_id, "success",
                                  {{"window_hours", kPaymentWindowSeconds / 3600}}));
  transition_order(s, tx, system_context(), commerce::Actor::System, order_id, commerce::OrderStatus::Cancelled,
                   mestore::kPaymentWindowExpired);
}

}  // namespace

std::int64_t payment_due_at(SQLite::Database& db, const std::string& order_id, std::int64_t placed_at) {
  SQLite::Statement q(db, "SELECT MAX(cash_expires_at) FROM payments WHERE order_id = ? AND status = 'PENDING'");
  q.bind(1, order_id);
  std::int64_t due = placed_at + kPaymentWindowSeconds;
  if (q.executeStep() && !q.getColumn(0).isNull()) due = std::max(due, q.getColumn(0).getInt64());
  return due;
}

ExpiryCounts expire_due(Stub& s) {
  ExpiryCounts counts;
  const std::int64_t now = s.clock.now_seconds();
  counts.cash_codes = s.db.write([&](SQLite::Database& tx) { return expire_cash_codes(s, tx, "", now); });
  for (;;) {
    const int done = s.db.write([&](SQLite::Database& tx) {
      std::vector<std::string> due;
      SQLite::Statement q(tx, std::string(kDueOrders) + " LIMIT " + std::to_string(kBatch));
      q.bind(1, iso_utc(now - kPaymentWindowSeconds));
      q.bind(2, now);
      while (q.executeStep()) due.push_back(q.getColumn(0).getString());
      for (const auto& id : due) cancel_expired(s, tx, id);
      return static_cast<int>(due.size());
    });
    counts.orders += done;
    if (done < kBatch) break;
  }
  if (counts.orders > 0) s.catalog_changed();  // released stock shows as available again
  if (counts.orders + counts.cash_codes > 0)
    log_info({{"event", "payment_windows_closed"}, {"orders_cancelled", counts.orders}, {"cash_codes_expired", counts.cash_codes}});
  return counts;
}

bool expire_order_if_due(Stub& s, const std::string& order_id) {
  const std::int64_t now = s.clock.now_seconds();
  const bool expired = s.db.write([&](SQLite::Database& tx) {
    expire_cash_codes(s, tx, order_id, now);
    SQLite::Statement q(tx, std::string(kDueOrders) + " AND o.id = ?3");
    q.bind(1, iso_utc(now - kPaymentWindowSeconds));
    q.bind(2, now);
    q.bind(3, order_id);
    if (!q.executeStep()) return false;
    q.reset();
    cancel_expired(s, tx, order_id);
    return true;
  });
  if (expired) s.catalog_changed();
  return expired;
}

ExpirySweeper::ExpirySweeper(Stub& s, int interval_seconds)
    : s_(s), interval_seconds_(interval_seconds), thread_([this] { run(); }) {}

ExpirySweeper::~ExpirySweeper() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ExpirySweeper::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      expire_due(s_);
    } catch (const std::exception& e) {
      log_warn({{"event", "expiry_sweep_failed"}, {"error", e.what()}});
    }
    lock.lock();
    wake_.wait_for(lock, std::chrono::seconds(interval_seconds_), [this] { return stopping_; });
  }
}

}  // namespace stub::orders
