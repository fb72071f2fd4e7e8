#include <doctest/doctest.h>

#include "http/router.hpp"
#include "ui/router.hpp"

TEST_CASE("the stub's router prefers literal segments over parameters, whatever the order") {
  stub::Router r;
  r.add({"GET", "/api/v1/categories/{id}", stub::Access::anyone(), [](stub::Context&) { return stub::Reply::ok(1); }});
  r.add({"GET", "/api/v1/categories/tree", stub::Access::anyone(), [](stub::Context&) { return stub::Reply::ok(2); }});
  std::map<std::string, std::string> params;
  bool mismatch = false;
  const stub::Route* m = r.match("GET", "/api/v1/categories/tree", params, mismatch);
  REQUIRE(m);
  CHECK(m->pattern == "/api/v1/categories/tree");
  m = r.match("GET", "/api/v1/categories/abc", params, mismatch);
  REQUIRE(m);
  CHECK(params.at("id") == "abc");
  CHECK_FALSE(r.match("POST", "/api/v1/categories/abc", params, mismatch));
  CHECK(mismatch);  // → 405, not 404
  CHECK_FALSE(r.match("GET", "/api/v1/categories/a/b", params, mismatch));
  CHECK_FALSE(mismatch);
}

TEST_CASE("UI routes parse, encode and compare") {
  ui::Route r = ui::Route::parse("#/catalog?q=caf%C3%A9&page=2&empty=");
  CHECK(r.path == "/catalog");
  CHECK(r.get("q") == "café");
  CHECK(r.get_int("page", 1) == 2);
  CHECK(r.query.count("empty") == 0);
  CHECK(r.str() == "/catalog?page=2&q=caf%C3%A9");
  CHECK(ui::Route::parse("").path == "/");
  CHECK(ui::Route::parse("#/x?page=-4").get_int("page", 1) == 1);
  std::string param;
  CHECK(ui::match_route("/product/{id}", "/product/abc", &param));
  CHECK(param == "abc");
  CHECK_FALSE(ui::match_route("/product/{id}", "/product/", &param));
  CHECK_FALSE(ui::match_route("/product/{id}", "/product/a/b", &param));
}
