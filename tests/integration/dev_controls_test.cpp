// Developer controls over real HTTP: absent without --dev-controls, chaos latency and errors on
// the matching paths only, faults switched at run time, and a reset to the seed that is safe
// while other requests are running.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "api_helpers.hpp"
#include "client/api_client.hpp"
#include "seeded_stub.hpp"

using namespace testsupport;

namespace {

StubProcess& dev_stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

Api dev() { return Api(dev_stub().url()); }

double ms_of(const std::function<void()>& fn) {
  const auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

Answer set_chaos(const json& rules) { return dev().send("PUT", "/api/v1/dev/chaos", json{{"rules", rules}}); }

}  // namespace

TEST_CASE("without --dev-controls every developer control is a 404") {
  Api plain(seeded_stub().url());
  CHECK(plain.get("/api/v1/dev/chaos").status == 404);
  CHECK(plain.send("PUT", "/api/v1/dev/chaos", json{{"rules", json::array()}}).status == 404);
  CHECK(plain.get("/api/v1/dev/faults").status == 404);
  CHECK(plain.send("PUT", "/api/v1/dev/faults", json{{"active", {"fraud_scorer_down"}}}).status == 404);
  Answer reset = plain.post("/api/v1/dev/reset", json::object());
  CHECK(reset.status == 404);
  CHECK(reset.code() == "NOT_FOUND");
  CHECK(plain.post("/api/v1/dev/cash-payments", json{{"cash_code", "1234567890"}}).status == 404);
  CHECK(plain.get("/api/v1/products?size=1").status == 200);  // and nothing was reset
}

TEST_CASE("chaos latency slows the matching paths only") {
  REQUIRE(set_chaos({{{"pattern", "/api/v1/products*"}, {"latency_ms", 400}}}).status == 200);
  int status = 0;
  const double slow = ms_of([&] { status = dev().get("/api/v1/products?size=2").status; });
  CHECK(status == 200);
  CHECK(slow >= 400);
  const double fast = ms_of([&] { status = dev().get("/api/v1/categories").status; });
  CHECK(status == 200);
  CHECK(fast < 300);
  Answer state = dev().get("/api/v1/dev/chaos");
  REQUIRE(state.status == 200);
  CHECK(state.data()["rules"][0]["latency_ms"] == 400);
  REQUIRE(set_chaos(json::array()).status == 200);
  CHECK(ms_of([&] { dev().get("/api/v1/products?size=2"); }) < 300);
}

TEST_CASE("chaos errors answer 503 in the one envelope on the matching paths; the controls stay reachable") {
  REQUIRE(set_chaos({{{"pattern", "/api/v1/categories*"}, {"error_rate", 1}}, {{"pattern", "/api/v1/dev/*"}, {"error_rate", 1}}}).status == 200);
  Answer failed = dev().get("/api/v1/categories/tree");
  CHECK(failed.status == 503);
  CHECK(failed.code() == "CHAOS_INJECTED");
  CHECK(failed.body["status"] == "error");
  CHECK_FALSE(failed.body["request_id"].get<std::string>().empty());
  CHECK(dev().get("/api/v1/products?size=1").status == 200);
  CHECK(dev().get("/api/v1/dev/chaos").status == 200);  // a rule on the controls would lock you out

  REQUIRE(set_chaos({{{"pattern", "/api/v1/categories"}, {"error_rate", 0.5}}}).status == 200);
  int failures = 0;
  for (int i = 0; i < 60; ++i) failures += dev().get("/api/v1/categories").status == 503;
  CHECK(failures > 10);
  CHECK(failures < 50);
  REQUIRE(set_chaos(json::array()).status == 200);
  CHECK(dev().get("/api/v1/categories").status == 200);

  Answer bad = set_chaos({{{"pattern", "products"}, {"latency_ms", -1}, {"error_rate", 2}, {"colour", "red"}}});
  CHECK(bad.status == 422);
  CHECK(bad.detail_type("rules[0].pattern") == "value_error");
  CHECK(bad.detail_type("rules[0].latency_ms") == "range_error");
  CHECK(bad.detail_type("rules[0].error_rate") == "range_error");
  CHECK(bad.detail_type("rules[0].colour") == "field_not_allowed");
}

TEST_CASE("faults switch at run time; unknown ones are refused by name") {
  Answer start = dev().get("/api/v1/dev/faults");
  REQUIRE(start.status == 200);
  CHECK(start.data()["active"].empty());
  CHECK(start.data()["known"] == json{"fraud_scorer_down"});
  Answer on = dev().send("PUT", "/api/v1/dev/faults", json{{"active", {"fraud_scorer_down"}}});
  REQUIRE(on.status == 200);
  CHECK(on.data()["active"] == json{"fraud_scorer_down"});
  CHECK(dev().get("/api/v1/dev/faults").data()["active"] == json{"fraud_scorer_down"});
  CHECK(dev().send("PUT", "/api/v1/dev/faults", json{{"active", {"disk_full"}}}).detail_type("active[0]") == "enum_error");
  CHECK(dev().send("PUT", "/api/v1/dev/faults", json{{"active", json::array()}}).data()["active"].empty());
}

TEST_CASE("--faults sets the faults a server starts with") {
  StubOptions o = auth_stub_options({"--faults", "fraud_scorer_down", "--seed", "none"});
  StubProcess s(o);
  CHECK(Api(s.url()).get("/api/v1/dev/faults").data()["active"] == json{"fraud_scorer_down"});
}

TEST_CASE("reset puts the seed back while other requests keep being answered") {
  Login vendor = login(dev(), kVendor);
  REQUIRE(vendor.ok());
  Answer before = dev().get("/api/v1/products?size=1&sort_by=price");
  REQUIRE(before.status == 200);
  const json seeded = before.data()[0];
  Answer mine = dev().get("/api/v1/vendors/me/products?size=1&status=APPROVED", vendor.access);
  REQUIRE(mine.status == 200);
  const std::string own_id = mine.data()[0]["id"];
  const long long own_price = mine.data()[0]["price"];
  REQUIRE(dev().patch("/api/v1/vendors/me/products/" + own_id, {{"stock", 999}}, vendor.access).status == 200);
  Answer created = dev().post("/api/v1/vendors/me/products",
                              {{"name", "Producto que se irá"}, {"sku", "RESET-1"}, {"price", 1000}, {"category_id", "audio"}}, vendor.access);
  REQUIRE(created.status == 201);
  const std::string email = unique_email("reset");
  REQUIRE_FALSE(register_buyer(dev(), email).empty());

  // Readers hammer the catalog during the reset: every answer is a whole one.
  std::atomic<bool> stop{false};
  std::atomic<int> answered{0}, broken{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t)
    readers.emplace_back([&] {
      while (!stop) {
        Answer a = dev().get("/api/v1/products?size=20");
        if (a.status == 200 && a.body["data"].size() == 20) ++answered;
        else ++broken;
      }
    });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  Answer reset = dev().post("/api/v1/dev/reset", json::object());
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  stop = true;
  for (auto& t : readers) t.join();
  REQUIRE(reset.status == 200);
  CHECK(reset.data()["tables"].get<int>() >= 8);
  CHECK(reset.data()["rows"].get<int>() > 200);
  CHECK(answered > 0);
  CHECK(broken == 0);

  CHECK(dev().get("/api/v1/vendors/me/products", vendor.access).status == 401);  // every session ended
  CHECK_FALSE(login(dev(), email).ok());                                         // accounts made since are gone
  Login again = login(dev(), kVendor);
  REQUIRE(again.ok());
  Answer restored = dev().get("/api/v1/vendors/me/products/" + own_id, again.access);
  REQUIRE(restored.status == 200);
  CHECK(restored.data()["price"] == own_price);
  CHECK(restored.data()["stock_quantity"] != 999);
  CHECK(dev().get("/api/v1/vendors/me/products/" + created.data()["id"].get<std::string>(), again.access).status == 404);
  CHECK(dev().get("/api/v1/products?size=1&sort_by=price").data()[0] == seeded);
  // The audit log was kept and records the reset.
  Login admin = login(dev(), kAdmin);
  REQUIRE(admin.ok());
  CHECK(dev().get("/api/v1/admin/audit-log?action=dev.reset", admin.access).body["pagination"]["total"] == 1);
  CHECK(dev().get("/api/v1/admin/audit-log?action=product.created", admin.access).body["pagination"]["total"].get<int>() >= 1);
}

TEST_CASE("the typed client drives the developer controls") {
  mestore::ApiClient api(mestore::make_default_transport(dev_stub().url()));
  mestore::ChaosConfig config;
  config.rules.push_back({"/api/v1/categories/tree", 0, 1.0});
  auto set = api.set_chaos(config);
  REQUIRE(api.wait(set));
  REQUIRE(set->done());
  CHECK(set->value.rules.size() == 1);
  auto tree = api.category_tree();
  REQUIRE(api.wait(tree, 20000));
  REQUIRE(tree->failed());
  CHECK(tree->error.code == "CHAOS_INJECTED");
  CHECK(tree->error.attempts > 1);  // a 503 is retried by the client, as it would be for a real outage
  auto cleared = api.set_chaos({});
  REQUIRE(api.wait(cleared));
  auto faults = api.set_faults({"fraud_scorer_down"});
  REQUIRE(api.wait(faults));
  REQUIRE(faults->done());
  CHECK(faults->value.active == std::vector<std::string>{"fraud_scorer_down"});
  auto off = api.set_faults({});
  REQUIRE(api.wait(off));
  auto read = api.faults();
  REQUIRE(api.wait(read));
  CHECK(read->value.active.empty());
  auto reset = api.reset_to_seed();
  REQUIRE(api.wait(reset, 30000));
  REQUIRE(reset->done());
  CHECK(reset->value.rows > 0);
}

TEST_CASE("--help documents chaos, faults and reset") {
  const std::string help = run_command(stub_binary() + " --help 2>&1");
  for (const char* s : {"/api/v1/dev/chaos", "/api/v1/dev/faults", "/api/v1/dev/reset", "MESTORE_FAULTS", "fraud_scorer_down"})
    CHECK_MESSAGE(help.find(s) != std::string::npos, s);
}
