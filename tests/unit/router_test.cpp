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

TEST_CASE("a path belongs to its most literal pattern under any method: GET /orders/quote is a 405, not order \"quote\"") {
  auto h = [](stub::Context&) { return stub::Reply::ok(1); };
  // Both declaration orders: the answer must not depend on which route was added first.
  for (bool quote_first : {true, false}) {
    stub::Router r;
    const stub::Route quote{"POST", "/api/v1/orders/quote", stub::Access::anyone(), h};
    const stub::Route one{"GET", "/api/v1/orders/{id}", stub::Access::anyone(), h};
    const stub::Route cancel_post{"POST", "/api/v1/orders/{id}/cancel", stub::Access::anyone(), h};
    const stub::Route cancel_patch{"PATCH", "/api/v1/orders/{id}/cancel", stub::Access::anyone(), h};
    if (quote_first) r.add(quote);
    r.add(one);
    if (!quote_first) r.add(quote);
    r.add(cancel_post);
    r.add(cancel_patch);
    std::map<std::string, std::string> params;
    bool mismatch = false;
    CAPTURE(quote_first);
    CHECK_FALSE(r.match("GET", "/api/v1/orders/quote", params, mismatch));
    CHECK(mismatch);
    const stub::Route* m = r.match("POST", "/api/v1/orders/quote", params, mismatch);
    REQUIRE(m);
    CHECK(m->pattern == "/api/v1/orders/quote");
    CHECK_FALSE(mismatch);
    m = r.match("GET", "/api/v1/orders/abc", params, mismatch);
    REQUIRE(m);
    CHECK(params.at("id") == "abc");
    CHECK_FALSE(r.match("DELETE", "/api/v1/orders/abc", params, mismatch));
    CHECK(mismatch);
    m = r.match("PATCH", "/api/v1/orders/abc/cancel", params, mismatch);
    REQUIRE(m);
    CHECK(m->method == "PATCH");
    CHECK(params.at("id") == "abc");
    CHECK_FALSE(r.match("GET", "/api/v1/orders/abc/cancel", params, mismatch));
    CHECK(mismatch);
    CHECK_FALSE(r.match("GET", "/api/v1/nothing/here", params, mismatch));
    CHECK_FALSE(mismatch);  // → 404
  }
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
