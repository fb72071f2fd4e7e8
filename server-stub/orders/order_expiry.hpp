// Orders waiting for payment do not hold stock forever. A pending order that is unpaid, or whose
// Efecty cash code is still waiting, keeps its reservation for the payment window: 72 hours
// (the life of an Efecty code) from when it was placed, or until its latest waiting cash code
// expires when that is later. Past it the system cancels the order (cancel reason
// mestore::kPaymentWindowExpired): stock released, waiting codes EXPIRED, audit entries written.
// Orders held for fraud review never expire: an admin decides them.
//
// Expiry runs every 30 seconds (ExpirySweeper), right after the developer clock moves or the
// data is reset, and for one order just before it is paid — so a late payment meets a clear
// "expired" rather than reviving an order whose stock may already be sold.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace stub {
struct Stub;
}

namespace stub::orders {

inline constexpr std::int64_t kPaymentWindowSeconds = 72 * 3600;

struct ExpiryCounts {
  int orders = 0;      // cancelled because their payment window closed
  int cash_codes = 0;  // Efecty codes marked EXPIRED
};

// Expires everything due now, a batch of orders per write transaction.
ExpiryCounts expire_due(Stub& s);

// Expires this order if its window has closed (its own write transaction). True when it did.
bool expire_order_if_due(Stub& s, const std::string& order_id);

// When the payment window of a payable order closes (epoch seconds).
std::int64_t payment_due_at(SQLite::Database& db, const std::string& order_id, std::int64_t placed_at);

// Runs expire_due() every `interval_seconds` on its own thread until destroyed. A failure (a full
// disk, say) is logged and retried at the next tick.
class ExpirySweeper {
 public:
  ExpirySweeper(Stub& s, int interval_seconds);
  ~ExpirySweeper();
  ExpirySweeper(const ExpirySweeper&) = delete;
  ExpirySweeper& operator=(const ExpirySweeper&) = delete;

 private:
  void run();
  Stub& s_;
  int interval_seconds_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace stub::orders
