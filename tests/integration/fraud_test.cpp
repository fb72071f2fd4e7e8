// Fraud screening over real HTTP: every payment is scored and the assessment stored; risky ones
// are held for an analyst, critical ones declined; when the scorer fails (or overruns its
// budget) the payment is held fail-secure with a critical alert; the admin queue approves
// (payment proceeds, order confirmed, commissions created) or rejects (order cancelled, stock back).
#include <doctest/doctest.h>

#include "money_helpers.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  static bool settled = (settle_clock(Api(s.url())), true);
  (void)settled;
  return s;
}

// A product priced so that one unit makes a total above 500 000 COP (a new account's limit).
json dear_product(const Api& a) {
  auto p = products(a, "min_price=450000&max_price=900000&sort_by=price");
  REQUIRE_FALSE(p.empty());
  return p[0];
}

json cheap_order(const Api& a, const std::string& buyer) {
  auto p = products(a, "min_price=20000&max_price=90000&sort_by=price");
  REQUIRE_FALSE(p.empty());
  Answer r = place(a, buyer, {line(p[0]["id"], 1)});
  REQUIRE(r.status == 201);
  return r.data();
}

json review_of(const Api& a, const std::string& admin, const std::string& payment_id, const std::string& status = "pending") {
  Answer q = a.get("/api/v1/admin/fraud/reviews?size=100&status=" + status, admin);
  REQUIRE(q.status == 200);
  for (const auto& r : q.data())
    if (r["payment_id"] == payment_id) return r;
  return nullptr;
}

bool audited(const Api& a, const std::string& admin, const std::string& action, const std::string& target) {
  Answer log = a.get("/api/v1/admin/audit-log?size=200&action=" + action, admin);
  for (const auto& e : log.data())
    if (e["target"] == target) return true;
  return false;
}

}  // namespace

TEST_CASE("a risky payment is held for review with its reasons stored; an admin approves it and the order is confirmed") {
  Api a(stub().url());
  const std::string buyer = new_buyer(a, "newbie");  // a new account paying more than 500 000
  Answer o = place(a, buyer, {line(dear_product(a)["id"], 1)});
  REQUIRE(o.status == 201);
  REQUIRE(o.data()["total"].get<long long>() > 500000);
  Answer held = pay_card(a, buyer, o.data()["id"], kApproveCard);
  INFO(held.raw);
  REQUIRE(held.status == 200);
  CHECK(held.data()["status"] == "REVIEW");
  CHECK(held.data()["fraud"]["decision"] == "review");
  CHECK(held.data()["fraud"]["score"].get<int>() >= 50);
  CHECK(held.data()["payment_status"] == "in_review");
  json order = a.get("/api/v1/orders/" + o.data()["id"].get<std::string>(), buyer).data();
  CHECK(order["status"] == "pending");
  CHECK(order["payment_status"] == "in_review");
  CHECK(order["can_pay"] == false);

  const std::string admin = token_for(a, kAdmin);
  json review = review_of(a, admin, held.data()["id"]);
  REQUIRE(review.is_object());
  bool new_account = false;
  for (const auto& r : review["reasons"]) new_account |= r["code"] == "NEW_ACCOUNT_HIGH_VALUE";
  CHECK(new_account);
  CHECK(review["fail_secure"] == false);
  CHECK(a.post("/api/v1/admin/fraud/reviews/" + review["id"].get<std::string>() + "/approve", json::object(), buyer).status == 403);
  Answer approved = a.post("/api/v1/admin/fraud/reviews/" + review["id"].get<std::string>() + "/approve", {{"note", "cliente verificado por teléfono"}}, admin);
  INFO(approved.raw);
  REQUIRE(approved.status == 200);
  CHECK(approved.data()["review_status"] == "approved");
  CHECK(approved.data()["payment_status"] == "APPROVED");
  CHECK(a.get("/api/v1/orders/" + o.data()["id"].get<std::string>(), buyer).data()["status"] == "confirmed");
  CHECK(sql_at(stub(), "SELECT COUNT(*) FROM commissions WHERE order_id = '" + o.data()["id"].get<std::string>() + "'") == "1");
  CHECK(a.post("/api/v1/admin/fraud/reviews/" + review["id"].get<std::string>() + "/approve", json::object(), admin).code() == "REVIEW_DECIDED");
  CHECK(audited(a, admin, "fraud.review_approved", "payment:" + held.data()["id"].get<std::string>()));
  CHECK(audited(a, admin, "payment.held_for_review", "payment:" + held.data()["id"].get<std::string>()));
}

TEST_CASE("an admin rejects a held payment: the order is cancelled and its stock released") {
  Api a(stub().url());
  const std::string buyer = new_buyer(a, "newbie");
  const json product = dear_product(a);
  const std::string pid = product["id"];
  const std::string before = sql_at(stub(), "SELECT stock_reserved FROM products WHERE id = '" + pid + "'");
  Answer o = place(a, buyer, {line(pid, 1)});
  Answer held = pay_card(a, buyer, o.data()["id"], kApproveCard);
  REQUIRE(held.data()["status"] == "REVIEW");
  const std::string admin = token_for(a, kAdmin);
  json review = review_of(a, admin, held.data()["id"]);
  REQUIRE(review.is_object());
  CHECK(a.post("/api/v1/admin/fraud/reviews/" + review["id"].get<std::string>() + "/reject", json::object(), admin).detail_type("reason") == "missing");
  Answer rejected = a.post("/api/v1/admin/fraud/reviews/" + review["id"].get<std::string>() + "/reject", {{"reason", "tarjeta reportada"}}, admin);
  INFO(rejected.raw);
  REQUIRE(rejected.status == 200);
  CHECK(rejected.data()["review_status"] == "rejected");
  CHECK(rejected.data()["payment_status"] == "REJECTED");
  json order = a.get("/api/v1/orders/" + o.data()["id"].get<std::string>(), buyer).data();
  CHECK(order["status"] == "cancelled");
  CHECK(sql_at(stub(), "SELECT stock_reserved FROM products WHERE id = '" + pid + "'") == before);
  CHECK(audited(a, admin, "fraud.review_rejected", "payment:" + held.data()["id"].get<std::string>()));
}

TEST_CASE("a duplicate payment scores critical and is declined, with an alert") {
  Api a(stub().url());
  const std::string buyer = new_buyer(a, "twice");
  json first = cheap_order(a, buyer), second = cheap_order(a, buyer);
  REQUIRE(first["total"] == second["total"]);
  CHECK(pay_card(a, buyer, first["id"], kApproveCard).data()["status"] == "APPROVED");
  Answer dup = pay_card(a, buyer, second["id"], kApproveCard);
  INFO(dup.raw);
  CHECK(dup.data()["status"] == "REJECTED");
  CHECK(dup.data()["fraud"]["level"] == "CRITICAL");
  CHECK(dup.data()["fraud"]["decision"] == "decline");
  CHECK(sql_at(stub(), "SELECT reasons LIKE '%DUPLICATE_TRANSACTION%' FROM fraud_assessments WHERE payment_id = '" +
                           dup.data()["id"].get<std::string>() + "'") == "1");
  Answer alerts = a.get("/api/v1/admin/fraud/alerts", token_for(a, kAdmin));
  bool found = false;
  for (const auto& al : alerts.data()) found |= al["payment_id"] == dup.data()["id"] && al["kind"] == "FRAUD_DECLINED";
  CHECK(found);
}

TEST_CASE("every payment's assessment is stored: score, level, reasons, decision") {
  Api a(stub().url());
  const std::string buyer = new_buyer(a, "plain");
  json order = cheap_order(a, buyer);
  Answer paid = pay_card(a, buyer, order["id"], kApproveCard);
  const std::string row = sql_at(stub(), "SELECT score || '|' || level || '|' || decision || '|' || review_status FROM fraud_assessments WHERE payment_id = '" +
                                             paid.data()["id"].get<std::string>() + "'");
  CHECK(row == std::to_string(paid.data()["fraud"]["score"].get<int>()) + "|LOW|allow|none");
}

TEST_CASE("fail-secure: with the scorer down a payment is held as HIGH risk, a critical alert raised and audited; approval confirms it") {
  StubProcess s(auth_stub_options({"--faults", "fraud_scorer_down"}));
  settle_clock(Api(s.url()));
  Api a(s.url());
  const std::string buyer = new_buyer(a, "failsafe");
  json order = cheap_order(a, buyer);
  Answer held = pay_card(a, buyer, order["id"], kApproveCard);
  INFO(held.raw);
  REQUIRE(held.status == 200);
  CHECK(held.data()["status"] == "REVIEW");
  CHECK(held.data()["fraud"]["level"] == "HIGH");
  CHECK(held.data()["fraud"]["decision"] == "review");
  CHECK(a.get("/api/v1/orders/" + order["id"].get<std::string>(), buyer).data()["payment_status"] == "in_review");

  const std::string admin = token_for(a, kAdmin);
  Answer alerts = a.get("/api/v1/admin/fraud/alerts", admin);
  REQUIRE(alerts.status == 200);
  REQUIRE(alerts.data().size() == 1);
  CHECK(alerts.data()[0]["severity"] == "critical");
  CHECK(alerts.data()[0]["kind"] == "SCORER_FAILURE");
  CHECK(alerts.data()[0]["payment_id"] == held.data()["id"]);
  CHECK(audited(a, admin, "fraud.fail_secure", "payment:" + held.data()["id"].get<std::string>()));
  json review = review_of(a, admin, held.data()["id"]);
  REQUIRE(review.is_object());
  CHECK(review["fail_secure"] == true);
  CHECK(review["reasons"][0]["code"] == "SCORER_ERROR");

  Answer approved = a.post("/api/v1/admin/fraud/reviews/" + review["id"].get<std::string>() + "/approve", json::object(), admin);
  REQUIRE(approved.status == 200);
  CHECK(a.get("/api/v1/orders/" + order["id"].get<std::string>(), buyer).data()["status"] == "confirmed");
  CHECK(sql_at(s, "SELECT COUNT(*) FROM commissions WHERE order_id = '" + order["id"].get<std::string>() + "'") == "1");
  CHECK(a.get("/api/v1/admin/fraud/alerts", admin).data().empty());  // resolved by the decision
}

TEST_CASE("fail-secure: a scorer that overruns its time budget holds the payment too (MESTORE_FAULTS)") {
  StubOptions o = auth_stub_options();
  o.env.push_back({"MESTORE_FAULTS", "fraud_scorer_slow"});
  StubProcess s(o);
  settle_clock(Api(s.url()));
  Api a(s.url());
  const std::string buyer = new_buyer(a, "slow");
  json order = cheap_order(a, buyer);
  Answer held = pay_card(a, buyer, order["id"], kApproveCard);
  INFO(held.raw);
  CHECK(held.data()["status"] == "REVIEW");
  CHECK(held.data()["fraud"]["level"] == "HIGH");
  CHECK(sql_at(s, "SELECT reasons LIKE '%SCORER_TIMEOUT%' FROM fraud_assessments WHERE payment_id = '" +
                      held.data()["id"].get<std::string>() + "'") == "1");
  CHECK(sql_at(s, "SELECT COUNT(*) FROM fraud_alerts WHERE severity = 'critical' AND status = 'open'") == "1");
}
