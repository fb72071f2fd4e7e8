// kill -9 in the middle of a burst of orders and payments: after a restart every acknowledged
// order is there, reserved stock matches the live orders exactly, no order lost its items or
// its audit entry, and the audit chain verifies offline.
#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "book_checks.hpp"

using namespace testsupport;

TEST_CASE("a crash during a burst of orders loses no acknowledged order and leaves stock consistent") {
  auto first = std::make_unique<StubProcess>(auth_stub_options());
  const std::string dir = first->data_dir();
  Api a(first->url());
  auto catalog = products(a, "min_price=5000&max_price=60000&sort_by=price");
  REQUIRE(catalog.size() >= 10);
  std::vector<std::string> buyers;
  for (int i = 0; i < 6; ++i) buyers.push_back(new_buyer(a, "burst"));

  std::mutex mu;
  std::vector<std::string> acknowledged;
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; !stop; ++k) {
        const auto& p = catalog[static_cast<std::size_t>((t * 7 + k) % static_cast<int>(catalog.size()))];
        Answer o = place(a, buyers[static_cast<std::size_t>(t)], {line(p["id"], 1)});
        if (o.status == 0) break;  // the server is gone
        if (o.status != 201) continue;
        {
          std::lock_guard<std::mutex> lock(mu);
          acknowledged.push_back(o.data()["id"]);
        }
        if (k % 2 == 0) pay_card(a, buyers[static_cast<std::size_t>(t)], o.data()["id"], kApproveCard);
      }
    });
  for (int i = 0; i < 600; ++i) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (acknowledged.size() >= 40) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  first->kill_hard();  // SIGKILL while requests are in flight
  stop = true;
  for (auto& t : threads) t.join();
  REQUIRE(acknowledged.size() >= 20);

  StubOptions again = auth_stub_options();
  again.data_dir = dir;
  StubProcess second(again);
  check_books_after_crash(second, acknowledged);
  // And the restarted server goes on taking orders.
  Api b(second.url());
  CHECK(place(b, new_buyer(b, "after"), {line(catalog[0]["id"], 1)}).status == 201);
}
