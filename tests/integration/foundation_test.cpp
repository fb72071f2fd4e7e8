// The native ApiClient against the live stub over loopback: the first slice through every layer.
#include <doctest/doctest.h>
#include <httplib.h>

#include <cstdio>
#include <memory>
#include <regex>

#include "client/api_client.hpp"
#include "stub_process.hpp"

using namespace mestore;
using testsupport::StubProcess;

namespace {

StubProcess& shared_stub() {
  static StubProcess stub({.with_web = true});
  return stub;
}

ApiClient client_for(const StubProcess& s) { return ApiClient(make_default_transport(s.url())); }

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

}  // namespace

TEST_CASE("health answers through the typed client") {
  auto api = client_for(shared_stub());
  auto h = api.health();
  REQUIRE(api.wait(h));
  REQUIRE(h->done());
  CHECK(h->value.status == "ok");
  CHECK(h->value.database == "ok");
}

TEST_CASE("the first page of products comes seeded, paged and in whole pesos") {
  auto api = client_for(shared_stub());
  ProductQuery q;
  q.size = 20;
  auto page = api.products(q);
  REQUIRE(api.wait(page));
  REQUIRE(page->done());
  CHECK(page->value.items.size() == 20);
  CHECK(page->value.pagination.total >= 200);
  CHECK(page->value.pagination.has_next);
  CHECK_FALSE(page->value.pagination.has_prev);
  for (const auto& p : page->value.items) {
    CHECK(p.price.pesos >= 100);
    CHECK(p.status == "APPROVED");
    CHECK_FALSE(p.name.empty());
  }

  q.page = 2;
  auto second = api.products(q);
  REQUIRE(api.wait(second));
  REQUIRE(second->done());
  CHECK(second->value.items.front().id != page->value.items.front().id);
}

TEST_CASE("search narrows the catalog and a product opens by id") {
  auto api = client_for(shared_stub());
  ProductQuery q;
  q.search = "café";
  auto page = api.products(q);
  REQUIRE(api.wait(page));
  REQUIRE(page->done());
  REQUIRE_FALSE(page->value.items.empty());
  for (const auto& p : page->value.items) {
    bool hit = p.name.find("afé") != std::string::npos || p.description.find("afé") != std::string::npos;
    CHECK(hit);
  }
  auto one = api.product(page->value.items.front().id);
  REQUIRE(api.wait(one));
  REQUIRE(one->done());
  CHECK(one->value.id == page->value.items.front().id);

  auto missing = api.product("no-such-product");
  REQUIRE(api.wait(missing));
  CHECK(missing->failed());
  CHECK(missing->error.http_status == 404);
  CHECK(missing->error.code == "NOT_FOUND");
}

TEST_CASE("bad query parameters get the one error envelope naming the field") {
  auto api = client_for(shared_stub());
  ProductQuery q;
  q.sort_by = "price; DROP TABLE products";
  auto page = api.products(q);
  REQUIRE(api.wait(page));
  REQUIRE(page->failed());
  CHECK(page->error.http_status == 422);
  CHECK(page->error.field_message("sort_by").size() > 0);
  CHECK_FALSE(page->error.request_id.empty());
}

TEST_CASE("a stopped server is a network error, not a crash") {
  ApiClient api(make_default_transport("http://127.0.0.1:1"));
  auto h = api.health();
  REQUIRE(api.wait(h));
  CHECK(h->failed());
  CHECK(h->error.kind == ErrorKind::Network);
}

TEST_CASE("every answer carries the security headers; the API is never cached") {
  httplib::Client c(shared_stub().url());
  for (const char* path : {"/api/v1/health", "/api/v1/nowhere", "/", "/no-such-file.js"}) {
    auto r = c.Get(path);
    REQUIRE(r);
    INFO(path);
    CHECK(r->get_header_value("Content-Security-Policy").find("script-src 'self' 'wasm-unsafe-eval'") != std::string::npos);
    CHECK(r->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK_FALSE(r->get_header_value("Referrer-Policy").empty());
    CHECK_FALSE(r->get_header_value("Permissions-Policy").empty());
  }
  auto api = c.Get("/api/v1/products");
  CHECK(api->get_header_value("Cache-Control") == "no-store");
  auto missing = c.Get("/api/v1/nowhere");
  CHECK(missing->status == 404);
  CHECK(missing->body.find("\"error_code\":\"NOT_FOUND\"") != std::string::npos);
  auto wrong_method = c.Delete("/api/v1/products");
  CHECK(wrong_method->status == 405);
  CHECK(wrong_method->body.find("\"status\":\"error\"") != std::string::npos);
}

TEST_CASE("the web app is served with the right types, compression and cache rules") {
  httplib::Client c(shared_stub().url());
  auto index = c.Get("/");
  REQUIRE(index);
  REQUIRE(index->status == 200);
  CHECK(index->get_header_value("Cache-Control") == "no-cache");
  CHECK(index->body.find("<canvas") != std::string::npos);
  CHECK(index->body.find("<script>") == std::string::npos);  // no inline script (CSP)

  std::smatch m;
  REQUIRE(std::regex_search(index->body, m, std::regex(R"(app\.[0-9a-f]{8,}\.wasm)")));
  std::string wasm = "/" + m.str();
  auto plain = c.Get(wasm.c_str());
  REQUIRE(plain);
  CHECK(plain->status == 200);
  CHECK(plain->get_header_value("Content-Type") == "application/wasm");
  CHECK(plain->get_header_value("Cache-Control").find("immutable") != std::string::npos);
  CHECK(plain->body.substr(0, 4) == std::string("\0asm", 4));

  httplib::Headers gz = {{"Accept-Encoding", "gzip"}};
  auto compressed = c.Get(wasm.c_str(), gz);
  CHECK(compressed->get_header_value("Content-Encoding") == "gzip");
  CHECK(compressed->get_header_value_count("Content-Encoding") == 1);

  httplib::Headers cond = {{"If-None-Match", index->get_header_value("ETag")}};
  CHECK(c.Get("/", cond)->status == 304);
  CHECK(c.Get("/../../etc/passwd")->status >= 400);
  CHECK(c.Get("/%2e%2e/%2e%2e/etc/passwd")->status >= 400);
}

TEST_CASE("the real UI, drawn natively against the stub, lists product cards") {
  std::string out = run(testsupport::headless_binary() + " --api " + shared_stub().url() + " --frames 3 --items 2>/dev/null");
  auto items = nlohmann::json::parse(out, nullptr, false);
  REQUIRE(items.is_array());
  int cards = 0;
  for (const auto& i : items)
    if (i["id"].get<std::string>().rfind("home.product.", 0) == 0) ++cards;
  CHECK(cards >= 8);
}
