#include <doctest/doctest.h>

#include <string>

#include "client/api_client.hpp"
#include "client/wire/health.hpp"
#include "client/wire/product.hpp"

using namespace mestore;

namespace {
const char* kProduct = R"({"id":"p1","sku":"TEC-00001","name":"Audífonos","price":129900,"stock_available":3,
  "vendor_name":"TecnoAndina","unknown_extra_field":{"ignored":true}})";

HttpResponse ok(std::string body) {
  HttpResponse r;
  r.status = 200;
  r.body = std::move(body);
  return r;
}
}  // namespace

TEST_CASE("a product decodes, extra fields are ignored") {
  Product p;
  auto err = decode_text(kProduct, p);
  REQUIRE_FALSE(err);
  CHECK(p.name == "Audífonos");
  CHECK(p.price == Cop{129900});
  CHECK(p.stock_available == 3);
}

TEST_CASE("a missing required field is named in the error") {
  Product p;
  auto err = decode_text(R"({"id":"p1","sku":"X","name":"n","stock_available":1})", p);
  REQUIRE(err);
  CHECK(err->field == "price");
  CHECK(err->problem == "missing");
}

TEST_CASE("money refuses floats: no float ever becomes pesos") {
  Product p;
  auto err = decode_text(R"({"id":"p1","sku":"X","name":"n","price":129900.5,"stock_available":1})", p);
  REQUIRE(err);
  CHECK(err->field == "price");
}

TEST_CASE("wrong types, nested paths and hostile input give decode errors, never crashes") {
  Page<Product> page;
  HttpResponse r = ok(R"({"status":"success","data":[{"id":"a","sku":"s","name":"n","price":1,"stock_available":1},
                         {"id":"b","sku":"s","name":7,"price":1,"stock_available":1}],
                         "pagination":{"page":1,"size":20,"total":2,"total_pages":1,"has_next":false,"has_prev":false}})");
  Remote<Page<Product>> out;
  settle_from_response(r, out);
  REQUIRE(out.failed());
  CHECK(out.error.kind == ErrorKind::Decode);
  CHECK(out.error.details.at(0).field == "data[1].name");

  const char* hostile[] = {"", "null", "[]", "{", "{\"status\":\"success\"}", "\xff\xfe", "{\"data\":1e999999}",
                           "{\"status\":\"success\",\"data\":{\"id\":[]}}"};
  for (const char* body : hostile) {
    Remote<Product> o;
    settle_from_response(ok(body), o);
    CHECK(o.failed());
  }
  std::string deep(100000, '[');
  Remote<Product> o;
  settle_from_response(ok(deep), o);
  CHECK(o.failed());
  CHECK(o.error.message.find("deep") != std::string::npos);
}

TEST_CASE("integers out of range are refused, not wrapped") {
  Health h;
  auto err = decode_text(R"({"status":"ok","version":"1","database":"ok","uptime_seconds":18446744073709551615})", h);
  REQUIRE(err);
  CHECK(err->field == "uptime_seconds");
  Product p;
  err = decode_text(R"({"id":"p","sku":"s","name":"n","price":1,"stock_available":4294967296})", p);
  REQUIRE(err);
  CHECK(err->field == "stock_available");
}

TEST_CASE("the error envelope becomes a typed error with field details and Retry-After") {
  HttpResponse r;
  r.status = 429;
  r.headers["retry-after"] = "1800";
  r.body = R"({"status":"error","error_code":"ACCOUNT_LOCKED","error_message":"locked","details":[{"field":"email","message":"too many attempts","error_type":"lockout"}],"request_id":"abc"})";
  Remote<Health> out;
  settle_from_response(r, out);
  REQUIRE(out.failed());
  CHECK(out.error.kind == ErrorKind::Http);
  CHECK(out.error.code == "ACCOUNT_LOCKED");
  CHECK(out.error.retry_after_seconds == 1800);
  CHECK(out.error.field_message("email") == "too many attempts");
  CHECK(out.error.request_id == "abc");
}

TEST_CASE("a non-envelope error page and a network failure are still typed errors") {
  HttpResponse html;
  html.status = 502;
  html.body = "<html>Bad gateway</html>";
  Remote<Health> a;
  settle_from_response(html, a);
  CHECK(a.error.kind == ErrorKind::Http);
  CHECK(a.error.code == "HTTP_502");

  HttpResponse down;  // status 0: no answer
  Remote<Health> b;
  settle_from_response(down, b);
  CHECK(b.error.kind == ErrorKind::Network);
  CHECK(b.error.retryable());
}

TEST_CASE("query strings are percent-encoded and skip empty values") {
  CHECK(build_query({{"search", "café con leche"}, {"category", ""}, {"page", "2"}}) ==
        "?search=caf%C3%A9%20con%20leche&page=2");
  CHECK(build_query({}) == "");
}
