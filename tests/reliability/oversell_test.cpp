// The oversell race at scale: 200 orders at once, from 20 buyers, for the last 20 units of one
// product. Exactly 20 succeed, the other 180 get a clean stock refusal (never a 500, never a
// dropped connection), and reserved stock equals what the winning orders hold.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "money_helpers.hpp"

using namespace testsupport;

TEST_CASE("200 concurrent buyers for the last 20 units: exactly 20 orders, no oversell, every loser told why") {
  StubProcess stub(auth_stub_options());
  Api a(stub.url());
  auto sql = [&](const std::string& q) { return sql_at(stub, q); };
  const auto catalog = products(a, "min_price=5000&max_price=60000&sort_by=price");
  REQUIRE(!catalog.empty());
  const std::string id = catalog[0]["id"];
  sql("UPDATE products SET stock_quantity = stock_reserved + 20 WHERE id = '" + id + "'");
  std::vector<std::string> buyers;
  for (int i = 0; i < 20; ++i) buyers.push_back(new_buyer(a, "rush200"));

  std::atomic<int> created{0}, refused{0}, ready{0};
  std::atomic<bool> go{false};
  std::mutex mu;
  std::vector<std::string> others;
  std::vector<std::thread> threads;
  for (int i = 0; i < 200; ++i)
    threads.emplace_back([&, i] {
      Api own(stub.url());  // a connection per buyer, as 200 browsers would have
      ++ready;
      while (!go) std::this_thread::yield();
      Answer r = place(own, buyers[static_cast<std::size_t>(i % 20)], {line(id, 1)});
      const std::string why = r.status == 422 ? r.detail_type("items[0].quantity") : "";
      if (r.status == 201) ++created;
      else if (why == "INSUFFICIENT_STOCK" || why == "SOLD_OUT") ++refused;
      else {
        std::lock_guard<std::mutex> hold(mu);
        others.push_back(std::to_string(r.status) + " " + r.raw);
      }
    });
  while (ready < 200) std::this_thread::yield();
  go = true;
  for (auto& t : threads) t.join();
  for (const auto& o : others) MESSAGE(o);
  CHECK(created == 20);
  CHECK(refused == 180);
  CHECK(others.empty());
  CHECK(sql("SELECT stock_quantity - stock_reserved FROM products WHERE id = '" + id + "'") == "0");
  CHECK(sql("SELECT stock_reserved FROM products WHERE id = '" + id + "'") ==
        sql("SELECT SUM(i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.product_id = '" + id +
            "' AND o.status IN ('pending','confirmed','processing')"));
}
