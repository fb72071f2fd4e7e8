// Orders waiting for payment give their stock back: an unpaid order is cancelled 72 hours after it
// was placed, an Efecty code expires 72 hours after it was issued (and cannot be paid late), a
// cash point paying a code in time confirms the order; paid orders and orders held for fraud
// review are never touched. Each test has its own stub: they move its clock by days. One more
// test runs the stub's timer for real: an order past its window is cancelled without anyone asking.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "client/format.hpp"
#include "client/wire/orders.hpp"
#include "money_helpers.hpp"

using namespace testsupport;

namespace {

constexpr long long kHour = 3600;

struct Shop {
  // No expiry timer: expiry happens only where a test makes it happen (clock moves, payments).
  StubProcess stub{auth_stub_options({"--expiry-sweep-seconds", "0"})};
  Api api{stub.url()};
  std::string email = unique_email("expiry");
  Shop() {
    settle_clock(api);
    register_buyer(api, email);
  }
  // Moving the clock by hours ends idle sessions too: sign in again after each move.
  std::string buyer() const { return login(api, email).access; }

  std::string sql(const std::string& q) const { return sql_at(stub, q); }
  long long available(const std::string& product) const {
    return std::stoll(sql("SELECT stock_quantity - stock_reserved FROM products WHERE id = '" + product + "'"));
  }
  // The reservation rule: reserved stock is exactly what live orders hold, for every product.
  std::string reservation_mismatches() const {
    return sql("SELECT COUNT(*) FROM products p WHERE p.stock_reserved != (SELECT COALESCE(SUM(oi.quantity), 0) FROM order_items oi"
               " JOIN orders o ON o.id = oi.order_id WHERE oi.product_id = p.id AND o.status IN ('pending','confirmed','processing'))");
  }
  json order(const std::string& buyer, const std::string& id) const { return api.get("/api/v1/orders/" + id, buyer).data(); }
  bool audited(const std::string& action, const std::string& target) const {
    return sql("SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "' AND target = '" + target + "'") == "1";
  }
  json product(int index) const {
    auto p = products(api, "min_price=20000&max_price=90000&sort_by=price");
    REQUIRE(p.size() > static_cast<std::size_t>(index));
    return p[static_cast<std::size_t>(index)];
  }
  json place_one(const std::string& buyer, const json& product, int quantity = 1) const {
    Answer r = place(api, buyer, {line(product["id"], quantity)});
    INFO(r.raw);
    REQUIRE(r.status == 201);
    return r.data();
  }
  Answer pay_cash(const std::string& buyer, const json& order) const {
    return api.post("/api/v1/payments/process", {{"order_id", order["id"]}, {"method", "EFECTY"}}, buyer, idem(fresh_key()));
  }
};

long long epoch(const json& iso) { return mestore::parse_iso8601(iso.get<std::string>()).value_or(0); }

}  // namespace

TEST_CASE("an unpaid order holds its stock for 72 hours, then it is cancelled and the stock is back") {
  Shop shop;
  std::string buyer = shop.buyer();
  const json product = shop.product(0);
  const long long before = shop.available(product["id"]);
  const json placed = shop.place_one(buyer, product, 2);
  const std::string id = placed["id"];
  CHECK(shop.available(product["id"]) == before - 2);
  REQUIRE(placed["payment_due_at"].is_string());
  CHECK(epoch(placed["payment_due_at"]) - epoch(placed["created_at"]) == 72 * kHour);

  Answer almost = advance_clock(shop.api, 71 * kHour);
  buyer = shop.buyer();
  CHECK(almost.data()["expired_orders"] == 0);
  CHECK(shop.order(buyer, id)["status"] == "pending");
  CHECK(shop.available(product["id"]) == before - 2);

  Answer past = advance_clock(shop.api, 2 * kHour);
  buyer = shop.buyer();
  INFO(past.raw);
  CHECK(past.data()["expired_orders"].get<int>() >= 1);
  const json expired = shop.order(buyer, id);
  CHECK(expired["status"] == "cancelled");
  CHECK(expired["payment_status"] == "void");
  CHECK(expired["cancel_reason"] == mestore::kPaymentWindowExpired);
  CHECK(expired["can_pay"] == false);
  CHECK(expired["payment_due_at"].is_null());
  CHECK(shop.available(product["id"]) == before);
  CHECK(shop.reservation_mismatches() == "0");
  CHECK(shop.audited("order.expired", "order:" + id));

  Answer late = pay_card(shop.api, buyer, id, kApproveCard);
  CHECK(late.status == 409);
  CHECK(late.code() == "ORDER_NOT_PAYABLE");
}

TEST_CASE("a payment arriving after the window closed, before any sweep, meets ORDER_EXPIRED and changes nothing else") {
  Shop shop;
  std::string buyer = shop.buyer();
  const json product = shop.product(1);
  const long long before = shop.available(product["id"]);
  const std::string id = shop.place_one(buyer, product)["id"];
  // As if it had been placed four days ago and the 30-second sweep had not come round yet (this
  // stub has no timer, so nothing else expires it first).
  shop.sql("UPDATE orders SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '-4 days') WHERE id = '" + id + "'");
  Answer late = pay_card(shop.api, buyer, id, kApproveCard);
  INFO(late.raw);
  CHECK(late.status == 409);
  CHECK(late.code() == "ORDER_EXPIRED");
  CHECK(shop.order(buyer, id)["status"] == "cancelled");
  CHECK(shop.available(product["id"]) == before);
  CHECK(shop.sql("SELECT COUNT(*) FROM payments WHERE order_id = '" + id + "'") == "0");  // no money taken
}

TEST_CASE("an Efecty code paid at a cash point in time confirms the order, once") {
  Shop shop;
  std::string buyer = shop.buyer();
  const json order = shop.place_one(buyer, shop.product(2));
  advance_clock(shop.api, 10 * kHour);  // the code is issued later than the order: its 72 h count from then
  buyer = shop.buyer();
  Answer cash = shop.pay_cash(buyer, order);
  INFO(cash.raw);
  REQUIRE(cash.status == 200);
  const std::string code = cash.data()["cash_code"];
  CHECK(shop.order(buyer, order["id"])["payment_due_at"] == cash.data()["cash_expires_at"]);

  advance_clock(shop.api, 70 * kHour);  // 80 h after the order, 70 h after the code: still alive
  buyer = shop.buyer();
  CHECK(shop.order(buyer, order["id"])["status"] == "pending");

  Answer paid = shop.api.post("/api/v1/dev/cash-payments", {{"cash_code", code}});
  INFO(paid.raw);
  REQUIRE(paid.status == 200);
  CHECK(paid.data()["status"] == "APPROVED");
  CHECK(paid.data()["amount"] == order["total"]);
  const json confirmed = shop.order(buyer, order["id"]);
  CHECK(confirmed["status"] == "confirmed");
  CHECK(confirmed["payment_status"] == "paid");
  CHECK(shop.sql("SELECT COUNT(*) FROM commissions WHERE order_id = '" + order["id"].get<std::string>() + "'") == "1");

  Answer again = shop.api.post("/api/v1/dev/cash-payments", {{"cash_code", code}});
  CHECK(again.status == 409);
  CHECK(again.code() == "CASH_CODE_NOT_PENDING");
  CHECK(shop.api.post("/api/v1/dev/cash-payments", {{"cash_code", "0000000000"}}).status == 404);
  CHECK(shop.api.post("/api/v1/dev/cash-payments", json::object()).detail_type("cash_code") == "missing");
  CHECK(shop.api.post("/api/v1/dev/cash-payments", {{"cash_code", code}, {"amount", 1}}).status == 422);
}

TEST_CASE("an Efecty code expires after 72 hours: the order is cancelled, the stock released, and the code cannot be paid late") {
  Shop shop;
  std::string buyer = shop.buyer();
  const json product = shop.product(3);
  const long long before = shop.available(product["id"]);
  const json order = shop.place_one(buyer, product);
  Answer cash = shop.pay_cash(buyer, order);
  REQUIRE(cash.status == 200);
  const std::string payment = cash.data()["id"];

  Answer past = advance_clock(shop.api, 73 * kHour);
  buyer = shop.buyer();
  INFO(past.raw);
  CHECK(past.data()["expired_cash_codes"].get<int>() >= 1);
  CHECK(shop.sql("SELECT status FROM payments WHERE id = '" + payment + "'") == "EXPIRED");
  CHECK(shop.audited("payment.expired", "payment:" + payment));
  const json expired = shop.order(buyer, order["id"]);
  CHECK(expired["status"] == "cancelled");
  CHECK(expired["cancel_reason"] == mestore::kPaymentWindowExpired);
  CHECK(shop.available(product["id"]) == before);

  Answer late = shop.api.post("/api/v1/dev/cash-payments", {{"cash_code", cash.data()["cash_code"]}});
  CHECK(late.status == 409);
  CHECK(late.code() == "CASH_CODE_EXPIRED");
  CHECK(shop.order(buyer, order["id"])["status"] == "cancelled");
  CHECK(shop.reservation_mismatches() == "0");
}

TEST_CASE("paid orders and orders held for fraud review never expire") {
  Shop shop;
  std::string buyer = shop.buyer();
  const json paid = shop.place_one(buyer, shop.product(4));
  REQUIRE(pay_card(shop.api, buyer, paid["id"], kApproveCard).data()["status"] == "APPROVED");
  REQUIRE(shop.api.send("PUT", "/api/v1/dev/faults", json{{"active", {"fraud_scorer_down"}}}).status == 200);
  const json held = shop.place_one(buyer, shop.product(6));
  REQUIRE(pay_card(shop.api, buyer, held["id"], kApproveCard).data()["status"] == "REVIEW");

  advance_clock(shop.api, 30 * 24 * kHour);
  buyer = shop.buyer();
  CHECK(shop.order(buyer, paid["id"])["status"] == "confirmed");
  const json still = shop.order(buyer, held["id"]);
  CHECK(still["status"] == "pending");
  CHECK(still["payment_status"] == "in_review");
  CHECK(shop.reservation_mismatches() == "0");
}

TEST_CASE("the timer expires an order nobody asks about") {
  StubProcess stub(auth_stub_options({"--expiry-sweep-seconds", "1"}));
  Api api(stub.url());
  settle_clock(api);
  const std::string email = unique_email("sweep");
  register_buyer(api, email);
  const std::string buyer = login(api, email).access;
  const auto listed = products(api, "min_price=20000&max_price=90000&sort_by=price");
  REQUIRE(!listed.empty());
  Answer r = place(api, buyer, {line(listed[0]["id"], 1)});
  REQUIRE(r.status == 201);
  const std::string id = r.data()["id"];
  sql_at(stub, "UPDATE orders SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '-4 days') WHERE id = '" + id + "'");
  std::string status;
  for (int i = 0; i < 100 && status != "cancelled"; ++i) {  // up to 10 s; the timer ticks every second
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    status = sql_at(stub, "SELECT status FROM orders WHERE id = '" + id + "'");
  }
  CHECK(status == "cancelled");
  CHECK(sql_at(stub, "SELECT cancel_reason FROM orders WHERE id = '" + id + "'") == mestore::kPaymentWindowExpired);
}
