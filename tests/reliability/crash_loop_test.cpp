// kill -9, again and again: 20 rounds of "start the stub on the same data dir, fire orders and
// card payments from several buyers, SIGKILL it at a random moment". After every restart the
// invariants the business depends on are checked: the database is intact, every acknowledged
// order is there with its items, reserved stock equals what live orders hold (never more than
// on hand), every paid and confirmed order has its commissions, and the audit chain verifies.
#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

#include "book_checks.hpp"

using namespace testsupport;

namespace {

constexpr int kRounds = 20;
constexpr int kBuyers = 4;

}  // namespace

TEST_CASE("20 rounds of kill -9 during order and payment bursts: after each restart nothing acknowledged is lost and the books agree") {
  // The first process owns the temporary data dir (removed when it is destroyed, at the end);
  // the restarts run on the same dir without owning it.
  StubProcess owner(auth_stub_options());
  const std::string dir = owner.data_dir();
  std::unique_ptr<StubProcess> restarted;
  StubProcess* stub = &owner;
  std::vector<std::string> buyers;
  std::vector<json> catalog;
  {
    Api a(stub->url());
    catalog = products(a, "min_price=5000&max_price=80000&sort_by=price");
    REQUIRE(catalog.size() >= 12);
    for (int i = 0; i < kBuyers; ++i) buyers.push_back(new_buyer(a, "loop"));
  }
  std::mt19937 rng(20261205);
  std::vector<std::string> acknowledged;
  int paid_total = 0;
  for (int round = 1; round <= kRounds; ++round) {
    if (round > 1) {
      StubOptions again = auth_stub_options();
      again.data_dir = dir;
      restarted = std::make_unique<StubProcess>(again);
      stub = restarted.get();
      INFO("after kill " << round - 1);
      check_books_after_crash(*stub, acknowledged);
    }
    Api a(stub->url());
    std::mutex mu;
    std::atomic<bool> stop{false};
    std::atomic<int> paid{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kBuyers; ++t)
      threads.emplace_back([&, t] {
        for (int k = 0; !stop; ++k) {
          const auto& p = catalog[static_cast<std::size_t>((round * 5 + t * 3 + k) % static_cast<int>(catalog.size()))];
          Answer o = place(a, buyers[static_cast<std::size_t>(t)], {line(p["id"], 1 + k % 2)});
          if (o.status == 0) break;  // the server is gone
          if (o.status != 201) continue;
          {
            std::lock_guard<std::mutex> lock(mu);
            acknowledged.push_back(o.data()["id"]);
          }
          if (k % 2 == 0 && pay_card(a, buyers[static_cast<std::size_t>(t)], o.data()["id"], kApproveCard).status == 200) ++paid;
        }
      });
    // Kill somewhere between 150 and 600 ms into the burst: mid-request, mid-transaction or idle.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(150, 600)(rng)));
    stub->kill_hard();
    stop = true;
    for (auto& t : threads) t.join();
    paid_total += paid;
  }
  StubOptions last = auth_stub_options();
  last.data_dir = dir;
  StubProcess final_stub(last);
  check_books_after_crash(final_stub, acknowledged);
  MESSAGE(kRounds << " kills, " << acknowledged.size() << " acknowledged orders, " << paid_total << " card payments; all present and consistent");
  CHECK(acknowledged.size() >= static_cast<std::size_t>(kRounds));
  // The restarted server still takes orders.
  Api b(final_stub.url());
  CHECK(place(b, buyers[0], {line(catalog[0]["id"], 1)}).status == 201);
}
