// Catalog management pieces without a server: the vendor-product and dev-control wire types
// (strict decoding, ok and bad), the chaos glob, the runtime fault set, the response cache, and
// the product input rules.
#include <doctest/doctest.h>

#include <thread>

#include "catalog/product_input.hpp"
#include "catalog/response_cache.hpp"
#include "client/api_client.hpp"
#include "config.hpp"
#include "faults.hpp"
#include "http/api_failure.hpp"
#include "http/chaos.hpp"

using namespace mestore;

namespace {

const char* kVendorProduct = R"({"id":"p1","sku":"TEC-9","name":"Audífonos Ceiba","description":"","price":129900,
  "cost_price":80000,"category_id":"c1","category_name":"Audio","status":"REJECTED","stock_quantity":10,
  "stock_reserved":2,"stock_available":8,"image_url":"/media/uploads/p1-00aa.png",
  "images":[{"id":"p1-00aa","url":"/media/uploads/p1-00aa.png","mime":"image/png","width":64,"height":48,"bytes":9000,"position":0}],
  "rejection_reason":"La foto no muestra el producto","submitted_at":"2026-12-04T10:00:00Z","reviewed_at":"2026-12-04T11:00:00Z",
  "created_at":"2026-12-04T09:00:00Z","updated_at":"2026-12-04T11:00:00Z"})";

std::string with(const char* base, const std::string& key, const std::string& raw_value) {
  auto j = nlohmann::json::parse(base);
  j[key] = nlohmann::json::parse(raw_value);
  return j.dump();
}

// Runs `fn` expecting a 422 and returns its details' fields.
template <class Fn>
std::vector<std::string> refused_fields(Fn&& fn) {
  try {
    fn();
  } catch (const stub::ApiFailure& f) {
    CHECK(f.status == 422);
    std::vector<std::string> out;
    for (const auto& d : f.details) out.push_back(d.field);
    return out;
  }
  FAIL("not refused");
  return {};
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("a vendor product decodes with its gallery, cost price and review trail") {
  VendorProduct p;
  REQUIRE_FALSE(decode_text(kVendorProduct, p));
  CHECK(p.price == Cop{129900});
  REQUIRE(p.cost_price);
  CHECK(p.cost_price->pesos == 80000);
  CHECK(p.stock_available == 8);
  REQUIRE(p.images.size() == 1);
  CHECK(p.images[0].id == "p1-00aa");
  CHECK(p.rejection_reason == "La foto no muestra el producto");
  VendorProduct nulls;
  auto j = nlohmann::json::parse(kVendorProduct);
  j["cost_price"] = nullptr;
  j["rejection_reason"] = nullptr;
  j["reviewed_at"] = nullptr;
  REQUIRE_FALSE(decode_text(j.dump(), nulls));
  CHECK_FALSE(nulls.cost_price);
  CHECK_FALSE(nulls.rejection_reason);
  // Round trip through its own JSON.
  VendorProduct again;
  REQUIRE_FALSE(decode_text(nlohmann::json(p).dump(), again));
  CHECK(nlohmann::json(again) == nlohmann::json(p));
}

TEST_CASE("a bad vendor product names the failing field") {
  VendorProduct p;
  auto err = decode_text(with(kVendorProduct, "price", "1.5"), p);
  REQUIRE(err);
  CHECK(err->field == "price");
  err = decode_text(with(kVendorProduct, "cost_price", "\"80000\""), p);
  REQUIRE(err);
  CHECK(err->field == "cost_price");
  err = decode_text(with(kVendorProduct, "images", R"([{"id":"x","url":"/m.png","mime":"image/png","width":"64","height":1,"bytes":1,"position":0}])"), p);
  REQUIRE(err);
  CHECK(err->field == "images[0].width");
  auto j = nlohmann::json::parse(kVendorProduct);
  j.erase("status");
  err = decode_text(j.dump(), p);
  REQUIRE(err);
  CHECK(err->field == "status");
}

TEST_CASE("pending products and dev-control answers decode strictly") {
  Page<PendingProduct> page;
  const char* ok = R"({"status":"success","data":[{"id":"p","sku":"S-1","name":"N","description":"","price":1000,
    "category_id":"c","category_name":"C","vendor_id":"v","vendor_name":"Tecno Andina","stock_available":3,
    "image_url":"","image_count":0,"status":"PENDING","submitted_at":"t","updated_at":"t"}],
    "pagination":{"page":1,"size":20,"total":1,"total_pages":1,"has_next":false,"has_prev":false}})";
  Remote<Page<PendingProduct>> r;
  HttpResponse res;
  res.status = 200;
  res.body = ok;
  settle_from_response(res, r);
  REQUIRE(r.done());
  CHECK(r.value.items[0].vendor_name == "Tecno Andina");
  PendingProduct bad;
  auto err = decode_text(R"({"id":"p","sku":"S-1","name":"N","description":"","price":1000,"category_id":"c","category_name":"C",
    "vendor_id":"v","stock_available":3,"image_url":"","image_count":0,"status":"PENDING","submitted_at":"t","updated_at":"t"})", bad);
  REQUIRE(err);
  CHECK(err->field == "vendor_name");

  ChaosConfig chaos;
  REQUIRE_FALSE(decode_text(R"({"rules":[{"pattern":"/api/v1/products*","latency_ms":200,"error_rate":0.25}]})", chaos));
  CHECK(chaos.rules[0].error_rate == doctest::Approx(0.25));
  err = decode_text(R"({"rules":[{"pattern":"/x","latency_ms":2.5,"error_rate":0}]})", chaos);
  REQUIRE(err);
  CHECK(err->field == "rules[0].latency_ms");
  FaultsState faults;
  REQUIRE_FALSE(decode_text(R"({"active":["fraud_scorer_down"],"known":["fraud_scorer_down"]})", faults));
  err = decode_text(R"({"active":"fraud_scorer_down"})", faults);
  REQUIRE(err);
  CHECK(err->field == "active");
  ResetResult reset;
  err = decode_text(R"({"tables":12,"rows":"900","ms":40})", reset);
  REQUIRE(err);
  CHECK(err->field == "rows");
}

TEST_CASE("a product input leaves unset fields out of its JSON") {
  ProductInput in;
  in.price = 99900;
  in.stock = 0;
  CHECK(nlohmann::json(in).dump() == R"({"price":99900,"stock":0})");
}

TEST_CASE("chaos patterns are globs over the path") {
  using stub::glob_match;
  CHECK(glob_match("/api/v1/products*", "/api/v1/products"));
  CHECK(glob_match("/api/v1/products*", "/api/v1/products/abc"));
  CHECK_FALSE(glob_match("/api/v1/products*", "/api/v1/categories"));
  CHECK(glob_match("/api/v1/*/tree", "/api/v1/categories/tree"));
  CHECK(glob_match("/media/?" "?" "?" "?" "?/*", "/media/20261/x.jpg"));  // split: no trigraphs
  CHECK_FALSE(glob_match("/api", "/api/v1"));
  CHECK(glob_match("*", ""));
  CHECK(glob_match(std::string(100, '*') + "x", std::string(5000, 'a') + "x"));  // no blow-up
}

TEST_CASE("chaos rules: the first match decides, the dev controls are never touched") {
  stub::ChaosRules rules;
  CHECK(rules.effect_for("/api/v1/products").latency_ms == 0);
  rules.replace({{"/api/v1/products*", 150, 0}, {"/*", 0, 1}});
  CHECK(rules.effect_for("/api/v1/products?x").latency_ms == 150);
  CHECK_FALSE(rules.effect_for("/api/v1/products").fail);
  CHECK(rules.effect_for("/api/v1/categories").fail);
  CHECK_FALSE(rules.effect_for("/api/v1/dev/chaos").fail);
  rules.replace({});
  CHECK_FALSE(rules.effect_for("/api/v1/categories").fail);
}

TEST_CASE("faults switch at run time and Config::fault follows them") {
  stub::FaultSet faults;
  faults.reset_to(" fraud_scorer_down , ,slow");
  CHECK(faults.names() == std::vector<std::string>{"fraud_scorer_down", "slow"});
  stub::Config config;
  config.faults = "";
  CHECK_FALSE(config.fault("fraud_scorer_down"));
  config.live_faults = &faults;
  CHECK(config.fault("fraud_scorer_down"));
  faults.set("fraud_scorer_down", false);
  CHECK_FALSE(config.fault("fraud_scorer_down"));
  std::thread t([&] { for (int i = 0; i < 1000; ++i) faults.set("x", i % 2 == 0); });
  for (int i = 0; i < 1000; ++i) (void)config.fault("x");
  t.join();
}

TEST_CASE("the response cache answers only under the stamp it was stored with, within its size") {
  stub::catalog::ResponseCache cache(1000);
  const stub::catalog::CacheStamp stamp{cache.generation(), 7};
  cache.put("a", stamp, "answer");
  REQUIRE(cache.get("a", stamp));
  CHECK(*cache.get("a", stamp) == "answer");
  CHECK_FALSE(cache.get("a", {stamp.generation, 8}));  // a database write
  cache.invalidate();                                   // an in-process write
  CHECK_FALSE(cache.get("a", {cache.generation(), 7}));
  cache.put("big", {cache.generation(), 7}, std::string(600, 'x'));  // over a quarter: not kept
  CHECK_FALSE(cache.get("big", {cache.generation(), 7}));
  for (int i = 0; i < 20; ++i) {
    std::string key = std::to_string(i);  // not "k" + to_string(i): GCC 12 warns wrongly (-Wrestrict) on that
    cache.put(key, {cache.generation(), 7}, std::string(100, 'y'));
  }
  CHECK(cache.entries() <= 10);
}

TEST_CASE("product input: every broken field is named at once; forbidden fields are refused by name") {
  using stub::catalog::InputMode;
  using stub::catalog::read_product_input;
  auto fields = refused_fields([] {
    read_product_input({{"name", "x"}, {"sku", "bad sku"}, {"price", 99}, {"stock", -1}, {"category_id", ""},
                        {"description", std::string(1001, 'd')}, {"cost_price", 1.5}},
                       InputMode::Create);
  });
  for (const char* f : {"name", "sku", "price", "stock", "category_id", "description", "cost_price"}) {
    INFO(f);
    CHECK(contains(fields, f));
  }
  fields = refused_fields([] {
    read_product_input({{"name", "Café"}, {"sku", "CAF-1"}, {"price", 1000}, {"category_id", "cafe"}, {"status", "APPROVED"},
                        {"vendor_id", "v"}, {"commission", 0}, {"id", "mine"}},
                       InputMode::Create);
  });
  for (const char* f : {"status", "vendor_id", "commission", "id"}) CHECK(contains(fields, f));
  CHECK(refused_fields([] { read_product_input({{"draft", true}}, InputMode::Patch); }) == std::vector<std::string>{"draft"});
  CHECK(refused_fields([] { read_product_input({{"price", 100000001}}, InputMode::Patch); }) == std::vector<std::string>{"price"});
  const auto in = read_product_input({{"sku", "caf-01"}, {"stock", 5}}, InputMode::Patch);
  CHECK(in.sku == "CAF-01");
  CHECK(in.needs_review());
  CHECK_FALSE(read_product_input({{"stock", 5}}, InputMode::Patch).needs_review());
}
