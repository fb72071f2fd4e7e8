#include "idempotency.hpp"

#include <sodium.h>

#include "../auth/caller.hpp"
#include "../stub.hpp"

namespace stub::orders {
namespace {

std::string header_key(const Context& ctx) {
  const std::string key = ctx.req.get_header_value("Idempotency-Key");
  bool ok = key.size() >= 8 && key.size() <= 128;
  for (unsigned char c : key) ok = ok && (std::isalnum(c) || c == '-' || c == '_');
  if (!ok)
    throw ApiFailure(422, "IDEMPOTENCY_KEY_REQUIRED",
                     "send an Idempotency-Key header (8-128 characters of A-Z a-z 0-9 - _), the same one on every retry",
                     {{"Idempotency-Key", key.empty() ? "is required" : "is malformed", key.empty() ? "missing" : "value_error"}});
  return key;
}

// BLAKE2b-256 of the parsed body re-serialised (keys sorted), so spacing and key order do not
// make two equal requests look different.
std::string request_hash(const Context& ctx) {
  const std::string canonical = ctx.body().dump();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

Reply replay(int status, const std::string& body) {
  Reply r = Reply::raw(body, "application/json", status);
  r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

}  // namespace

void IdempotencyClaim::complete(SQLite::Database& tx, const Reply& reply) const {
  SQLite::Statement q(tx,
                      "UPDATE idempotency_keys SET state = 'done', response_status = ?, response_body = ?"
                      " WHERE user_id = ? AND endpoint = ? AND idem_key = ? AND state = 'in_flight'");
  q.bind(1, reply.status);
  q.bind(2, reply.body);
  q.bind(3, user_id_);
  q.bind(4, endpoint_);
  q.bind(5, key_);
  // Nothing updated means our claim was taken over as stale: let the work roll back.
  if (q.exec() != 1) throw ApiFailure(409, "IDEMPOTENCY_IN_PROGRESS", "this request is already being processed");
}

Reply run_idempotent(Stub& s, const Context& ctx, const std::string& endpoint,
                     const std::function<Reply(const IdempotencyClaim&)>& work) {
  const std::string key = header_key(ctx);
  const std::string hash = request_hash(ctx);
  const IdempotencyClaim claim(ctx.caller->user_id, endpoint, key);
  const std::int64_t now = s.clock.now_seconds();

  std::optional<Reply> earlier = s.db.write([&](SQLite::Database& tx) -> std::optional<Reply> {
    SQLite::Statement q(tx,
                        "SELECT request_hash, state, response_status, response_body, created_at FROM idempotency_keys"
                        " WHERE user_id = ? AND endpoint = ? AND idem_key = ?");
    q.bind(1, claim.user_id_);
    q.bind(2, endpoint);
    q.bind(3, key);
    if (q.executeStep()) {
      const bool same_body = q.getColumn(0).getString() == hash;
      const bool done = q.getColumn(1).getString() == "done";
      const bool stale = !done && now - q.getColumn(4).getInt64() > kStaleClaimSeconds;
      if (!done && !stale) {
        ApiFailure busy(409, "IDEMPOTENCY_IN_PROGRESS", "a request with this Idempotency-Key is still being processed");
        busy.retry_after_seconds = 1;
        throw busy;
      }
      if (!same_body)
        throw ApiFailure(422, "IDEMPOTENCY_KEY_REUSED",
                         "this Idempotency-Key was used for a different request; use a new key for a new request",
                         {{"Idempotency-Key", "already used with another body", "value_error"}});
      if (done) return replay(q.getColumn(2).getInt(), q.getColumn(3).getString());
      q.reset();
      SQLite::Statement retake(tx, "UPDATE idempotency_keys SET created_at = ? WHERE user_id = ? AND endpoint = ? AND idem_key = ?");
      retake.bind(1, now);
      retake.bind(2, claim.user_id_);
      retake.bind(3, endpoint);
      retake.bind(4, key);
      retake.exec();
      return std::nullopt;
    }
    SQLite::Statement ins(tx,
                          "INSERT INTO idempotency_keys(user_id, endpoint, idem_key, request_hash, state, created_at)"
                          " VALUES (?,?,?,?,'in_flight',?)");
    ins.bind(1, claim.user_id_);
    ins.bind(2, endpoint);
    ins.bind(3, key);
    ins.bind(4, hash);
    ins.bind(5, now);
    ins.exec();
    return std::nullopt;
  });
  if (earlier) return *earlier;

  try {
    return work(claim);
  } catch (...) {
    // The work did not commit: free the key so a corrected retry is not refused as a replay.
    try {
      s.db.write([&](SQLite::Database& tx) {
        SQLite::Statement del(tx, "DELETE FROM idempotency_keys WHERE user_id = ? AND endpoint = ? AND idem_key = ? AND state = 'in_flight'");
        del.bind(1, claim.user_id_);
        del.bind(2, endpoint);
        del.bind(3, key);
        del.exec();
      });
    } catch (...) {
    }
    throw;
  }
}

}  // namespace stub::orders
