// The back office's wire types: a round trip keeps every field, money stays integer pesos, and a
// decode error names the field by its full path.
#include <doctest/doctest.h>

#include "client/wire/backoffice.hpp"

using namespace mestore;

TEST_CASE("admin order rows, details and dashboards survive a JSON round trip") {
  AdminOrderDetail d;
  d.order.id = "o1";
  d.order.order_number = "ORD-20261204-AB12CD34";
  d.order.total = {1250000};
  d.order.items.push_back({"i1", "p1", "v1", "TEC-00001", "Audífonos", {129900}, 2, {259800}, "preparing"});
  d.buyer = {"u1", "camila@example.com", "Camila Rodríguez", "+573001234567"};
  d.events.push_back({std::nullopt, "pending", "2026-12-04T10:00:00Z", "u1", "order placed"});
  d.events.push_back({std::string("pending"), "confirmed", "2026-12-04T10:05:00Z", "u1", ""});
  d.allowed_next = {"processing", "cancelled"};
  AdminOrderDetail back;
  REQUIRE_FALSE(decode_text(json(d).dump(), back));
  CHECK(json(back) == json(d));
  CHECK_FALSE(back.events[0].from_status);
  CHECK(back.order.items[0].line_total == Cop{259800});

  AdminDashboard k;
  k.gmv = {98765432};
  k.daily.push_back({"2026-12-01", {0}, 0});
  k.top_vendors.push_back({"v1", "TecnoAndina", {5000000}, 12});
  k.orders_by_status.push_back({"delivered", 40});
  AdminDashboard k2;
  REQUIRE_FALSE(decode_text(json(k).dump(), k2));
  CHECK(json(k2) == json(k));

  VendorOrder v;
  v.items.push_back({});
  v.vendor_subtotal = {259800};
  VendorOrder v2;
  REQUIRE_FALSE(decode_text(json(v).dump(), v2));
  CHECK(json(v2) == json(v));
}

TEST_CASE("back-office decode errors name the field, and money refuses fractions") {
  AdminOrderRow row;
  auto err = decode_text(R"({"id":"o1","order_number":"ORD-20261204-AB12CD34","buyer_id":"u","buyer_name":"n","buyer_email":"e",
    "status":"pending","payment_status":"unpaid","total":1250000.5,"item_count":1,"created_at":"x"})", row);
  REQUIRE(err);
  CHECK(err->field == "total");

  AdminDashboard k;
  json j = AdminDashboard{};
  j["daily"] = json::array({{{"date", "2026-12-01"}, {"gmv", "mucho"}, {"orders", 1}}});
  err = decode_text(j.dump(), k);
  REQUIRE(err);
  CHECK(err->field == "daily[0].gmv");

  VendorDashboard vd;
  json v = VendorDashboard{};
  v.erase("earnings_due");
  err = decode_text(v.dump(), vd);
  REQUIRE(err);
  CHECK(err->field == "earnings_due");
  CHECK(err->problem == "missing");

  // Requests: the optional note is left out when empty.
  CHECK(json(OrderStatusRequest{"shipped", ""}).dump() == R"({"status":"shipped"})");
  CHECK(json(FulfilmentRequest{"ready_to_ship"}).dump() == R"({"status":"ready_to_ship"})");
}
