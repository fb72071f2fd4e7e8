// The cart model: limits, persistence across a "reload", hostile saved data, and what a fresh
// server quote changes.
#include <doctest/doctest.h>

#include <string>

#include "client/cart.hpp"

using namespace mestore;

namespace {

Product product(const std::string& id, std::int64_t price, int stock) {
  Product p;
  p.id = id;
  p.sku = "SKU-" + id;
  p.name = "Producto " + id;
  p.price = {price};
  p.stock_available = stock;
  p.vendor_name = "Casa Caribe";
  p.image_url = "/media/products/" + id + ".jpg";
  return p;
}

// Storage that outlives the Cart object, like localStorage outlives a page.
struct FakeStorage {
  std::string value;
  int saves = 0;
  CartStorage storage() {
    return {[this] { return value; }, [this](const std::string& v) {
              value = v;
              ++saves;
            }};
  }
};

QuoteLine qline(const std::string& id, std::int64_t unit, int qty, int available, const char* problem = nullptr) {
  QuoteLine l;
  l.product_id = id;
  l.unit_price = {unit};
  l.quantity = qty;
  l.line_total = {unit * qty};
  l.available = available;
  if (problem) l.problem = problem;
  return l;
}

}  // namespace

TEST_CASE("adding to the cart is capped by stock and by 99 per line") {
  Cart cart;
  CHECK(cart.add(product("a", 10000, 3), 2) == 2);
  CHECK(cart.add(product("a", 10000, 3), 5) == 1);  // only one more exists
  CHECK(cart.find("a")->quantity == 3);
  CHECK(cart.add(product("a", 10000, 3), 1) == 0);
  CHECK(cart.add(product("b", 5000, 0), 1) == 0);  // sold out: nothing, no empty line
  CHECK(cart.find("b") == nullptr);
  CHECK(cart.add(product("c", 100, 1000), 500) == Cart::kMaxPerLine);
  CHECK(cart.count() == 3 + Cart::kMaxPerLine);
  CHECK(cart.add(product("d", 100, 5), 0) == 0);
  CHECK(cart.add(product("d", 100, 5), -4) == 0);
}

TEST_CASE("quantities change within limits; zero removes the line") {
  Cart cart;
  cart.add(product("a", 10000, 4), 1);
  CHECK(cart.set_quantity("a", 3) == 3);
  CHECK(cart.set_quantity("a", 10) == 4);
  CHECK(cart.set_quantity("a", 0) == 0);
  CHECK(cart.empty());
  CHECK(cart.set_quantity("missing", 2) == 0);
}

TEST_CASE("the cart survives a reload through its storage, snapshot included") {
  FakeStorage store;
  {
    Cart cart;
    cart.attach(store.storage());
    cart.add(product("a", 129900, 10), 2);
    cart.add(product("b", 49900, 10), 1);
    cart.remove("b");
    cart.add(product("c", 9900, 10), 3);
  }
  CHECK(store.saves >= 4);
  Cart again;
  again.attach(store.storage());
  REQUIRE(again.lines().size() == 2);
  CHECK(again.lines()[0].product_id == "a");
  CHECK(again.lines()[0].quantity == 2);
  CHECK(again.lines()[0].price == Cop{129900});
  CHECK(again.lines()[0].name == "Producto a");
  CHECK(again.lines()[0].image_url == "/media/products/a.jpg");
  CHECK(again.count() == 5);
  CHECK(again.snapshot_subtotal() == Cop{129900 * 2 + 9900 * 3});
}

TEST_CASE("damaged or hostile saved carts give an empty or trimmed cart, never a crash") {
  for (const char* bad : {"", "not json", "[]", "{}", R"({"version":2,"lines":[]})", R"({"version":1,"lines":"x"})",
                          R"({"version":1,"lines":[{"product_id":"a","quantity":1.5}]})",
                          R"({"version":1,"lines":[{"product_id":"a","quantity":2,"price":10.5}]})"}) {
    FakeStorage store{bad};
    Cart cart;
    cart.attach(store.storage());
    CHECK_MESSAGE(cart.empty(), bad);
  }
  FakeStorage store{R"({"version":1,"lines":[
    {"product_id":"a","quantity":100000,"price":1000},
    {"product_id":"a","quantity":1,"price":1000},
    {"product_id":"","quantity":1},
    {"product_id":"b","quantity":-3},
    {"product_id":"c","quantity":4,"max_quantity":2,"price":-50}]})"};
  Cart cart;
  cart.attach(store.storage());
  REQUIRE(cart.lines().size() == 2);
  CHECK(cart.find("a")->quantity == Cart::kMaxPerLine);  // capped, duplicate dropped
  CHECK(cart.find("c")->quantity == 2);                   // capped by the saved stock
  CHECK(cart.find("c")->price == Cop{0});                 // negative snapshot price dropped
}

TEST_CASE("the quote request carries ids and quantities only") {
  Cart cart;
  cart.add(product("a", 10000, 9), 2);
  cart.add(product("b", 20000, 9), 1);
  json j = cart.quote_request();
  CHECK(j.dump() == R"({"items":[{"product_id":"a","quantity":2},{"product_id":"b","quantity":1}]})");
}

TEST_CASE("a re-quote reports price changes, fewer units and unavailable lines, and refreshes the snapshot") {
  FakeStorage store;
  Cart cart;
  cart.attach(store.storage());
  cart.add(product("up", 10000, 9), 1);
  cart.add(product("down", 20000, 9), 1);
  cart.add(product("few", 5000, 9), 5);
  cart.add(product("gone", 7000, 9), 1);
  cart.add(product("same", 3000, 9), 1);
  const unsigned before = cart.revision();
  Quote q;
  q.lines = {qline("up", 12000, 1, 9), qline("down", 18000, 1, 9), qline("few", 5000, 5, 2, "INSUFFICIENT_STOCK"),
             qline("gone", 7000, 1, 0, "OUT_OF_STOCK"), qline("same", 3000, 1, 9)};
  auto diffs = cart.apply_quote(q);
  REQUIRE(diffs.size() == 4);
  CHECK(diffs[0].kind == CartDifference::Kind::PriceUp);
  CHECK(diffs[0].old_price == Cop{10000});
  CHECK(diffs[0].new_price == Cop{12000});
  CHECK(diffs[1].kind == CartDifference::Kind::PriceDown);
  CHECK(diffs[2].kind == CartDifference::Kind::QuantityReduced);
  CHECK(diffs[2].new_quantity == 2);
  CHECK(diffs[3].kind == CartDifference::Kind::Unavailable);
  CHECK(cart.find("up")->price == Cop{12000});
  CHECK(cart.find("few")->quantity == 2);
  CHECK(cart.find("gone") != nullptr);  // flagged, kept until the shopper removes it
  CHECK(cart.revision() != before);     // a quantity moved: the next quote must ask again
  // The same quote again changes nothing.
  q.lines[2] = qline("few", 5000, 2, 2);
  CHECK(cart.apply_quote(q).size() == 1);  // only "gone" is still unavailable
  // A line the server leaves out is unavailable too.
  q.lines.pop_back();
  auto missing = cart.apply_quote(q);
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].kind == CartDifference::Kind::Unavailable);
  CHECK(missing[0].product_id == "same");
  // The refreshed snapshot was saved.
  Cart reloaded;
  reloaded.attach(store.storage());
  CHECK(reloaded.find("up")->price == Cop{12000});
  CHECK(reloaded.find("few")->quantity == 2);
}
