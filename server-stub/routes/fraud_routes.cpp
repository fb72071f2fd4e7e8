// The admin fraud queue: payments held for review (by score, or fail-secure when screening
// could not run), approve (the payment goes through the gateway) or reject (order cancelled,
// stock released), and the open alerts for the dashboard.
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../http/body_reader.hpp"
#include "../orders/order_transitions.hpp"
#include "../payments/payment_store.hpp"
#include "client/wire/fraud.hpp"
#include "routes.hpp"

namespace stub {
namespace {

constexpr const char* kReviewColumns =
    "f.id, f.payment_id, f.order_id, o.order_number, u.email, p.method, p.amount, f.score, f.level, f.decision, f.reasons,"
    " f.fail_secure, f.review_status, p.status, f.created_at, f.reviewed_at, f.review_note";
constexpr const char* kReviewFrom =
    " FROM fraud_assessments f JOIN payments p ON p.id = f.payment_id JOIN orders o ON o.id = f.order_id"
    " JOIN users u ON u.id = f.buyer_id";

mestore::FraudReview review_from_row(SQLite::Statement& q) {
  mestore::FraudReview r;
  r.id = q.getColumn(0).getString();
  r.payment_id = q.getColumn(1).getString();
  r.order_id = q.getColumn(2).getString();
  r.order_number = q.getColumn(3).getString();
  r.buyer_email = q.getColumn(4).getString();
  r.method = q.getColumn(5).getString();
  r.amount = {q.getColumn(6).getInt64()};
  r.score = q.getColumn(7).getInt();
  r.level = q.getColumn(8).getString();
  r.decision = q.getColumn(9).getString();
  for (const auto& x : json::parse(q.getColumn(10).getString(), nullptr, false))
    if (x.is_object()) r.reasons.push_back({x.value("code", ""), x.value("points", 0), x.value("text", "")});
  r.fail_secure = q.getColumn(11).getInt() == 1;
  r.review_status = q.getColumn(12).getString();
  r.payment_status = q.getColumn(13).getString();
  r.created_at = q.getColumn(14).getString();
  if (!q.getColumn(15).isNull()) r.reviewed_at = q.getColumn(15).getString();
  if (!q.getColumn(16).isNull()) r.review_note = q.getColumn(16).getString();
  return r;
}

std::optional<mestore::FraudReview> find_review(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db, std::string("SELECT ") + kReviewColumns + kReviewFrom + " WHERE f.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return review_from_row(q);
}

Reply list_reviews(Stub& s, Context& ctx) {
  const int page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  const int size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  const std::string status = ctx.query("status", "pending");
  if (status != "pending" && status != "approved" && status != "rejected" && status != "all")
    throw invalid("status", "must be pending, approved, rejected or all", "enum_error");
  const std::string where = status == "all" ? " WHERE f.review_status != 'none'" : " WHERE f.review_status = ?1";
  auto& db = s.db.conn();
  SQLite::Statement c(db, std::string("SELECT COUNT(*)") + kReviewFrom + where);
  if (status != "all") c.bind(1, status);
  c.executeStep();
  SQLite::Statement q(db, std::string("SELECT ") + kReviewColumns + kReviewFrom + where + " ORDER BY f.created_at, f.rowid LIMIT ?2 OFFSET ?3");
  if (status != "all") q.bind(1, status);
  q.bind(2, size);
  q.bind(3, static_cast<std::int64_t>(page - 1) * size);
  json items = json::array();
  while (q.executeStep()) items.push_back(review_from_row(q));
  return Reply::page(items, mestore::make_pagination(page, size, c.getColumn(0).getInt64()));
}

void close_review(SQLite::Database& tx, const Context& ctx, const std::string& id, const char* outcome, const std::string& note,
                  const std::string& at) {
  SQLite::Statement u(tx,
                      "UPDATE fraud_assessments SET review_status = ?, reviewed_by = ?, reviewed_at = ?, review_note = NULLIF(?, '')"
                      " WHERE id = ? AND review_status = 'pending'");
  u.bind(1, outcome);
  u.bind(2, ctx.caller->user_id);
  u.bind(3, at);
  u.bind(4, note);
  u.bind(5, id);
  if (u.exec() != 1) throw ApiFailure(409, "REVIEW_DECIDED", "this review was already decided");
}

void resolve_alerts(SQLite::Database& tx, const Context& ctx, const std::string& payment_id, const std::string& at) {
  SQLite::Statement u(tx, "UPDATE fraud_alerts SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE payment_id = ? AND status = 'open'");
  u.bind(1, at);
  u.bind(2, ctx.caller->user_id);
  u.bind(3, payment_id);
  u.exec();
}

Reply decide(Stub& s, Context& ctx, bool approve) {
  static const json no_body = json::object();  // approving needs no body at all
  BodyReader b(ctx.req.body.empty() ? no_body : ctx.body());
  b.allow_only({"note", "reason"});
  const std::string note = approve ? b.text("note", 0, 500, false) : b.text("reason", 3, 500);
  b.check();
  return s.db.write([&](SQLite::Database& tx) {
    auto review = find_review(tx, ctx.param("id"));
    if (!review) throw not_found("fraud review");
    const std::string at = iso_utc(s.clock.now_seconds());
    close_review(tx, ctx, review->id, approve ? "approved" : "rejected", note, at);
    resolve_alerts(tx, ctx, review->payment_id, at);
    const json details = {{"payment_id", review->payment_id}, {"order_id", review->order_id}, {"score", review->score},
                          {"fail_secure", review->fail_secure}, {"note", note}};
    if (approve) {
      append_audit(s, tx, audit_event(ctx, "fraud.review_approved", "payment:" + review->payment_id, "success", details));
      payments::proceed(s, tx, ctx, review->payment_id);
    } else {
      append_audit(s, tx, audit_event(ctx, "fraud.review_rejected", "payment:" + review->payment_id, "success", details));
      SQLite::Statement p(tx, "UPDATE payments SET status = 'REJECTED', decline_reason = ?, decided_at = ? WHERE id = ?");
      p.bind(1, "rejected by a fraud analyst: " + note);
      p.bind(2, s.clock.now_seconds());
      p.bind(3, review->payment_id);
      p.exec();
      orders::transition_order(s, tx, ctx, commerce::Actor::Admin, review->order_id, commerce::OrderStatus::Cancelled,
                               mestore::order_notes::kFraudRejectedPrefix + note);
    }
    return Reply::ok(*find_review(tx, review->id));
  });
}

Reply alerts(Stub& s, Context& ctx) {
  const std::string status = ctx.query("status", "open");
  if (status != "open" && status != "resolved") throw invalid("status", "must be open or resolved", "enum_error");
  SQLite::Statement q(s.db.conn(),
                      "SELECT id, severity, kind, message, payment_id, order_id, status, created_at FROM fraud_alerts"
                      " WHERE status = ? ORDER BY CASE severity WHEN 'critical' THEN 0 ELSE 1 END, created_at DESC LIMIT 200");
  q.bind(1, status);
  json items = json::array();
  while (q.executeStep()) {
    mestore::FraudAlert a;
    a.id = q.getColumn(0).getString();
    a.severity = q.getColumn(1).getString();
    a.kind = q.getColumn(2).getString();
    a.message = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) a.payment_id = q.getColumn(4).getString();
    if (!q.getColumn(5).isNull()) a.order_id = q.getColumn(5).getString();
    a.status = q.getColumn(6).getString();
    a.created_at = q.getColumn(7).getString();
    items.push_back(a);
  }
  return Reply::ok(items);
}

}  // namespace

void add_fraud_routes(Router& r, Stub& s) {
  const std::string tag = "fraud";
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  r.add({"GET", "/api/v1/admin/fraud/reviews", staff, [&s](Context& c) { return list_reviews(s, c); },
         "Payments held for fraud review, oldest first; status=pending|approved|rejected|all", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("FraudReview")}}});
  r.add({"POST", "/api/v1/admin/fraud/reviews/{id}/approve", staff, [&s](Context& c) { return decide(s, c, true); },
         "Approve a held payment {note?}: it goes through the gateway; approved → order confirmed, commissions created", tag,
         BodyKind::OptionalJson, nullptr, ref("FraudReview")});
  r.add({"POST", "/api/v1/admin/fraud/reviews/{id}/reject", staff, [&s](Context& c) { return decide(s, c, false); },
         "Reject a held payment {reason}: order cancelled, stock released", tag, BodyKind::Json, nullptr, ref("FraudReview")});
  r.add({"GET", "/api/v1/admin/fraud/alerts", staff, [&s](Context& c) { return alerts(s, c); },
         "Fraud alerts (status=open by default), critical first: scorer failures and fraud declines", tag, BodyKind::None,
         nullptr, {{"type", "array"}, {"items", ref("FraudAlert")}}});
}

}  // namespace stub
