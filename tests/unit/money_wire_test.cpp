// Order, payment, fraud and commission wire types: they round-trip through to_json/from_json,
// decode strictly (integer pesos, required fields, typed nulls) and name the failing field.
#include <doctest/doctest.h>

#include "client/api_client.hpp"
#include "client/receipt.hpp"

using namespace mestore;

namespace {

Order sample_order() {
  Order o;
  o.id = "o1";
  o.order_number = "ORD-20261204-AB12CD34";
  o.status = "confirmed";
  o.payment_status = "paid";
  o.buyer_id = "u1";
  o.items.push_back({"i1", "p1", "v1", "TEC-1", "Audífonos", {129900}, 2, {259800}, "pending"});
  o.subtotal = {259800};
  o.iva = {49362};
  o.shipping = {0};
  o.total = {309162};
  o.shipping_address = {"Camila", "+573001234567", "", "Calle 85 # 11-53", "Bogotá", "Cundinamarca", ""};
  o.tracking = {std::string("SHIP-20261204101112-ZX90QW12"), "MeStore Envíos", {{"pending", "2026-12-04T15:00:00Z", "order placed"}}};
  o.created_at = o.updated_at = "2026-12-04T15:00:00Z";
  o.confirmed_at = "2026-12-04T15:01:00Z";
  return o;
}

template <class T>
std::optional<DecodeFailure> decode_json(const json& j, T& out) {
  return decode_text(j.dump(), out);
}

}  // namespace

TEST_CASE("an order round-trips and its amounts must be whole pesos") {
  const json j = sample_order();
  Order back;
  REQUIRE_FALSE(decode_json(j, back));
  CHECK(json(back) == j);
  CHECK(back.total == Cop{309162});
  CHECK(back.tracking.tracking_number == "SHIP-20261204101112-ZX90QW12");
  CHECK_FALSE(back.cancel_reason);

  json bad = j;
  bad["items"][0]["unit_price"] = 129900.5;
  auto e = decode_json(bad, back);
  REQUIRE(e);
  CHECK(e->field == "items[0].unit_price");
  bad = j;
  bad.erase("total");
  REQUIRE(decode_json(bad, back));
  CHECK(decode_json(bad, back)->field == "total");
  bad = j;
  bad["tracking"]["tracking_number"] = 12;
  CHECK(decode_json(bad, back)->field == "tracking.tracking_number");
  bad = j;
  bad["can_pay"] = "yes";
  CHECK(decode_json(bad, back)->field == "can_pay");
}

TEST_CASE("an order request carries no amounts, only ids, quantities and the address") {
  CreateOrderRequest r;
  r.items = {{"p1", 2}};
  r.shipping = {"Camila", "3001234567", "", "Calle 85 # 11-53", "Bogotá", "Cundinamarca", ""};
  const json j = r;
  CHECK(j.size() == 6);
  CHECK_FALSE(j.contains("total"));
  CHECK_FALSE(j["items"][0].contains("price"));
  CHECK_FALSE(j.contains("shipping_email"));
}

TEST_CASE("payments decode with their optional parts; a float amount or a missing status is refused") {
  Payment p;
  p.id = "pay1";
  p.order_id = "o1";
  p.method = "EFECTY";
  p.status = "PENDING";
  p.amount = {86700};
  p.reference = "SBX-ABC";
  p.cash_code = "1234567890";
  p.cash_expires_at = "2026-12-07T15:00:00Z";
  p.instructions = "Acércate a cualquier punto Efecty…";
  p.fraud = FraudSummary{20, "LOW", "allow"};
  p.order_status = "pending";
  p.payment_status = "awaiting_cash";
  p.created_at = "2026-12-04T15:00:00Z";
  const json j = p;
  Payment back;
  REQUIRE_FALSE(decode_json(j, back));
  CHECK(json(back) == j);
  CHECK(back.fraud->score == 20);
  CHECK_FALSE(back.card_brand);

  json bad = j;
  bad["amount"] = 86700.0;
  CHECK(decode_json(bad, back)->field == "amount");
  bad = j;
  bad.erase("status");
  CHECK(decode_json(bad, back)->field == "status");
  bad = j;
  bad["fraud"]["score"] = "20";
  CHECK(decode_json(bad, back)->field == "fraud.score");

  PaymentRequest card_req{"o1", "CARD", "tok_sandbox_1", 1, "", "", ""};
  CHECK(json(card_req) == json{{"order_id", "o1"}, {"method", "CARD"}, {"card_token", "tok_sandbox_1"}, {"installments", 1}});
  PaymentRequest pse_req{"o1", "PSE", "", 1, "1007", "CC", "1020304050"};
  CHECK_FALSE(json(pse_req).contains("card_token"));
}

TEST_CASE("payment methods, card tokens, fraud reviews, alerts and commissions decode strictly") {
  PaymentMethods m;
  REQUIRE_FALSE(decode_text(R"({"methods":[{"code":"CARD","name":"Tarjeta","min_amount":1000,"max_amount":100000000,
      "brands":["VISA"],"expires_in_hours":0}],"pse_banks":[{"code":"1007","name":"Bancolombia"}]})", m));
  CHECK(m.pse_banks[0].name == "Bancolombia");
  CHECK(decode_text(R"({"methods":[],"pse_banks":[{"code":1007,"name":"x"}]})", m)->field == "pse_banks[0].code");

  CardToken t;
  REQUIRE_FALSE(decode_text(R"({"token":"tok","brand":"VISA","last_four":"4242","exp_month":12,"exp_year":2031,"expires_at":"x"})", t));
  CHECK(decode_text(R"({"token":"tok","brand":"VISA","last_four":"4242","exp_month":"12","exp_year":2031,"expires_at":"x"})", t)->field ==
        "exp_month");

  FraudReview r;
  r.reasons.push_back({"SCORER_ERROR", 0, "fraud scorer unavailable"});
  r.fail_secure = true;
  const json rj = r;
  FraudReview rb;
  REQUIRE_FALSE(decode_json(rj, rb));
  CHECK(rb.fail_secure);
  json bad = rj;
  bad["reasons"][0].erase("code");
  CHECK(decode_json(bad, rb)->field == "reasons[0].code");

  FraudAlert a;
  a.payment_id = "pay1";
  FraudAlert ab;
  REQUIRE_FALSE(decode_json(json(a), ab));
  CHECK(ab.payment_id == "pay1");
  CHECK_FALSE(ab.order_id);

  Commission c;
  c.base = {100001};
  c.rate_basis_points = 500;
  c.commission_amount = c.platform_amount = {5000};
  c.vendor_amount = {95001};
  Commission cb;
  REQUIRE_FALSE(decode_json(json(c), cb));
  CHECK(cb.vendor_amount + cb.platform_amount == cb.base);
  json cbad = c;
  cbad["vendor_amount"] = nullptr;
  CHECK(decode_json(cbad, cb)->field == "vendor_amount");
  EarningsSummary s;
  CHECK(decode_text(R"({"commissions":1})", s)->field == "total_sales");
}

TEST_CASE("a page of orders decodes from the success envelope with its pagination") {
  json body = {{"status", "success"}, {"data", {sample_order()}},
               {"pagination", {{"page", 1}, {"size", 20}, {"total", 1}, {"total_pages", 1}, {"has_next", false}, {"has_prev", false}}}};
  HttpResponse r;
  r.status = 200;
  r.body = body.dump();
  Remote<Page<Order>> out;
  settle_from_response(r, out);
  REQUIRE(out.done());
  CHECK(out.value.items.size() == 1);
  CHECK(out.value.pagination.total == 1);
}
