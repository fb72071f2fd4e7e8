// libFuzzer target (clang-14, -fsanitize=fuzzer,address,undefined) for the stub server's side of
// the wire: everything that reads a request before a handler trusts it. The first byte picks the
// reader, the rest is the attacker's bytes:
//   0  a JSON body: the size/depth pre-check and parse, the order-items reader, and a BodyReader
//      run over every kind of field a form sends
//   1  a query string: the product list's filter (page, size, prices, sort) and query_int
//   2  a request path: the router's pattern matching and path splitting
//   3  a password: the policy check (length in characters, email local part, common list)
// Bad input must end as an ApiFailure (the 4xx envelope) or a clean result; anything else, a
// crash, a sanitizer report or another exception type, fails the ctest `fuzz_requests`.
#include <cstddef>
#include <cstdint>
#include <string>

#include <httplib.h>

#include "server-stub/auth/passwords.hpp"
#include "server-stub/catalog/product_filter.hpp"
#include "server-stub/http/api_failure.hpp"
#include "server-stub/http/body_reader.hpp"
#include "server-stub/http/context.hpp"
#include "server-stub/http/router.hpp"
#include "server-stub/orders/quote_request.hpp"

using namespace stub;

namespace {

// A 4xx is the expected answer to bad input; a 5xx would mean the reader gave up on it.
void expect_client_error(const ApiFailure& failure) {
  if (failure.status < 400 || failure.status > 499) __builtin_trap();
}

void read_body(const std::string& text) {
  httplib::Request req;
  req.body = text;
  Context ctx{req};
  try {
    const json& body = ctx.body();
    try { (void)orders::parse_order_items(body); } catch (const ApiFailure& f) { expect_client_error(f); }
    BodyReader r(body);
    r.allow_only({"email", "password", "name", "phone", "quantity", "active", "method"});
    (void)r.email();
    (void)r.secret("password");
    (void)r.text("name", 2, 100, false);
    (void)r.colombian_mobile("phone", false);
    (void)r.integer("quantity", 1, 1000, false);
    (void)r.boolean("active");
    (void)r.one_of("method", {"CARD", "PSE", "EFECTY"}, false);
    r.check();
  } catch (const ApiFailure& f) {
    expect_client_error(f);
  }
}

void read_query(const std::string& text) {
  httplib::Request req;
  httplib::detail::parse_query_text(text, req.params);
  Context ctx{req};
  try {
    (void)catalog::parse_product_filter(ctx);
    (void)ctx.query_int("page", 1, 1, 100000);
  } catch (const ApiFailure& f) {
    expect_client_error(f);
  }
}

const Router& sample_router() {
  static const Router router = [] {
    Router r;
    auto nothing = [](Context&) { return Reply::ok(nullptr); };
    for (const char* pattern : {"/api/v1/products", "/api/v1/products/{id}", "/api/v1/orders/{id}/receipt",
                                "/api/v1/auth/sessions/{id}", "/api/v1/admin/users/{id}/unlock"})
      r.add({"GET", pattern, Access::anyone(), nothing});
    return r;
  }();
  return router;
}

void match_path(const std::string& path) {
  std::map<std::string, std::string> params;
  bool method_mismatch = false;
  const Route* route = sample_router().match("GET", path, params, method_mismatch);
  // A match binds every {name} of its pattern, and nothing else.
  if (route && params.size() != static_cast<std::size_t>(std::count(route->pattern.begin(), route->pattern.end(), '{')))
    __builtin_trap();
  (void)split_path(path);
}

void check_password(const std::string& password) {
  (void)passwords::policy_problems(password, "camila.rodriguez@mestore.com");
  (void)passwords::utf8_length(password);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0: read_body(text); break;
    case 1: read_query(text); break;
    case 2: match_path(text); break;
    default: check_password(text); break;
  }
  return 0;
}
