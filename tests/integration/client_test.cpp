// The native ApiClient and mestore-cli against the live stub, for every endpoint the stub has:
// health, products (paging, search, category, sort), product by id, categories; plus what the
// request pipeline does against a real socket (retries of a GET, none for a keyless POST).
#include <doctest/doctest.h>

#include <cstdio>
#include <set>

#include "client/api_client.hpp"
#include "stub_process.hpp"

using namespace mestore;
using testsupport::StubProcess;

namespace {

StubProcess& stub() {
  static StubProcess s;
  return s;
}

std::string run(const std::string& cmd, int* status = nullptr) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

std::string cli(const std::string& args, int* status = nullptr) {
  return run(std::string(MESTORE_CLI_PATH) + " --api " + stub().url() + " " + args + " 2>&1", status);
}

// A client whose retries wait little, so failure paths stay quick.
ApiClient quick_client(const std::string& url) {
  ClientOptions o;
  o.retry.base_delay_ms = 20;
  o.retry.max_delay_ms = 50;
  return ApiClient(make_default_transport(url), std::move(o));
}

}  // namespace

TEST_CASE("categories list every category with parents before children and product counts") {
  ApiClient api(make_default_transport(stub().url()));
  auto cats = api.categories();
  REQUIRE(api.wait(cats));
  REQUIRE(cats->done());
  REQUIRE_FALSE(cats->value.empty());
  std::set<std::string> ids;
  int top = 0, with_products = 0;
  for (const auto& c : cats->value) {
    CHECK_FALSE(c.slug.empty());
    CHECK_FALSE(c.name.empty());
    CHECK(c.product_count >= 0);
    ids.insert(c.id);
    top += !c.parent_id;
    with_products += c.product_count > 0;
  }
  for (const auto& c : cats->value)
    if (c.parent_id) CHECK(ids.count(*c.parent_id) == 1);
  CHECK(top >= 1);
  CHECK(with_products >= 1);
}

TEST_CASE("a category filter narrows products to that category or its children") {
  ApiClient api(make_default_transport(stub().url()));
  auto cats = api.categories();
  REQUIRE(api.wait(cats));
  REQUIRE(cats->done());
  const Category* pick = nullptr;
  for (const auto& c : cats->value)
    if (!c.parent_id && c.product_count > 0) pick = &c;
  REQUIRE(pick);
  ProductQuery q;
  q.category = pick->slug;
  q.size = 100;
  auto page = api.products(q);
  REQUIRE(api.wait(page));
  REQUIRE(page->done());
  CHECK(page->value.pagination.total == pick->product_count);
  std::set<std::string> allowed{pick->id};
  for (const auto& c : cats->value)
    if (c.parent_id == pick->id) allowed.insert(c.id);
  for (const auto& p : page->value.items) CHECK(allowed.count(p.category_id) == 1);
}

TEST_CASE("products sort by price both ways, and every product opens by id") {
  ApiClient api(make_default_transport(stub().url()));
  ProductQuery q;
  q.sort_by = "price";
  q.sort_order = "desc";
  q.size = 10;
  auto desc = api.products(q);
  REQUIRE(api.wait(desc));
  REQUIRE(desc->done());
  for (std::size_t i = 1; i < desc->value.items.size(); ++i)
    CHECK(desc->value.items[i - 1].price >= desc->value.items[i].price);
  q.sort_order = "asc";
  auto asc = api.products(q);
  REQUIRE(api.wait(asc));
  REQUIRE(asc->done());
  CHECK(asc->value.items.front().price <= desc->value.items.back().price);

  std::vector<Handle<Product>> opened;
  for (const auto& p : desc->value.items) opened.push_back(api.product(p.id));
  for (std::size_t i = 0; i < opened.size(); ++i) {
    REQUIRE(api.wait(opened[i]));
    REQUIRE(opened[i]->done());
    CHECK(opened[i]->value.price == desc->value.items[i].price);
  }
}

TEST_CASE("the last page says there is no next page; past the end is an empty page") {
  ApiClient api(make_default_transport(stub().url()));
  ProductQuery q;
  q.size = 100;
  auto first = api.products(q);
  REQUIRE(api.wait(first));
  REQUIRE(first->done());
  q.page = first->value.pagination.total_pages;
  auto last = api.products(q);
  REQUIRE(api.wait(last));
  REQUIRE(last->done());
  CHECK_FALSE(last->value.pagination.has_next);
  CHECK(last->value.pagination.has_prev == (q.page > 1));
  q.page += 1;
  auto beyond = api.products(q);
  REQUIRE(api.wait(beyond));
  REQUIRE(beyond->done());
  CHECK(beyond->value.items.empty());
}

TEST_CASE("an unreachable server: a GET is retried to the limit, a keyless POST is sent once") {
  ApiClient api = quick_client("http://127.0.0.1:1");
  auto cats = api.categories();
  REQUIRE(api.wait(cats));
  REQUIRE(cats->failed());
  CHECK(cats->error.kind == ErrorKind::Network);
  CHECK(cats->error.attempts == 4);

  auto login = api.login("ana@example.co", "una clave bien larga");
  REQUIRE(api.wait(login));
  REQUIRE(login->failed());
  CHECK(login->error.attempts == 1);
  CHECK(api.session().state() == SessionState::SignedOut);
  CHECK(api.in_flight() == 0);
}

TEST_CASE("mestore-cli talks to the stub") {
  int status = -1;
  std::string out = cli("health", &status);
  CHECK(status == 0);
  CHECK(out.find("status ok") != std::string::npos);

  out = cli("products --search café --size 3", &status);
  CHECK(status == 0);
  CHECK(out.find("$ ") != std::string::npos);  // prices in es-CO pesos
  CHECK(out.find("page 1 of") != std::string::npos);

  out = cli("--json products --size 2", &status);
  REQUIRE(status == 0);
  auto j = json::parse(out, nullptr, false);
  REQUIRE(j.is_object());
  CHECK(j["data"].size() == 2);
  const std::string id = j["data"][0]["id"];
  out = cli("--json product " + id, &status);
  CHECK(status == 0);
  CHECK(json::parse(out, nullptr, false)["id"] == id);

  out = cli("categories", &status);
  CHECK(status == 0);
  CHECK_FALSE(out.empty());

  out = cli("product no-such-product", &status);
  CHECK(status == 1);
  CHECK(out.find("NOT_FOUND") != std::string::npos);

  out = cli("me", &status);  // needs an account
  CHECK(status == 2);
  CHECK(out.find("--email") != std::string::npos);
}
