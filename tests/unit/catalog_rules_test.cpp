// The catalog's and the quote's pure parts: category roll-ups and tree building, strict
// parsing of order items.
#include <doctest/doctest.h>

#include "catalog/category_tree.hpp"
#include "http/api_failure.hpp"
#include "orders/quote_request.hpp"

using mestore::Category;
using nlohmann::json;

namespace {

std::vector<Category> sample() {
  return {{"t", "tecnologia", "Tecnología", std::nullopt, 0}, {"c", "celulares", "Celulares", "t", 0},
          {"a", "audio", "Audio", "t", 0},                    {"f", "fundas", "Fundas", "c", 0},
          {"h", "hogar", "Hogar", std::nullopt, 0}};
}

std::vector<mestore::FieldError> refusal(const json& body) {
  try {
    stub::orders::parse_order_items(body);
  } catch (const stub::ApiFailure& f) {
    CHECK(f.status == 422);
    return f.details;
  }
  FAIL("accepted: " << body.dump());
  return {};
}

bool names(const std::vector<mestore::FieldError>& details, const std::string& field, const std::string& type = "") {
  for (const auto& d : details)
    if (d.field == field && (type.empty() || d.error_type == type)) return true;
  return false;
}

}  // namespace

TEST_CASE("category counts roll up to every ancestor") {
  auto flat = stub::catalog::with_rolled_up_counts(sample(), {{"f", 3}, {"c", 2}, {"a", 1}, {"h", 4}, {"ghost", 9}});
  std::map<std::string, int> count;
  for (const auto& c : flat) count[c.id] = c.product_count;
  CHECK(count["f"] == 3);
  CHECK(count["c"] == 5);
  CHECK(count["a"] == 1);
  CHECK(count["t"] == 6);
  CHECK(count["h"] == 4);
}

TEST_CASE("the category tree nests children in order and survives orphans and cycles") {
  auto tree = stub::catalog::build_tree(sample());
  REQUIRE(tree.size() == 2);
  CHECK(tree[0].slug == "tecnologia");
  REQUIRE(tree[0].children.size() == 2);
  CHECK(tree[0].children[0].slug == "celulares");
  REQUIRE(tree[0].children[0].children.size() == 1);
  CHECK(tree[0].children[0].children[0].slug == "fundas");
  CHECK(tree[1].children.empty());

  std::vector<Category> odd = {{"x", "x", "X", "y", 0}, {"y", "y", "Y", "x", 0}, {"o", "o", "Orphan", "missing", 0}};
  auto t = stub::catalog::build_tree(odd);
  CHECK(t.size() == 1);  // the orphan; the x↔y cycle has no root and is left out rather than looping
  auto counts = stub::catalog::with_rolled_up_counts(odd, {{"x", 1}});
  CHECK(counts[0].product_count == 1);
}

TEST_CASE("one category by id or slug, with its subtree and its ancestors") {
  auto d = stub::catalog::find_category(sample(), "celulares");
  REQUIRE(d);
  CHECK(d->id == "c");
  REQUIRE(d->children.size() == 1);
  REQUIRE(d->ancestors.size() == 1);
  CHECK(d->ancestors[0].slug == "tecnologia");
  auto deep = stub::catalog::find_category(sample(), "f");
  REQUIRE(deep);
  REQUIRE(deep->ancestors.size() == 2);
  CHECK(deep->ancestors[0].id == "t");
  CHECK(deep->ancestors[1].id == "c");
  CHECK_FALSE(stub::catalog::find_category(sample(), "nope"));
}

TEST_CASE("order items parse when they are exactly product ids and whole quantities") {
  auto lines = stub::orders::parse_order_items(json::parse(R"({"items":[{"product_id":"p1","quantity":2},{"product_id":"p2","quantity":1000000}]})"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].product_id == "p1");
  CHECK(lines[0].quantity == 2);
  CHECK(lines[1].quantity == 1000000);
}

TEST_CASE("client-sent prices and totals are refused with their field path") {
  auto d = refusal(json::parse(R"({"items":[{"product_id":"p1","quantity":1,"unit_price":1}],"total":1,"coupon":"x"})"));
  CHECK(names(d, "items[0].unit_price", "unknown_field"));
  CHECK(names(d, "total", "unknown_field"));
  CHECK(names(d, "coupon", "unknown_field"));
}

TEST_CASE("zero, negative, fractional, textual, huge and missing quantities are refused by path") {
  auto d = refusal(json::parse(R"({"items":[
      {"product_id":"a","quantity":0}, {"product_id":"b","quantity":-3}, {"product_id":"c","quantity":1.5},
      {"product_id":"d","quantity":"2"}, {"product_id":"e","quantity":2.0}, {"product_id":"f","quantity":1000001},
      {"product_id":"g","quantity":18446744073709551615}, {"product_id":"h","quantity":1e300}, {"product_id":"i"},
      {"product_id":"j","quantity":true}, {"product_id":"k","quantity":null}]})"));
  CHECK(names(d, "items[0].quantity", "range_error"));
  CHECK(names(d, "items[1].quantity", "range_error"));
  CHECK(names(d, "items[2].quantity", "type_error"));
  CHECK(names(d, "items[3].quantity", "type_error"));
  CHECK(names(d, "items[4].quantity", "type_error"));
  CHECK(names(d, "items[5].quantity", "range_error"));
  CHECK(names(d, "items[6].quantity", "range_error"));
  CHECK(names(d, "items[7].quantity", "range_error"));
  CHECK(names(d, "items[8].quantity", "missing"));
  CHECK(names(d, "items[9].quantity", "type_error"));
  CHECK(names(d, "items[10].quantity", "type_error"));
  CHECK(d.size() == 11);
}

TEST_CASE("the item list itself: present, a list, 1 to 100 lines, each product once") {
  CHECK(names(refusal(json::object()), "items", "missing"));
  CHECK(names(refusal(json::parse(R"({"items":{}})")), "items", "type_error"));
  CHECK(names(refusal(json::parse(R"({"items":[]})")), "items", "length_error"));
  json many = {{"items", json::array()}};
  for (int i = 0; i < 101; ++i) many["items"].push_back({{"product_id", std::to_string(i) + "-p"}, {"quantity", 1}});
  CHECK(names(refusal(many), "items", "length_error"));
  many["items"].erase(100);
  CHECK(stub::orders::parse_order_items(many).size() == 100);
  auto d = refusal(json::parse(R"({"items":[{"product_id":"p","quantity":1},{"product_id":"p","quantity":2}, "x", {"product_id":7,"quantity":1}]})"));
  CHECK(names(d, "items[1].product_id", "duplicate_error"));
  CHECK(names(d, "items[2]", "type_error"));
  CHECK(names(d, "items[3].product_id", "type_error"));
}
