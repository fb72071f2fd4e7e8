// The admin fraud queue: payments held for review and the critical alerts raised when screening
// could not run (fail-secure).
//   GET /api/v1/admin/fraud/reviews, POST …/{id}/approve | …/{id}/reject, GET /admin/fraud/alerts
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"
#include "orders.hpp"

namespace mestore {

struct FraudReasonWire {
  std::string code;  // HIGH_AMOUNT, RAPID_TRANSACTIONS, …, SCORER_ERROR, SCORER_TIMEOUT
  int points = 0;
  std::string text;
};
inline void from_json(const json& j, FraudReasonWire& r) {
  decode::required(j, "code", r.code);
  decode::required(j, "points", r.points);
  decode::required(j, "text", r.text);
}
inline void to_json(json& j, const FraudReasonWire& r) { j = {{"code", r.code}, {"points", r.points}, {"text", r.text}}; }

struct FraudReview {
  std::string id;
  std::string payment_id;
  std::string order_id;
  std::string order_number;
  std::string buyer_email;
  std::string method;
  Cop amount;
  int score = 0;
  std::string level;          // LOW | MEDIUM | HIGH | CRITICAL
  std::string decision;       // allow | review | decline
  std::vector<FraudReasonWire> reasons;
  bool fail_secure = false;   // the scorer failed or timed out: held by default, not by score
  std::string review_status;  // none | pending | approved | rejected
  std::string payment_status;
  std::string created_at;
  std::optional<std::string> reviewed_at;
  std::optional<std::string> review_note;
};
inline void from_json(const json& j, FraudReview& r) {
  decode::required(j, "id", r.id);
  decode::required(j, "payment_id", r.payment_id);
  decode::required(j, "order_id", r.order_id);
  decode::required(j, "order_number", r.order_number);
  decode::required(j, "buyer_email", r.buyer_email);
  decode::required(j, "method", r.method);
  decode::required(j, "amount", r.amount);
  decode::required(j, "score", r.score);
  decode::required(j, "level", r.level);
  decode::required(j, "decision", r.decision);
  decode::required(j, "reasons", r.reasons);
  decode::required(j, "fail_secure", r.fail_secure);
  decode::required(j, "review_status", r.review_status);
  decode::required(j, "payment_status", r.payment_status);
  decode::required(j, "created_at", r.created_at);
  decode::optional(j, "reviewed_at", r.reviewed_at);
  decode::optional(j, "review_note", r.review_note);
}
inline void to_json(json& j, const FraudReview& r) {
  j = {{"id", r.id}, {"payment_id", r.payment_id}, {"order_id", r.order_id}, {"order_number", r.order_number},
       {"buyer_email", r.buyer_email}, {"method", r.method}, {"amount", r.amount}, {"score", r.score},
       {"level", r.level}, {"decision", r.decision}, {"reasons", r.reasons}, {"fail_secure", r.fail_secure},
       {"review_status", r.review_status}, {"payment_status", r.payment_status}, {"created_at", r.created_at},
       {"reviewed_at", json_or_null(r.reviewed_at)}, {"review_note", json_or_null(r.review_note)}};
}

struct FraudAlert {
  std::string id;
  std::string severity;  // critical | high
  std::string kind;      // SCORER_FAILURE | FRAUD_DECLINED
  std::string message;
  std::optional<std::string> payment_id;
  std::optional<std::string> order_id;
  std::string status;    // open | resolved
  std::string created_at;
};
inline void from_json(const json& j, FraudAlert& a) {
  decode::required(j, "id", a.id);
  decode::required(j, "severity", a.severity);
  decode::required(j, "kind", a.kind);
  decode::required(j, "message", a.message);
  decode::optional(j, "payment_id", a.payment_id);
  decode::optional(j, "order_id", a.order_id);
  decode::required(j, "status", a.status);
  decode::required(j, "created_at", a.created_at);
}
inline void to_json(json& j, const FraudAlert& a) {
  j = {{"id", a.id}, {"severity", a.severity}, {"kind", a.kind}, {"message", a.message},
       {"payment_id", json_or_null(a.payment_id)}, {"order_id", json_or_null(a.order_id)}, {"status", a.status},
       {"created_at", a.created_at}};
}

}  // namespace mestore
