// The public catalog over real HTTP: filters, sorting, validation, the category tree, the
// product gallery and how its pictures are served, and what the public must never see.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <set>

#include "client/api_client.hpp"
#include "seeded_stub.hpp"

using namespace mestore;
using nlohmann::json;
using testsupport::get_json;
using testsupport::seeded_stub;
using testsupport::sql;

namespace {

ApiClient client() { return ApiClient(make_default_transport(seeded_stub().url())); }

// Every item of every page of a product query (size 100 pages).
std::vector<json> all_items(const std::string& query) {
  std::vector<json> out;
  for (int page = 1;; ++page) {
    json r = get_json("/api/v1/products?size=100&page=" + std::to_string(page) + (query.empty() ? "" : "&" + query));
    REQUIRE(r.is_object());
    REQUIRE(r["status"] == "success");
    for (const auto& p : r["data"]) out.push_back(p);
    if (!r["pagination"]["has_next"].get<bool>()) break;
  }
  return out;
}

void check_refused(const std::string& query, const std::string& field) {
  int status = 0;
  json r = get_json("/api/v1/products?" + query, &status);
  INFO(query);
  CHECK(status == 422);
  REQUIRE(r.is_object());
  CHECK(r["error_code"] == "VALIDATION_ERROR");
  REQUIRE(r["details"].size() >= 1);
  CHECK(r["details"][0]["field"] == field);
}

}  // namespace

TEST_CASE("price range, in-stock, vendor and category filters narrow the catalog") {
  const auto everything = all_items("");
  REQUIRE(everything.size() >= 200);

  const auto mid = all_items("min_price=100000&max_price=500000");
  CHECK_FALSE(mid.empty());
  CHECK(mid.size() < everything.size());
  for (const auto& p : mid) {
    CHECK(p["price"].get<std::int64_t>() >= 100000);
    CHECK(p["price"].get<std::int64_t>() <= 500000);
  }
  const std::string one_price = std::to_string(everything.front()["price"].get<std::int64_t>());
  CHECK(all_items("min_price=" + one_price + "&max_price=" + one_price).size() >= 1);  // bounds are inclusive

  const auto in_stock = all_items("in_stock=true");
  CHECK(in_stock.size() < everything.size());  // the seed has sold-out products
  for (const auto& p : in_stock) CHECK(p["stock_available"].get<int>() > 0);
  CHECK(all_items("in_stock=false").size() == everything.size());

  const std::string vendor = everything.front()["vendor_id"];
  const auto by_vendor = all_items("vendor_id=" + vendor);
  CHECK_FALSE(by_vendor.empty());
  for (const auto& p : by_vendor) CHECK(p["vendor_id"] == vendor);
  CHECK(all_items("vendor_id=no-such-vendor").empty());

  // A parent category includes its subcategories, by slug or by id.
  const auto tech = all_items("category=tecnologia");
  std::set<std::string> names;
  for (const auto& p : tech) names.insert(p["category_name"]);
  CHECK(names == std::set<std::string>{"Audio", "Celulares y accesorios", "Computadores"});
  const std::string tech_id = sql("SELECT id FROM categories WHERE slug = 'tecnologia'");
  CHECK(all_items("category=" + tech_id).size() == tech.size());

  const auto combined = all_items("category=audio&in_stock=true&min_price=200000");
  for (const auto& p : combined) {
    CHECK(p["category_name"] == "Audio");
    CHECK(p["stock_available"].get<int>() > 0);
    CHECK(p["price"].get<std::int64_t>() >= 200000);
  }
  // Search still works beside the filters.
  for (const auto& p : all_items("search=caf%C3%A9&max_price=40000")) CHECK(p["price"].get<std::int64_t>() <= 40000);
}

TEST_CASE("sorting by price, name and newest, in both directions") {
  auto prices = [](const std::vector<json>& items) {
    std::vector<std::int64_t> v;
    for (const auto& p : items) v.push_back(p["price"]);
    return v;
  };
  auto asc = prices(all_items("sort_by=price&sort_order=asc"));
  CHECK(std::is_sorted(asc.begin(), asc.end()));
  auto desc = prices(all_items("sort_by=price&sort_order=desc"));
  CHECK(std::is_sorted(desc.rbegin(), desc.rend()));
  CHECK(asc.front() == desc.back());

  std::vector<std::string> names;
  for (const auto& p : all_items("sort_by=name")) names.push_back(p["name"]);
  CHECK(std::is_sorted(names.begin(), names.end()));

  // newest: creation time descending by default; created_at ascending by default.
  const std::string newest_sql = sql("SELECT id FROM products WHERE status='APPROVED' ORDER BY created_at DESC, id LIMIT 1");
  const std::string oldest_sql = sql("SELECT id FROM products WHERE status='APPROVED' ORDER BY created_at ASC, id LIMIT 1");
  CHECK(get_json("/api/v1/products?size=1&sort_by=newest")["data"][0]["id"] == newest_sql);
  CHECK(get_json("/api/v1/products?size=1&sort_by=created_at")["data"][0]["id"] == oldest_sql);
  CHECK(get_json("/api/v1/products?size=1&sort_by=newest&sort_order=asc")["data"][0]["id"] == oldest_sql);
}

TEST_CASE("bad filters and sorts are a 422 naming the parameter") {
  check_refused("sort_by=cost_price", "sort_by");
  check_refused("sort_by=price%20desc", "sort_by");
  check_refused("sort_order=up", "sort_order");
  check_refused("min_price=-1", "min_price");
  check_refused("min_price=abc", "min_price");
  check_refused("max_price=100000001", "max_price");
  check_refused("max_price=1.5", "max_price");
  check_refused("min_price=500000&max_price=100000", "min_price");
  check_refused("in_stock=maybe", "in_stock");
  check_refused("size=0", "size");
  check_refused("page=-2", "page");
  check_refused("vendor_id=" + std::string(65, 'x'), "vendor_id");
  check_refused("search=" + std::string(101, 'a'), "search");
}

TEST_CASE("the public sees approved products only and never cost price or commission") {
  // No key anywhere in an answer names a cost or a commission.
  std::function<void(const json&)> no_private_keys = [&](const json& j) {
    if (j.is_object())
      for (const auto& [k, v] : j.items()) {
        INFO(k);
        CHECK(k.find("cost") == std::string::npos);
        CHECK(k.find("commission") == std::string::npos);
        no_private_keys(v);
      }
    else if (j.is_array())
      for (const auto& v : j) no_private_keys(v);
  };
  const json page = get_json("/api/v1/products?size=100");
  no_private_keys(page);
  const std::string approved = sql("SELECT COUNT(*) FROM products WHERE status = 'APPROVED'");
  CHECK(std::to_string(page["pagination"]["total"].get<int>()) == approved);
  for (const auto& p : page["data"]) CHECK(p["status"] == "APPROVED");

  const std::string id = page["data"][0]["id"];
  const json detail = get_json("/api/v1/products/" + id);
  no_private_keys(detail);
  // The product's known cost price is no value of the answer either.
  const std::string cost = sql("SELECT cost_price FROM products WHERE id = '" + id + "'");
  REQUIRE_FALSE(cost.empty());
  for (const auto& [k, v] : detail["data"].items())
    if (v.is_number_integer()) CHECK(std::to_string(v.get<std::int64_t>()) != cost);

  httplib::Client c(seeded_stub().url());
  for (const char* status : {"PENDING", "DRAFT", "REJECTED", "INACTIVE"}) {
    const std::string hidden = sql(std::string("SELECT id FROM products WHERE status = '") + status + "' LIMIT 1");
    if (hidden.empty()) continue;
    INFO(status);
    CHECK(c.Get(("/api/v1/products/" + hidden).c_str())->status == 404);
    const std::string name = sql("SELECT name FROM products WHERE id = '" + hidden + "'");
    for (const auto& p : get_json("/api/v1/products?size=100&search=" + percent_encode(name))["data"]) CHECK(p["id"] != hidden);
  }
}

TEST_CASE("the category tree nests with rolled-up counts; categories open by id or slug") {
  int status = 0;
  json tree = get_json("/api/v1/categories/tree", &status);
  REQUIRE(status == 200);
  json flat = get_json("/api/v1/categories");
  REQUIRE(flat["data"].size() >= 8);
  int roots = 0, total = 0;
  for (const auto& node : tree["data"]) {
    ++roots;
    CHECK(node["parent_id"].is_null());
    total += node["product_count"].get<int>();
    int children = 0;
    for (const auto& child : node["children"]) {
      CHECK(child["parent_id"] == node["id"]);
      children += child["product_count"].get<int>();
    }
    CHECK(node["product_count"].get<int>() >= children);
  }
  CHECK(roots >= 8);
  CHECK(std::to_string(total) == sql("SELECT COUNT(*) FROM products WHERE status = 'APPROVED'"));

  json by_slug = get_json("/api/v1/categories/celulares", &status);
  REQUIRE(status == 200);
  CHECK(by_slug["data"]["slug"] == "celulares");
  REQUIRE(by_slug["data"]["ancestors"].size() == 1);
  CHECK(by_slug["data"]["ancestors"][0]["slug"] == "tecnologia");
  json by_id = get_json("/api/v1/categories/" + by_slug["data"]["id"].get<std::string>(), &status);
  CHECK(status == 200);
  CHECK(by_id["data"] == by_slug["data"]);
  json parent = get_json("/api/v1/categories/tecnologia");
  CHECK(parent["data"]["children"].size() == 3);
  get_json("/api/v1/categories/no-such-category", &status);
  CHECK(status == 404);
}

TEST_CASE("the typed client reads categories, the tree, a category and a product's gallery") {
  auto api = client();
  auto cats = api.categories();
  auto tree = api.category_tree();
  auto one = api.category("cafe");
  REQUIRE(api.wait(cats));
  REQUIRE(api.wait(tree));
  REQUIRE(api.wait(one));
  REQUIRE(cats->done());
  REQUIRE(tree->done());
  REQUIRE(one->done());
  CHECK(cats->value.size() >= 14);
  CHECK(one->value.name == "Café y despensa");
  CHECK(one->value.product_count > 0);
  bool nested = false;
  for (const auto& n : tree->value) nested = nested || !n.children.empty();
  CHECK(nested);

  ProductQuery q;
  q.in_stock = true;
  q.min_price = 50000;
  q.max_price = 300000;
  q.sort_by = "price";
  q.sort_order = "desc";
  auto page = api.products(q);
  REQUIRE(api.wait(page));
  REQUIRE(page->done());
  REQUIRE_FALSE(page->value.items.empty());
  CHECK(page->value.items.front().price.pesos <= 300000);
  CHECK(page->value.items.front().images.empty());  // lists carry the primary picture only

  auto detail = api.product(page->value.items.front().id);
  REQUIRE(api.wait(detail));
  REQUIRE(detail->done());
  const Product& p = detail->value;
  CHECK(p.images.size() >= 2);
  CHECK(p.images.size() <= 3);
  CHECK(p.images.front() == p.image_url);
  REQUIRE(p.vendor);
  CHECK(p.vendor->name == p.vendor_name);
  CHECK_FALSE(p.vendor->city.empty());
}

TEST_CASE("gallery pictures are real JPEGs served with a year of immutable caching and an ETag") {
  json detail = get_json("/api/v1/products/" + get_json("/api/v1/products?size=1")["data"][0]["id"].get<std::string>());
  httplib::Client c(seeded_stub().url());
  std::set<std::string> etags;
  for (const auto& url : detail["data"]["images"]) {
    const std::string u = url;
    INFO(u);
    CHECK(std::regex_search(u, std::regex(R"(^/media/products/[A-Z0-9-]+-[0-9a-f]{8}-[1-3]\.jpg$)")));
    auto r = c.Get(u.c_str());
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->get_header_value("Content-Type") == "image/jpeg");
    CHECK(r->get_header_value("Cache-Control") == "public, max-age=31536000, immutable");
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(r->body.size() > 5000);
    CHECK(r->body.compare(0, 3, "\xFF\xD8\xFF") == 0);
    const std::string etag = r->get_header_value("ETag");
    CHECK(etag.size() > 10);
    etags.insert(etag);
    httplib::Headers cond = {{"If-None-Match", etag}};
    auto again = c.Get(u.c_str(), cond);
    CHECK(again->status == 304);
    CHECK(again->body.empty());
    auto head = c.Head(u.c_str());
    CHECK(head->status == 200);
  }
  CHECK(etags.size() == detail["data"]["images"].size());
  CHECK(c.Get("/media/products/NOPE-00000-00000000-1.jpg")->status == 404);
}

TEST_CASE("nothing outside the media folder is reachable through /media") {
  namespace fs = std::filesystem;
  const fs::path media = fs::path(seeded_stub().data_dir()) / "media";
  // A link inside the media folder that points outside it, and a non-image file inside it.
  fs::create_symlink("../../mestore.sqlite3", media / "products" / "leak.jpg");
  std::ofstream(media / "products" / "page.html") << "<script>alert(1)</script>";
  std::ofstream(media / "products" / "page.jpg.html") << "<script>alert(1)</script>";
  fs::create_directories(media / "products" / "dir.jpg");

  httplib::Client c(seeded_stub().url());
  for (const char* path : {"/media/../mestore.sqlite3", "/media/products/../../mestore.sqlite3", "/media/%2e%2e/mestore.sqlite3",
                           "/media/products/%2e%2e/%2e%2e/mestore.sqlite3", "/media/..%2fmestore.sqlite3",
                           "/media/products/leak.jpg", "/media/products/page.html", "/media/products/page.jpg.html",
                           "/media/products/dir.jpg", "/media//etc/passwd", "/media/products/.%2e/.%2e/mestore.sqlite3",
                           "/media/%2fetc%2fpasswd", "/media/products/x.jpg%00.html"}) {
    INFO(path);
    auto r = c.Get(path);
    REQUIRE(r);
    CHECK(r->status >= 400);
    CHECK(r->body.find("SQLite format") == std::string::npos);
    CHECK(r->body.find("<script>") == std::string::npos);
  }
}

TEST_CASE("the OpenAPI document lists the catalog and quote routes") {
  json doc = get_json("/openapi.json");
  for (const char* path : {"/api/v1/products", "/api/v1/products/{id}", "/api/v1/categories", "/api/v1/categories/tree",
                           "/api/v1/categories/{id}", "/api/v1/orders/quote"}) {
    INFO(path);
    CHECK(doc["paths"].contains(path));
  }
  CHECK(doc["paths"]["/api/v1/orders/quote"].contains("post"));
}
