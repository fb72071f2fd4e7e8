// POST/GET /api/v1/orders over real HTTP: server prices, stock reserved in the same transaction
// (no oversell under concurrency), strict quantities and addresses, Idempotency-Key replay and
// conflict, and another buyer's order invisible.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <regex>
#include <thread>

#include "money_helpers.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  static bool settled = (settle_clock(Api(s.url())), true);
  (void)settled;
  return s;
}
Api api() { return Api(stub().url()); }
std::string sql(const std::string& q) { return sql_at(stub(), q); }

// "quantity/reserved" of a product.
std::string stock_of(const std::string& id) {
  return sql("SELECT stock_quantity || '/' || stock_reserved FROM products WHERE id = '" + id + "'");
}
long long available(const std::string& id) {
  return std::stoll(sql("SELECT stock_quantity - stock_reserved FROM products WHERE id = '" + id + "'"));
}

json cheap_product(int index = 0) {
  auto p = products(api(), "min_price=5000&max_price=60000&sort_by=price");
  REQUIRE(p.size() > static_cast<std::size_t>(index));
  return p[static_cast<std::size_t>(index)];
}

// field → error_type of a 422.
std::map<std::string, std::string> refused(const Answer& a) {
  INFO(a.raw);
  REQUIRE(a.status == 422);
  std::map<std::string, std::string> out;
  for (const auto& d : a.body["details"]) out[d["field"]] = d["error_type"];
  return out;
}

}  // namespace

TEST_CASE("an order is priced from the database, reserves its stock and gets MeStore's numbers") {
  const std::string buyer = new_buyer(api());
  json a = cheap_product(0), b = cheap_product(1);
  const std::string before_a = stock_of(a["id"]);
  Answer r = place(api(), buyer, {line(a["id"], 2), line(b["id"], 1)});
  INFO(r.raw);
  REQUIRE(r.status == 201);
  const json o = r.data();
  const long long subtotal = a["price"].get<long long>() * 2 + b["price"].get<long long>();
  const long long iva = (subtotal * 19 + 50) / 100;
  const long long shipping = subtotal >= 200000 ? 0 : 15000;
  CHECK(o["subtotal"] == subtotal);
  CHECK(o["iva"] == iva);
  CHECK(o["shipping"] == shipping);
  CHECK(o["total"] == subtotal + iva + shipping);
  CHECK(o["status"] == "pending");
  CHECK(o["payment_status"] == "unpaid");
  CHECK(o["can_pay"] == true);
  CHECK(o["can_cancel"] == true);
  CHECK(std::regex_match(o["order_number"].get<std::string>(), std::regex(R"(^ORD-\d{8}-[A-Z0-9]{8}$)")));
  CHECK(o["tracking"]["tracking_number"].is_null());
  REQUIRE(o["tracking"]["events"].size() == 1);
  CHECK(o["tracking"]["events"][0]["status"] == "pending");
  REQUIRE(o["items"].size() == 2);
  CHECK(o["items"][0]["unit_price"] == a["price"]);
  CHECK(o["items"][0]["line_total"] == a["price"].get<long long>() * 2);
  CHECK(o["shipping_city"] == "Bogotá");
  // Reserved, not yet taken: quantity unchanged, reserved up by 2.
  const auto slash = before_a.find('/');
  CHECK(stock_of(a["id"]) == before_a.substr(0, slash) + "/" + std::to_string(std::stoll(before_a.substr(slash + 1)) + 2));

  Answer again = api().get("/api/v1/orders/" + o["id"].get<std::string>(), buyer);
  REQUIRE(again.status == 200);
  CHECK(again.data() == o);
  Answer tracking = api().get("/api/v1/orders/" + o["id"].get<std::string>() + "/tracking", buyer);
  CHECK(tracking.status == 200);
  CHECK(tracking.data()["carrier"] == "MeStore Envíos");
}

TEST_CASE("client-sent prices and totals are refused by name and never reach an amount") {
  const std::string buyer = new_buyer(api());
  json p = cheap_product(2);
  json body = order_body({{{"product_id", p["id"]}, {"quantity", 1}, {"price", 1}, {"unit_price", 1}}});
  body["total"] = 1;
  body["subtotal"] = 1;
  body["shipping"] = 0;
  const std::string count_before = sql("SELECT COUNT(*) FROM orders");
  auto d = refused(api().post("/api/v1/orders", body, buyer, idem(fresh_key())));
  CHECK(d["items[0].price"] == "unknown_field");
  CHECK(d["items[0].unit_price"] == "unknown_field");
  CHECK(d["total"] == "unknown_field");
  CHECK(d["subtotal"] == "unknown_field");
  CHECK(d["shipping"] == "unknown_field");
  CHECK(sql("SELECT COUNT(*) FROM orders") == count_before);

  // The price changes after the client saw the listing: the order charges the database's price.
  const std::string id = p["id"];
  const long long old_price = p["price"];
  sql("UPDATE products SET price = " + std::to_string(old_price + 1000) + " WHERE id = '" + id + "'");
  Answer r = place(api(), buyer, {line(id, 1)});
  sql("UPDATE products SET price = " + std::to_string(old_price) + " WHERE id = '" + id + "'");
  REQUIRE(r.status == 201);
  CHECK(r.data()["items"][0]["unit_price"] == old_price + 1000);
  CHECK(r.data()["subtotal"] == old_price + 1000);
}

TEST_CASE("zero, negative, fractional, textual, huge and over-stock quantities are refused with a field error") {
  const std::string buyer = new_buyer(api());
  json p = cheap_product(3);
  const std::string id = p["id"];
  const std::string before = stock_of(id);
  auto one = [&](const json& quantity) {
    return refused(api().post("/api/v1/orders", order_body({{{"product_id", id}, {"quantity", quantity}}}), buyer, idem(fresh_key())));
  };
  CHECK(one(0)["items[0].quantity"] == "range_error");
  CHECK(one(-3)["items[0].quantity"] == "range_error");
  CHECK(one(1.5)["items[0].quantity"] == "type_error");
  CHECK(one(2.0)["items[0].quantity"] == "type_error");
  CHECK(one("2")["items[0].quantity"] == "type_error");
  CHECK(one(nullptr)["items[0].quantity"] == "type_error");
  CHECK(one(9223372036854775807LL)["items[0].quantity"] == "range_error");
  CHECK(one(1e300)["items[0].quantity"] == "range_error");
  CHECK(one(available(id) + 1)["items[0].quantity"] == "INSUFFICIENT_STOCK");
  CHECK(refused(place(api(), buyer, {line("00000000-0000-4000-8000-000000000000", 1)}))["items[0].product_id"] == "NOT_FOUND");
  CHECK(stock_of(id) == before);
}

TEST_CASE("the shipping address is checked field by field") {
  const std::string buyer = new_buyer(api());
  json body = order_body({line(cheap_product(0)["id"], 1)});
  body["shipping_phone"] = "12345";
  body["shipping_address"] = "x";
  body.erase("shipping_city");
  body["shipping_name"] = "";
  body["shipping_email"] = "no-at-sign";
  auto d = refused(api().post("/api/v1/orders", body, buyer, idem(fresh_key())));
  CHECK(d["shipping_phone"] == "value_error");
  CHECK(d["shipping_address"] == "too_short");
  CHECK(d["shipping_city"] == "missing");
  CHECK(d.count("shipping_name"));
  CHECK(d["shipping_email"] == "value_error");
}

TEST_CASE("another buyer's order is invisible: read, tracking, cancel and list all say 404 or nothing") {
  const std::string owner = new_buyer(api()), other = new_buyer(api());
  Answer r = place(api(), owner, {line(cheap_product(0)["id"], 1)});
  REQUIRE(r.status == 201);
  const std::string id = r.data()["id"];
  CHECK(api().get("/api/v1/orders/" + id, other).status == 404);
  CHECK(api().get("/api/v1/orders/" + id + "/tracking", other).status == 404);
  CHECK(api().get("/api/v1/orders/" + id + "/receipt", other).status == 404);
  CHECK(api().get("/api/v1/payments/status/order/" + id, other).status == 404);
  CHECK(api().post("/api/v1/orders/" + id + "/cancel", {{"reason", "no es mío"}}, other).status == 404);
  CHECK(api().get("/api/v1/orders", other).body["pagination"]["total"] == 0);
  Answer mine = api().get("/api/v1/orders?size=5", owner);
  REQUIRE(mine.status == 200);
  CHECK(mine.body["pagination"]["total"] == 1);
  CHECK(mine.data()[0]["id"] == id);
  CHECK(api().get("/api/v1/orders/" + id, owner).data()["status"] == "pending");
}

TEST_CASE("an Idempotency-Key replays the same order, refuses another body, and is required") {
  const std::string buyer = new_buyer(api());
  json p = cheap_product(1);
  const std::string key = fresh_key();
  const long long before = available(p["id"]);
  Answer first = place(api(), buyer, {line(p["id"], 1)}, key);
  Answer second = place(api(), buyer, {line(p["id"], 1)}, key);
  REQUIRE(first.status == 201);
  CHECK(second.status == 201);
  CHECK(second.raw == first.raw);
  CHECK(second.header("Idempotent-Replayed") == "true");
  CHECK(available(p["id"]) == before - 1);

  Answer other = place(api(), buyer, {line(p["id"], 2)}, key);
  CHECK(other.status == 422);
  CHECK(other.code() == "IDEMPOTENCY_KEY_REUSED");
  Answer none = api().post("/api/v1/orders", order_body({line(p["id"], 1)}), buyer);
  CHECK(none.status == 422);
  CHECK(none.code() == "IDEMPOTENCY_KEY_REQUIRED");
  CHECK(none.detail_type("Idempotency-Key") == "missing");
  // Keys belong to their user: another buyer's same key is a new order.
  const std::string other_buyer = new_buyer(api());
  Answer theirs = place(api(), other_buyer, {line(p["id"], 1)}, key);
  CHECK(theirs.status == 201);
  CHECK(theirs.data()["id"] != first.data()["id"]);
  CHECK(sql("SELECT COUNT(*) FROM orders o JOIN order_items i ON i.order_id = o.id WHERE i.product_id = '" +
            p["id"].get<std::string>() + "' AND o.id IN ('" + first.data()["id"].get<std::string>() + "','" +
            theirs.data()["id"].get<std::string>() + "')") == "2");
}

TEST_CASE("a request whose key is still in flight gets 409; an abandoned claim is taken over") {
  const std::string buyer = new_buyer(api());
  Answer me = api().get("/api/v1/auth/me", buyer);
  const std::string user_id = me.data()["id"];
  json p = cheap_product(0);
  const std::string key = fresh_key();
  const std::string now = advance_clock(api(), 0).data()["now"];
  // A claim made a moment ago by a request that is still working (as the server would write it).
  sql("INSERT INTO idempotency_keys(user_id, endpoint, idem_key, request_hash, state, created_at) VALUES ('" + user_id +
      "', 'POST /api/v1/orders', '" + key + "', 'x', 'in_flight', CAST(strftime('%s','" + now + "') AS INTEGER))");
  Answer busy = place(api(), buyer, {line(p["id"], 1)}, key);
  CHECK(busy.status == 409);
  CHECK(busy.code() == "IDEMPOTENCY_IN_PROGRESS");
  CHECK(busy.header("Retry-After") == "1");

  // Concurrent duplicates: one order, every answer either that order or a 409.
  const std::string key2 = fresh_key();
  std::vector<Answer> answers(8);
  std::vector<std::thread> threads;
  for (auto& a : answers) threads.emplace_back([&, ptr = &a] { *ptr = place(api(), buyer, {line(p["id"], 1)}, key2); });
  for (auto& t : threads) t.join();
  std::set<std::string> ids;
  for (const auto& a : answers) {
    CHECK((a.status == 201 || a.status == 409));
    if (a.status == 201) ids.insert(a.data()["id"]);
  }
  CHECK(ids.size() == 1);
  CHECK(sql("SELECT COUNT(*) FROM orders WHERE buyer_id = '" + user_id + "'") == "1");
}

TEST_CASE("50 concurrent orders for the last 10 units: exactly 10 succeed and none is left") {
  json p = cheap_product(4);
  const std::string id = p["id"];
  sql("UPDATE products SET stock_quantity = stock_reserved + 10 WHERE id = '" + id + "'");
  REQUIRE(available(id) == 10);
  std::vector<std::string> buyers;
  for (int i = 0; i < 5; ++i) buyers.push_back(new_buyer(api(), "rush"));
  std::atomic<int> created{0}, refused_stock{0};
  std::mutex others_lock;
  std::vector<std::string> others;  // what a loser got when it was not a clean stock refusal
  std::vector<std::thread> threads;
  for (int i = 0; i < 50; ++i)
    threads.emplace_back([&, i] {
      Answer a = place(api(), buyers[static_cast<std::size_t>(i % 5)], {line(id, 1)});
      if (a.status == 201) ++created;
      else if (a.status == 422 && (a.detail_type("items[0].quantity") == "INSUFFICIENT_STOCK" || a.detail_type("items[0].quantity") == "SOLD_OUT"))
        ++refused_stock;
      else {
        std::lock_guard<std::mutex> hold(others_lock);
        others.push_back(std::to_string(a.status) + " " + a.raw);
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& o : others) MESSAGE(o);
  CHECK(created == 10);
  CHECK(refused_stock == 40);
  CHECK(others.empty());
  CHECK(available(id) == 0);
  CHECK(sql("SELECT stock_reserved FROM products WHERE id = '" + id + "'") ==
        sql("SELECT SUM(i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.product_id = '" + id +
            "' AND o.status IN ('pending','confirmed','processing')"));
}

TEST_CASE("a buyer cancels a pending order, releasing its stock; cancelling twice is refused") {
  const std::string buyer = new_buyer(api());
  json p = cheap_product(2);
  const long long before = available(p["id"]);
  Answer r = place(api(), buyer, {line(p["id"], 2)});
  REQUIRE(r.status == 201);
  const std::string id = r.data()["id"];
  CHECK(available(p["id"]) == before - 2);
  CHECK(api().post("/api/v1/orders/" + id + "/cancel", json::object(), buyer).detail_type("reason") == "missing");
  Answer c = api().post("/api/v1/orders/" + id + "/cancel", {{"reason", "me equivoqué de talla"}}, buyer);
  INFO(c.raw);
  REQUIRE(c.status == 200);
  CHECK(c.data()["status"] == "cancelled");
  CHECK(c.data()["payment_status"] == "void");
  CHECK(c.data()["cancel_reason"] == "me equivoqué de talla");
  CHECK(c.data()["can_cancel"] == false);
  CHECK(c.data()["tracking"]["events"].size() == 2);
  CHECK(available(p["id"]) == before);
  Answer again = api().post("/api/v1/orders/" + id + "/cancel", {{"reason", "otra vez"}}, buyer);
  CHECK(again.status == 409);
  CHECK(again.code() == "INVALID_TRANSITION");
  CHECK(available(p["id"]) == before);
  Answer audit = api().get("/api/v1/admin/audit-log?action=order.status_changed&size=50", token_for(api(), kAdmin));
  bool found = false;
  for (const auto& e : audit.data()) found |= e["target"] == "order:" + id && e["details"]["to"] == "cancelled";
  CHECK(found);
}

TEST_CASE("every order, payment, fraud, commission, receipt and back-office route is in /openapi.json, and every $ref resolves") {
  Answer doc = api().get("/openapi.json");
  REQUIRE(doc.status == 200);
  for (const char* path :
       {"/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/{id}/cancel", "/api/v1/orders/{id}/tracking",
        "/api/v1/orders/{id}/receipt", "/sandbox-gateway/v1/tokens", "/api/v1/payments/process",
        "/api/v1/payments/status/order/{id}", "/api/v1/payments/methods", "/api/v1/admin/fraud/reviews",
        "/api/v1/admin/fraud/reviews/{id}/approve", "/api/v1/admin/fraud/reviews/{id}/reject", "/api/v1/admin/fraud/alerts",
        "/api/v1/vendors/me/commissions", "/api/v1/vendors/me/commissions/summary", "/api/v1/vendors/me/commissions/export.csv",
        "/api/v1/vendors/me/commissions/{id}", "/api/v1/admin/commissions", "/api/v1/admin/commissions/export.csv",
        "/api/v1/admin/commissions/{id}/approve", "/api/v1/admin/orders", "/api/v1/admin/orders/{id}",
        "/api/v1/admin/orders/{id}/status", "/api/v1/vendors/me/orders", "/api/v1/vendors/me/orders/{order_id}",
        "/api/v1/vendors/me/orders/{order_id}/items/{item_id}/fulfilment", "/api/v1/vendors/me/dashboard",
        "/api/v1/admin/dashboard", "/api/v1/admin/dashboard/kpis"}) {
    INFO(path);
    CHECK(doc.body["paths"].contains(path));
  }
  const std::string text = doc.body.dump();
  for (std::size_t at = 0; (at = text.find("#/components/schemas/", at)) != std::string::npos;) {
    at += 21;
    const std::string name = text.substr(at, text.find('"', at) - at);
    INFO(name);
    CHECK(doc.body["components"]["schemas"].contains(name));
  }
  // The path belongs to its most literal route: GET on the quote is 405, not an order called "quote".
  CHECK(api().get("/api/v1/orders/quote").status == 405);
}
