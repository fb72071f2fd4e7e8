#include "audit_log.hpp"

#include "../auth/caller.hpp"
#include "../http/context.hpp"
#include "../stub.hpp"
#include "client/audit_chain.hpp"

namespace stub {
namespace {

constexpr const char* kColumns = "seq, at, actor_id, actor_email, action, target, result, ip, details, prev_hash, hash";

mestore::AuditEntry from_row(SQLite::Statement& q) {
  mestore::AuditEntry e;
  e.seq = q.getColumn(0).getInt64();
  e.at = q.getColumn(1).getString();
  e.actor_id = q.getColumn(2).getString();
  e.actor_email = q.getColumn(3).getString();
  e.action = q.getColumn(4).getString();
  e.target = q.getColumn(5).getString();
  e.result = q.getColumn(6).getString();
  e.ip = q.getColumn(7).getString();
  // A details cell that no longer parses (edited by hand) is shown as a string: the chain check
  // then reports that entry rather than the server failing to answer.
  e.details = nlohmann::json::parse(q.getColumn(8).getString(), nullptr, false);
  if (e.details.is_discarded() || !e.details.is_object()) e.details = {{"unreadable", q.getColumn(8).getString()}};
  e.prev_hash = q.getColumn(9).getString();
  e.hash = q.getColumn(10).getString();
  return e;
}

}  // namespace

AuditEvent audit_event(const Context& ctx, std::string action, std::string target, std::string result,
                       nlohmann::json details) {
  AuditEvent e;
  if (ctx.caller) {
    e.actor_id = ctx.caller->user_id;
    e.actor_email = ctx.caller->email;
  }
  e.action = std::move(action);
  e.target = std::move(target);
  e.result = std::move(result);
  e.ip = ctx.ip;
  e.details = std::move(details);
  return e;
}

mestore::AuditEntry append_audit(Stub& s, SQLite::Database& tx, const AuditEvent& ev) {
  mestore::AuditEntry e;
  std::string prev = mestore::audit::genesis_hash();
  {
    SQLite::Statement last(tx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (last.executeStep()) {
      e.seq = last.getColumn(0).getInt64();
      prev = last.getColumn(1).getString();
    }
  }
  e.seq += 1;
  e.at = iso_utc(s.clock.now_seconds());
  e.actor_id = ev.actor_id;
  e.actor_email = ev.actor_email;
  e.action = ev.action;
  e.target = ev.target;
  e.result = ev.result;
  e.ip = ev.ip;
  e.details = ev.details.is_object() ? ev.details : nlohmann::json::object();
  mestore::audit::seal(e, prev);
  const std::string signature = mestore::audit::sign_head(e.seq, e.hash, s.signing_key.secret_key);

  SQLite::Statement q(tx,
                      "INSERT INTO audit_log(seq, at, actor_id, actor_email, action, target, result, ip, details,"
                      " prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, e.seq);
  q.bind(2, e.at);
  q.bind(3, e.actor_id);
  q.bind(4, e.actor_email);
  q.bind(5, e.action);
  q.bind(6, e.target);
  q.bind(7, e.result);
  q.bind(8, e.ip);
  q.bind(9, e.details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  q.bind(10, e.prev_hash);
  q.bind(11, e.hash);
  q.bind(12, signature);
  q.exec();
  return e;
}

mestore::Page<mestore::AuditEntry> list_audit(SQLite::Database& db, const AuditFilter& f) {
  std::string where = " WHERE 1=1";
  if (!f.actor.empty()) where += " AND (actor_id = ?1 OR actor_email = ?1)";
  if (!f.action.empty()) where += " AND action = ?2";
  if (!f.from.empty()) where += " AND at >= ?3";
  if (!f.to.empty()) where += " AND at <= ?4";
  auto bind = [&](SQLite::Statement& q) {
    if (!f.actor.empty()) q.bind(1, f.actor);
    if (!f.action.empty()) q.bind(2, f.action);
    if (!f.from.empty()) q.bind(3, f.from);
    if (!f.to.empty()) q.bind(4, f.to);
  };
  SQLite::Statement count(db, "SELECT COUNT(*) FROM audit_log" + where);
  bind(count);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();

  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM audit_log" + where + " ORDER BY seq " +
                              (f.newest_first ? "DESC" : "ASC") + " LIMIT ?5 OFFSET ?6");
  bind(q);
  q.bind(5, f.size);
  q.bind(6, static_cast<std::int64_t>(f.page - 1) * f.size);
  mestore::Page<mestore::AuditEntry> page;
  while (q.executeStep()) page.items.push_back(from_row(q));
  page.pagination = mestore::make_pagination(f.page, f.size, total);
  return page;
}

mestore::AuditHead audit_head(Stub& s) {
  mestore::AuditHead h;
  h.key_id = s.signing_key.key_id;
  SQLite::Statement q(s.db.conn(), "SELECT seq, hash, signature, at FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (q.executeStep()) {
    h.seq = q.getColumn(0).getInt64();
    h.hash = q.getColumn(1).getString();
    h.signature = q.getColumn(2).getString();
    h.signed_at = q.getColumn(3).getString();
  } else {
    h.hash = mestore::audit::genesis_hash();
    h.signature = mestore::audit::sign_head(0, h.hash, s.signing_key.secret_key);
    h.signed_at = iso_utc(s.clock.now_seconds());
  }
  return h;
}

std::vector<mestore::AuditEntry> read_audit_range(SQLite::Database& db, std::int64_t after_seq, int limit) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?");
  q.bind(1, after_seq);
  q.bind(2, limit);
  std::vector<mestore::AuditEntry> out;
  while (q.executeStep()) out.push_back(from_row(q));
  return out;
}

}  // namespace stub
