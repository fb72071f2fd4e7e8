// POST /api/v1/orders/quote over real HTTP: the server prices carts from the database, refuses
// client-sent amounts and bad quantities by field path, and flags lines that cannot be sold.
#include <doctest/doctest.h>

#include "client/api_client.hpp"
#include "seeded_stub.hpp"

using namespace mestore;
using nlohmann::json;
using testsupport::get_json;
using testsupport::post_json;
using testsupport::seeded_stub;
using testsupport::sql;

namespace {

// Public products matching a query, e.g. "in_stock=true&max_price=50000".
std::vector<json> products(const std::string& query) {
  return get_json("/api/v1/products?size=100&" + query)["data"].get<std::vector<json>>();
}

json quote_ok(const json& body) {
  auto r = post_json("/api/v1/orders/quote", body.dump());
  REQUIRE(r);
  INFO(r->body);
  REQUIRE(r->status == 200);
  return json::parse(r->body)["data"];
}

// The 422's details as field → error_type.
std::map<std::string, std::string> refused(const std::string& body) {
  auto r = post_json("/api/v1/orders/quote", body);
  REQUIRE(r);
  INFO(body);
  INFO(r->body);
  REQUIRE(r->status == 422);
  json j = json::parse(r->body);
  CHECK(j["status"] == "error");
  std::map<std::string, std::string> out;
  for (const auto& d : j["details"]) out[d["field"]] = d["error_type"];
  return out;
}

json item(const json& product, std::int64_t quantity) { return {{"product_id", product["id"]}, {"quantity", quantity}}; }

std::int64_t iva_of(std::int64_t subtotal) { return (subtotal * 19 + 50) / 100; }

}  // namespace

TEST_CASE("a quote prices lines from the database: subtotal, IVA, shipping and total") {
  auto cheap = products("in_stock=true&max_price=60000&sort_by=price");
  REQUIRE(cheap.size() >= 2);
  const json& a = cheap[0];
  const json& b = cheap[1];
  REQUIRE(b["stock_available"].get<int>() >= 1);
  const std::int64_t qa = std::min(2, a["stock_available"].get<int>());
  json q = quote_ok({{"items", {item(a, qa), item(b, 1)}}});
  const std::int64_t subtotal = a["price"].get<std::int64_t>() * qa + b["price"].get<std::int64_t>();
  REQUIRE(subtotal < 200000);
  CHECK(q["subtotal"] == subtotal);
  CHECK(q["iva"] == iva_of(subtotal));
  CHECK(q["shipping"] == 15000);
  CHECK(q["total"] == subtotal + iva_of(subtotal) + 15000);
  CHECK(q["free_shipping_from"] == 200000);
  CHECK(q["iva_rate_percent"] == 19);
  CHECK(q["orderable"] == true);
  REQUIRE(q["lines"].size() == 2);
  CHECK(q["lines"][0]["product_id"] == a["id"]);
  CHECK(q["lines"][0]["sku"] == a["sku"]);
  CHECK(q["lines"][0]["name"] == a["name"]);
  CHECK(q["lines"][0]["unit_price"] == a["price"]);
  CHECK(q["lines"][0]["quantity"] == qa);
  CHECK(q["lines"][0]["line_total"] == a["price"].get<std::int64_t>() * qa);
  CHECK(q["lines"][0]["available"] == a["stock_available"]);
  CHECK(q["lines"][0]["problem"].is_null());

  // From 200 000 the shipping is free.
  auto dear = products("in_stock=true&min_price=200000&max_price=900000");
  REQUIRE_FALSE(dear.empty());
  json free = quote_ok({{"items", {item(dear[0], 1)}}});
  const std::int64_t price = dear[0]["price"];
  CHECK(free["shipping"] == 0);
  CHECK(free["total"] == price + iva_of(price));
}

TEST_CASE("a quote reserves nothing and the database price wins over the listing the client saw") {
  auto p = products("in_stock=true&min_price=10000&max_price=60000")[0];
  const std::string id = p["id"];
  const std::string before = sql("SELECT stock_quantity || '/' || stock_reserved FROM products WHERE id = '" + id + "'");
  quote_ok({{"items", {item(p, 1)}}});
  quote_ok({{"items", {item(p, 1)}}});
  CHECK(sql("SELECT stock_quantity || '/' || stock_reserved FROM products WHERE id = '" + id + "'") == before);

  // The price changes behind the client's back: the quote follows the database.
  const std::string old_price = sql("SELECT price FROM products WHERE id = '" + id + "'");
  sql("UPDATE products SET price = price + 1000 WHERE id = '" + id + "'");
  json q = quote_ok({{"items", {item(p, 1)}}});
  CHECK(q["lines"][0]["unit_price"] == std::stoll(old_price) + 1000);
  sql("UPDATE products SET price = " + old_price + " WHERE id = '" + id + "'");
}

TEST_CASE("client-sent prices and totals are refused, naming each field") {
  auto p = products("in_stock=true")[0];
  const std::string id = p["id"];
  auto d = refused(R"({"items":[{"product_id":")" + id + R"(","quantity":1,"price":1}],"total":1,"subtotal":1})");
  CHECK(d["items[0].price"] == "unknown_field");
  CHECK(d["total"] == "unknown_field");
  CHECK(d["subtotal"] == "unknown_field");
  d = refused(R"({"items":[{"product_id":")" + id + R"(","quantity":1,"unit_price":100,"line_total":100}],"shipping":0,"iva":0})");
  CHECK(d.count("items[0].unit_price"));
  CHECK(d.count("items[0].line_total"));
  CHECK(d.count("shipping"));
  CHECK(d.count("iva"));
}

TEST_CASE("zero, negative, fractional, textual and huge quantities are refused with their path") {
  auto p = products("in_stock=true");
  REQUIRE(p.size() >= 3);
  const std::string a = p[0]["id"], b = p[1]["id"], c = p[2]["id"];
  auto one = [&](const std::string& quantity) {
    return refused(R"({"items":[{"product_id":")" + a + R"(","quantity":1},{"product_id":")" + b +
                   R"(","quantity":1},{"product_id":")" + c + R"(","quantity":)" + quantity + "}]}");
  };
  CHECK(one("0")["items[2].quantity"] == "range_error");
  CHECK(one("-1")["items[2].quantity"] == "range_error");
  CHECK(one("1.5")["items[2].quantity"] == "type_error");
  CHECK(one("2.0")["items[2].quantity"] == "type_error");
  CHECK(one("\"3\"")["items[2].quantity"] == "type_error");
  CHECK(one("null")["items[2].quantity"] == "type_error");
  CHECK(one("1000001")["items[2].quantity"] == "range_error");
  CHECK(one("9223372036854775807")["items[2].quantity"] == "range_error");
  CHECK(one("18446744073709551616")["items[2].quantity"] == "range_error");
  CHECK(one("1e300")["items[2].quantity"] == "range_error");
  // Beyond a double the JSON itself does not parse: still a 422, just without a field.
  CHECK(post_json("/api/v1/orders/quote", R"({"items":[{"product_id":"x","quantity":1e400}]})")->status == 422);
  CHECK(one("-9223372036854775808")["items[2].quantity"] == "range_error");
}

TEST_CASE("asking for more than is available is a 422 on that line's quantity") {
  auto low = products("in_stock=true&sort_by=price");
  json few;
  for (const auto& p : low)
    if (p["stock_available"].get<int>() <= 5) few = p;
  REQUIRE(few.is_object());
  const int available = few["stock_available"];
  auto other = products("in_stock=true&min_price=10000")[0];
  auto r = post_json("/api/v1/orders/quote", json{{"items", {item(other, 1), item(few, available + 1)}}}.dump());
  REQUIRE(r);
  REQUIRE(r->status == 422);
  json j = json::parse(r->body);
  REQUIRE(j["details"].size() == 1);
  CHECK(j["details"][0]["field"] == "items[1].quantity");
  CHECK(j["details"][0]["error_type"] == "INSUFFICIENT_STOCK");
  CHECK(j["details"][0]["message"] == "only " + std::to_string(available) + " available");
  // Exactly what is available is fine.
  CHECK(quote_ok({{"items", {item(few, available)}}})["orderable"] == true);
}

TEST_CASE("unknown, sold-out and unapproved products are line problems and the cart is not orderable") {
  auto ok = products("in_stock=true&min_price=10000")[0];
  std::string sold_out;
  for (const auto& p : products("sort_by=price"))
    if (p["stock_available"].get<int>() == 0) sold_out = p["id"];
  if (sold_out.empty()) sold_out = sql("SELECT id FROM products WHERE status='APPROVED' AND stock_quantity = stock_reserved LIMIT 1");
  REQUIRE_FALSE(sold_out.empty());
  const std::string pending = sql("SELECT id FROM products WHERE status='PENDING' LIMIT 1");
  const std::string draft = sql("SELECT id FROM products WHERE status IN ('DRAFT','REJECTED') LIMIT 1");
  REQUIRE_FALSE(pending.empty());
  REQUIRE_FALSE(draft.empty());

  json q = quote_ok({{"items",
                      {item(ok, 1), {{"product_id", "00000000-0000-4000-8000-000000000000"}, {"quantity", 1}},
                       {{"product_id", sold_out}, {"quantity", 1}}, {{"product_id", pending}, {"quantity", 1}},
                       {{"product_id", draft}, {"quantity", 1}}}}});
  const auto& lines = q["lines"];
  REQUIRE(lines.size() == 5);
  CHECK(lines[0]["problem"].is_null());
  CHECK(lines[1]["problem"] == "NOT_FOUND");
  CHECK(lines[2]["problem"] == "UNAVAILABLE");
  CHECK(lines[2]["available"] == 0);
  CHECK(lines[3]["problem"] == "UNAVAILABLE");
  CHECK(lines[3]["unit_price"] == 0);  // an unapproved price is not public
  CHECK(lines[4]["problem"] == "NOT_FOUND");
  CHECK(lines[4]["name"] == "");       // a never-public product reveals nothing
  for (std::size_t i = 1; i < 5; ++i) CHECK(lines[i]["line_total"] == 0);
  // Totals cover the orderable line only.
  const std::int64_t price = ok["price"];
  CHECK(q["subtotal"] == price);
  CHECK(q["orderable"] == false);

  json nothing = quote_ok({{"items", {{{"product_id", "missing"}, {"quantity", 1}}}}});
  CHECK(nothing["total"] == 0);
  CHECK(nothing["shipping"] == 0);
  CHECK(nothing["orderable"] == false);
}

TEST_CASE("the item list: 1 to 100 lines, no duplicates, JSON only") {
  auto p = products("in_stock=true")[0];
  CHECK(refused(R"({"items":[]})")["items"] == "length_error");
  CHECK(refused(R"({})")["items"] == "missing");
  CHECK(refused(R"({"items":"all"})")["items"] == "type_error");
  json many = {{"items", json::array()}};
  for (int i = 0; i < 101; ++i) many["items"].push_back({{"product_id", std::to_string(i) + "-x"}, {"quantity", 1}});
  CHECK(refused(many.dump())["items"] == "length_error");
  CHECK(refused(json{{"items", {item(p, 1), item(p, 1)}}}.dump())["items[1].product_id"] == "duplicate_error");

  httplib::Client c(seeded_stub().url());
  auto text = c.Post("/api/v1/orders/quote", json{{"items", {item(p, 1)}}}.dump(), "text/plain");
  CHECK(text->status == 415);
  auto broken = c.Post("/api/v1/orders/quote", "{\"items\":[", "application/json");
  CHECK(broken->status == 422);
  CHECK(json::parse(broken->body)["error_code"] == "MALFORMED_JSON");
  CHECK(c.Get("/api/v1/orders/quote")->status == 405);
}

TEST_CASE("the typed client gets a server-priced Quote") {
  auto api = ApiClient(make_default_transport(seeded_stub().url()));
  auto p = products("in_stock=true&min_price=100000&max_price=150000");
  REQUIRE_FALSE(p.empty());
  QuoteRequest req;
  req.items.push_back({p[0]["id"], 1});
  auto h = api.quote(req);
  REQUIRE(api.wait(h));
  REQUIRE(h->done());
  const Quote& q = h->value;
  REQUIRE(q.lines.size() == 1);
  CHECK(q.lines[0].unit_price.pesos == p[0]["price"].get<std::int64_t>());
  CHECK_FALSE(q.lines[0].problem);
  CHECK(q.total == q.subtotal + q.iva + q.shipping);
  CHECK(q.orderable);

  req.items[0].quantity = 0;
  auto bad = api.quote(req);
  REQUIRE(api.wait(bad));
  REQUIRE(bad->failed());
  CHECK(bad->error.http_status == 422);
  CHECK_FALSE(bad->error.field_message("items[0].quantity").empty());
}
