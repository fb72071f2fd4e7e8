// Idempotency-Key for requests that create orders and payments. One key is one user intent:
//
//   same key, same body, finished     → the first response again (status and body), replayed
//   same key, still being worked on   → 409 IDEMPOTENCY_IN_PROGRESS (Retry-After: 1)
//   same key, a different body        → 422 IDEMPOTENCY_KEY_REUSED
//
// A key is claimed ('in_flight') in its own short transaction before the work starts, and the
// work stores its response in the same transaction that creates the order or payment. So a key
// is 'done' exactly when its work committed; a claim left behind by a crash did nothing, and is
// taken over once it is older than kStaleClaimSeconds.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <string>

#include "../http/context.hpp"

namespace stub {
struct Stub;
}

namespace stub::orders {

inline constexpr std::int64_t kStaleClaimSeconds = 120;

// The claimed key, handed to the work so it can record its answer inside its own transaction.
class IdempotencyClaim {
 public:
  IdempotencyClaim(std::string user_id, std::string endpoint, std::string key)
      : user_id_(std::move(user_id)), endpoint_(std::move(endpoint)), key_(std::move(key)) {}
  // Stores `reply` as the key's answer; call inside the transaction that does the work.
  void complete(SQLite::Database& tx, const Reply& reply) const;
  const std::string& key() const { return key_; }

 private:
  friend Reply run_idempotent(Stub&, const Context&, const std::string&, const std::function<Reply(const IdempotencyClaim&)>&);
  std::string user_id_, endpoint_, key_;
};

// Reads and checks the Idempotency-Key header (8–128 characters of [A-Za-z0-9_-]); a missing or
// malformed one is a 422 IDEMPOTENCY_KEY_REQUIRED. Claims it for the caller on `endpoint`, runs
// `work` (which must call claim.complete inside its transaction), and answers. A failure of the
// work releases the claim, so the same key may be tried again once the problem is fixed.
Reply run_idempotent(Stub& s, const Context& ctx, const std::string& endpoint,
                     const std::function<Reply(const IdempotencyClaim&)>& work);

}  // namespace stub::orders
