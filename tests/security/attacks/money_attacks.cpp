// Price, quantity and amount tampering on the quote (the order and payment cases join when those
// endpoints land): the client may only name products and whole quantities; amounts it sends are
// refused by name, and the figures always come from the database.
#include "tally.hpp"
#include "target.hpp"

using namespace attacks;

namespace {

json first_product() {
  Answer a = api().get("/api/v1/products?size=1&in_stock=true");
  REQUIRE(a.status == 200);
  REQUIRE(!a.data().empty());
  return a.data()[0];
}

}  // namespace

TEST_CASE("client-sent prices and totals are refused, never used") {
  const json p = first_product();
  const std::string id = p["id"];
  for (const char* field : {"price", "unit_price", "total", "subtotal", "discount"}) {
    json line = {{"product_id", id}, {"quantity", 1}, {field, 1}};
    Answer a = api().post("/api/v1/orders/quote", {{"items", json::array({line})}});
    attempt("amount_tampering", std::string("line field ") + field, a.status == 422 && a.detail_type(std::string("items[0].") + field) != "");
  }
  for (const char* field : {"total", "shipping", "tax"}) {
    Answer a = api().post("/api/v1/orders/quote", {{"items", json::array({{{"product_id", id}, {"quantity", 1}}})}, {field, 0}});
    attempt("amount_tampering", std::string("body field ") + field, a.status == 422);
  }
  Answer honest = api().post("/api/v1/orders/quote", {{"items", json::array({{{"product_id", id}, {"quantity", 1}}})}});
  REQUIRE(honest.status == 200);
  attempt("amount_tampering", "quote priced from the database",
          honest.data()["lines"][0]["unit_price"] == p["price"]);
}

TEST_CASE("quantities other than a whole number within stock are refused") {
  const std::string id = first_product()["id"];
  const json bad[] = {0, -1, 1.5, "2", nullptr, 1e20, 9223372036854775807LL, -9223372036854775807LL - 1, 1000000, true};
  for (const json& q : bad) {
    Answer a = api().post("/api/v1/orders/quote", {{"items", json::array({{{"product_id", id}, {"quantity", q}}})}});
    const bool clear_refusal = a.status == 422 && a.detail_type("items[0].quantity") != "";
    // Over-stock quantities are quoted as unorderable lines rather than refused outright.
    const bool unorderable = a.status == 200 && a.data().value("orderable", true) == false;
    attempt("quantity_tampering", "quantity " + q.dump(), clear_refusal || unorderable);
  }
}
