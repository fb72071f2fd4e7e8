// The audit log for administrators, its signed head, a server-side chain check, and the public
// key anyone can use to check the head's signature.
#include <regex>

#include "../audit/audit_log.hpp"
#include "../audit/audit_verify.hpp"
#include "client/audit_chain.hpp"
#include "routes.hpp"

namespace stub {
namespace {

// Accepts "2026-12-04" or "2026-12-04T19:41:33Z"; a date alone as `to` means the whole day.
std::string iso_bound(const Context& ctx, const char* key, bool upper) {
  const std::string v = ctx.query(key);
  if (v.empty()) return v;
  static const std::regex date(R"(^\d{4}-\d{2}-\d{2}$)"), stamp(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)");
  if (std::regex_match(v, date)) return v + (upper ? "T23:59:59Z" : "T00:00:00Z");
  if (std::regex_match(v, stamp)) return v;
  throw invalid(key, "must be a date (2026-12-04) or a UTC time (2026-12-04T19:41:33Z)", "value_error");
}

Reply list_entries(Stub& s, Context& ctx) {
  AuditFilter f;
  f.page = static_cast<int>(ctx.query_int("page", 1, 1, 10000000));
  f.size = static_cast<int>(ctx.query_int("size", 50, 1, 200));
  f.actor = ctx.query("actor");
  f.action = ctx.query("action");
  if (f.actor.size() > 254) throw invalid("actor", "at most 254 characters", "length_error");
  if (f.action.size() > 64) throw invalid("action", "at most 64 characters", "length_error");
  f.from = iso_bound(ctx, "from", false);
  f.to = iso_bound(ctx, "to", true);
  const std::string order = ctx.query("sort_order", "desc");
  if (order != "asc" && order != "desc") throw invalid("sort_order", "must be asc or desc", "enum_error");
  f.newest_first = order == "desc";
  auto page = list_audit(s.db.conn(), f);
  return Reply::page(page.items, page.pagination);
}

Reply head(Stub& s, Context&) { return Reply::ok(audit_head(s)); }

Reply verify(Stub& s, Context&) { return Reply::ok(verify_audit_log(s.db.conn(), s.signing_key)); }

Reply keys(Stub& s, Context&) {
  mestore::KeySet k;
  k.keys.push_back({s.signing_key.key_id, "Ed25519", mestore::audit::to_base64(s.signing_key.public_key)});
  return Reply::ok(k);
}

}  // namespace

void add_audit_routes(Router& r, Stub& s) {
  const std::string tag = "audit";
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  r.add({"GET", "/api/v1/admin/audit-log", staff, [&s](Context& c) { return list_entries(s, c); },
         "Audit entries, newest first (sort_order=asc to verify); filter actor, action, from, to", tag, BodyKind::None,
         nullptr, {{"type", "array"}, {"items", ref("AuditEntry")}}});
  r.add({"GET", "/api/v1/admin/audit-log/head", staff, [&s](Context& c) { return head(s, c); },
         "The newest entry's hash, signed with the server's Ed25519 key", tag, BodyKind::None, nullptr, ref("AuditHead")});
  r.add({"GET", "/api/v1/admin/audit-log/verify", staff, [&s](Context& c) { return verify(s, c); },
         "The server checks its whole chain and the head signature", tag, BodyKind::None, nullptr, ref("AuditVerification")});
  r.add({"GET", "/api/v1/security/keys", Access::anyone(), [&s](Context& c) { return keys(s, c); },
         "Public keys that sign the audit head", "security", BodyKind::None, nullptr, ref("KeySet")});
}

}  // namespace stub
