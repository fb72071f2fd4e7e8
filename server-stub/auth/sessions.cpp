#include "sessions.hpp"

#include <optional>

#include "../audit/audit_log.hpp"
#include "../clock.hpp"
#include "../http/context.hpp"
#include "../ids.hpp"
#include "../stub.hpp"
#include "tokens.hpp"

namespace stub {
namespace {

constexpr std::size_t kMaxTokenLength = 256;  // ours are 43; anything far longer is not one of ours

ApiFailure token_invalid() { return ApiFailure(401, "TOKEN_INVALID", "the token is not valid; sign in again"); }

ApiFailure ended_failure(const std::string& reason) {
  if (reason == "EVICTED")
    return ApiFailure(401, "SESSION_EVICTED",
                      "this session was closed because the account signed in elsewhere (at most " +
                          std::to_string(kMaxSessionsPerUser) + " sessions at a time)");
  if (reason == "EXPIRED") return ApiFailure(401, "SESSION_EXPIRED", "the session expired; sign in again");
  return ApiFailure(401, "SESSION_ENDED", "the session has ended; sign in again");
}

struct SessionState {
  std::string id;
  std::string user_id;
  std::int64_t expires_at = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t idle_seconds = 0;
  std::optional<std::string> end_reason;  // set when ended

  bool expired(std::int64_t now) const { return now >= expires_at || now - last_seen_at > idle_seconds; }
};

void insert_token(SQLite::Database& tx, const std::string& token, const std::string& session_id, const char* kind,
                  std::int64_t now, std::int64_t expires_at) {
  SQLite::Statement q(tx, "INSERT INTO session_tokens(token_hash, session_id, kind, issued_at, expires_at) VALUES (?,?,?,?,?)");
  q.bind(1, tokens::hash(token));
  q.bind(2, session_id);
  q.bind(3, kind);
  q.bind(4, now);
  q.bind(5, expires_at);
  q.exec();
}

// A new access + refresh pair for a session; the access token never outlives the session.
IssuedTokens issue_pair(SQLite::Database& tx, const std::string& session_id, std::int64_t now, std::int64_t session_end) {
  IssuedTokens t;
  t.session_id = session_id;
  t.session_expires_at = session_end;
  t.access_token = tokens::generate();
  t.refresh_token = tokens::generate();
  insert_token(tx, t.access_token, session_id, "access", now, std::min<std::int64_t>(now + kAccessTokenSeconds, session_end));
  insert_token(tx, t.refresh_token, session_id, "refresh", now, session_end);
  return t;
}

AuditEvent actor_event(const Account& user, const Context& ctx, std::string action, std::string target,
                       std::string result, nlohmann::json details) {
  AuditEvent e;
  e.actor_id = user.id;
  e.actor_email = user.email;
  e.action = std::move(action);
  e.target = std::move(target);
  e.result = std::move(result);
  e.ip = ctx.ip;
  e.details = std::move(details);
  return e;
}

std::string truncated(std::string s, std::size_t max) {
  if (s.size() > max) s.resize(max);
  return s;
}

}  // namespace

int idle_seconds_for(const std::string& role) { return role == "BUYER" ? 30 * 60 : 15 * 60; }

bool end_session(SQLite::Database& tx, const std::string& session_id, const char* reason, std::int64_t now) {
  SQLite::Statement q(tx, "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL");
  q.bind(1, now);
  q.bind(2, reason);
  q.bind(3, session_id);
  return q.exec() > 0;
}

int end_user_sessions(SQLite::Database& tx, const std::string& user_id, const char* reason, std::int64_t now,
                      const std::string& except_session_id) {
  SQLite::Statement q(tx, "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE user_id = ? AND id <> ? AND ended_at IS NULL");
  q.bind(1, now);
  q.bind(2, reason);
  q.bind(3, user_id);
  q.bind(4, except_session_id);
  return q.exec();
}

IssuedTokens start_session(Stub& s, SQLite::Database& tx, const Account& user, const Context& ctx) {
  const std::int64_t now = s.clock.now_seconds();
  std::vector<SessionState> live;
  {
    SQLite::Statement q(tx,
                        "SELECT id, expires_at, last_seen_at, idle_seconds FROM sessions"
                        " WHERE user_id = ? AND ended_at IS NULL ORDER BY created_at, rowid");
    q.bind(1, user.id);
    while (q.executeStep()) {
      SessionState st{q.getColumn(0).getString(), user.id, q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                      q.getColumn(3).getInt64(), std::nullopt};
      live.push_back(std::move(st));
    }
  }
  std::vector<SessionState> counted;
  for (auto& st : live) {
    if (st.expired(now)) end_session(tx, st.id, "EXPIRED", now);  // housekeeping: they no longer count
    else counted.push_back(st);
  }
  // Oldest first, until the new one fits.
  for (std::size_t i = 0; counted.size() - i >= static_cast<std::size_t>(kMaxSessionsPerUser); ++i) {
    end_session(tx, counted[i].id, "EVICTED", now);
    append_audit(s, tx, actor_event(user, ctx, "auth.session_evicted", "session:" + counted[i].id, "success",
                                    {{"user_id", user.id}, {"limit", kMaxSessionsPerUser}}));
  }

  const std::string id = new_uuid();
  const std::int64_t end = now + kSessionAbsoluteSeconds;
  SQLite::Statement q(tx,
                      "INSERT INTO sessions(id, user_id, created_at, last_seen_at, expires_at, idle_seconds, ip, user_agent)"
                      " VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, id);
  q.bind(2, user.id);
  q.bind(3, now);
  q.bind(4, now);
  q.bind(5, end);
  q.bind(6, idle_seconds_for(user.user_type));
  q.bind(7, ctx.ip);
  q.bind(8, truncated(ctx.req.get_header_value("User-Agent"), 300));
  q.exec();
  return issue_pair(tx, id, now, end);
}

Caller authenticate(Stub& s, const std::string& access_token) {
  if (access_token.size() > kMaxTokenLength) throw token_invalid();
  const std::int64_t now = s.clock.now_seconds();
  SQLite::Statement q(s.db.conn(),
                      "SELECT t.kind, t.expires_at, t.replaced_at, s.id, s.expires_at, s.last_seen_at, s.idle_seconds,"
                      " s.end_reason, u.id, u.email, u.user_type, u.vendor_status, u.is_active, u.deleted_at"
                      " FROM session_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id"
                      " WHERE t.token_hash = ?");
  q.bind(1, tokens::hash(access_token));
  if (!q.executeStep() || q.getColumn(0).getString() != "access") throw token_invalid();
  const std::int64_t token_expires = q.getColumn(1).getInt64();
  const bool replaced = !q.getColumn(2).isNull();
  SessionState st{q.getColumn(3).getString(), q.getColumn(8).getString(), q.getColumn(4).getInt64(),
                  q.getColumn(5).getInt64(), q.getColumn(6).getInt64(), std::nullopt};
  if (!q.getColumn(7).isNull()) st.end_reason = q.getColumn(7).getString();
  Caller c{q.getColumn(8).getString(), q.getColumn(9).getString(), q.getColumn(10).getString(),
           q.getColumn(11).isNull() ? "" : q.getColumn(11).getString(), st.id};
  const bool active = q.getColumn(12).getInt() != 0 && q.getColumn(13).isNull();
  q.reset();

  // The session's state first: when it is over, a refresh will not help, and the client must know.
  if (st.end_reason) throw ended_failure(*st.end_reason);
  if (st.expired(now)) {
    s.db.write([&](SQLite::Database& tx) { end_session(tx, st.id, "EXPIRED", now); });
    throw ended_failure("EXPIRED");
  }
  if (!active) {
    s.db.write([&](SQLite::Database& tx) { end_session(tx, st.id, "DEACTIVATED", now); });
    throw ended_failure("DEACTIVATED");
  }
  if (replaced || now >= token_expires)
    throw ApiFailure(401, "TOKEN_EXPIRED", "the access token expired; refresh it with the refresh token");
  if (now > st.last_seen_at) {
    try {
      s.db.write([&](SQLite::Database& tx) {
        SQLite::Statement touch(tx, "UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL");
        touch.bind(1, now);
        touch.bind(2, st.id);
        touch.exec();
      });
    } catch (const SQLite::Exception& e) {
      // With the disk full or read-only the idle timer cannot move, but reads must go on: the
      // request continues (its own writes, if any, get their 503).
      if (!is_storage_failure(e)) throw;
    }
  }
  return c;
}

Refreshed refresh_session(Stub& s, const std::string& refresh_token, const Context& ctx) {
  if (refresh_token.size() > kMaxTokenLength) throw token_invalid();
  struct Outcome {
    std::optional<ApiFailure> failure;
    Refreshed ok;
  };
  // Failures that change state (expiry, reuse) must commit before the 401 goes out, so the
  // transaction returns them instead of throwing.
  Outcome out = s.db.write([&](SQLite::Database& tx) -> Outcome {
    const std::int64_t now = s.clock.now_seconds();
    SQLite::Statement q(tx,
                        "SELECT t.kind, t.replaced_at, s.id, s.user_id, s.expires_at, s.last_seen_at, s.idle_seconds,"
                        " s.end_reason FROM session_tokens t JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = ?");
    q.bind(1, tokens::hash(refresh_token));
    if (!q.executeStep() || q.getColumn(0).getString() != "refresh") return {token_invalid(), {}};
    const bool reused = !q.getColumn(1).isNull();
    SessionState st{q.getColumn(2).getString(), q.getColumn(3).getString(), q.getColumn(4).getInt64(),
                    q.getColumn(5).getInt64(), q.getColumn(6).getInt64(), std::nullopt};
    if (!q.getColumn(7).isNull()) st.end_reason = q.getColumn(7).getString();
    q.reset();

    if (st.end_reason) return {ended_failure(*st.end_reason), {}};
    if (st.expired(now)) {
      end_session(tx, st.id, "EXPIRED", now);
      return {ended_failure("EXPIRED"), {}};
    }
    auto account = find_account(tx, st.user_id);
    if (reused) {
      // Either the client retried a lost answer or someone else holds a copy of the token; we
      // cannot tell which, so the session ends and both parties must sign in again.
      end_session(tx, st.id, "REFRESH_REUSE", now);
      AuditEvent e;
      if (account) {
        e.actor_id = account->id;
        e.actor_email = account->email;
      }
      e.action = "auth.refresh_reuse";
      e.target = "session:" + st.id;
      e.result = "denied";
      e.ip = ctx.ip;
      e.details = {{"user_id", st.user_id}, {"session_ended", true}};
      append_audit(s, tx, e);
      return {ApiFailure(401, "SESSION_ENDED", "this refresh token was already used; the session has been ended to be safe"), {}};
    }
    if (!account || !account->is_active) {
      end_session(tx, st.id, "DEACTIVATED", now);
      return {ended_failure("DEACTIVATED"), {}};
    }
    SQLite::Statement rotate(tx, "UPDATE session_tokens SET replaced_at = ? WHERE session_id = ? AND replaced_at IS NULL");
    rotate.bind(1, now);
    rotate.bind(2, st.id);
    rotate.exec();
    SQLite::Statement touch(tx, "UPDATE sessions SET last_seen_at = ? WHERE id = ?");
    touch.bind(1, now);
    touch.bind(2, st.id);
    touch.exec();
    return {std::nullopt, {issue_pair(tx, st.id, now, st.expires_at), *account}};
  });
  if (out.failure) throw *out.failure;
  return std::move(out.ok);
}

std::vector<mestore::SessionInfo> list_sessions(Stub& s, const Caller& caller) {
  const std::int64_t now = s.clock.now_seconds();
  SQLite::Statement q(s.db.conn(),
                      "SELECT id, created_at, last_seen_at, expires_at, ip, user_agent FROM sessions"
                      " WHERE user_id = ? AND ended_at IS NULL AND expires_at > ? AND last_seen_at + idle_seconds >= ?"
                      " ORDER BY created_at DESC, rowid DESC");
  q.bind(1, caller.user_id);
  q.bind(2, now);
  q.bind(3, now);
  std::vector<mestore::SessionInfo> out;
  while (q.executeStep()) {
    mestore::SessionInfo x;
    x.id = q.getColumn(0).getString();
    x.created_at = iso_utc(q.getColumn(1).getInt64());
    x.last_seen_at = iso_utc(q.getColumn(2).getInt64());
    x.expires_at = iso_utc(q.getColumn(3).getInt64());
    x.ip = q.getColumn(4).getString();
    x.user_agent = q.getColumn(5).getString();
    x.device = device_from_user_agent(x.user_agent);
    x.current = x.id == caller.session_id;
    out.push_back(std::move(x));
  }
  return out;
}

void revoke_own_session(Stub& s, const Context& ctx, const std::string& session_id) {
  s.db.write([&](SQLite::Database& tx) {
    SQLite::Statement q(tx, "SELECT user_id FROM sessions WHERE id = ? AND ended_at IS NULL");
    q.bind(1, session_id);
    if (!q.executeStep() || q.getColumn(0).getString() != ctx.caller->user_id) throw not_found("session");
    q.reset();
    end_session(tx, session_id, "REVOKED", s.clock.now_seconds());
    append_audit(s, tx, audit_event(ctx, "auth.session_revoked", "session:" + session_id, "success",
                                    {{"own_session", session_id == ctx.caller->session_id}}));
  });
}

std::string device_from_user_agent(const std::string& ua) {
  auto has = [&](const char* s) { return ua.find(s) != std::string::npos; };
  std::string browser = has("Edg/")         ? "Edge"
                        : has("OPR/")       ? "Opera"
                        : has("Firefox/")   ? "Firefox"
                        : has("Chrome/") || has("Chromium/") ? "Chrome"
                        : has("Safari/")    ? "Safari"
                                            : "";
  std::string os = has("Android")                   ? "Android"
                   : has("iPhone") || has("iPad")   ? "iOS"
                   : has("Windows")                 ? "Windows"
                   : has("Mac OS X")                ? "macOS"
                   : has("CrOS")                    ? "ChromeOS"
                   : has("Linux")                   ? "Linux"
                                                    : "";
  if (!browser.empty() && !os.empty()) return browser + " · " + os;
  if (!browser.empty() || !os.empty()) return browser + os;
  return ua.empty() ? "unknown" : truncated(ua.substr(0, ua.find(' ')), 40);
}

}  // namespace stub
