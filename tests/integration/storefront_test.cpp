// The storefront's client calls against the live stub (categories, catalog filters, the quote),
// and the real storefront screens drawn natively by the headless host.
#include <doctest/doctest.h>

#include <cstdio>
#include <set>

#include "client/api_client.hpp"
#include "stub_process.hpp"

using namespace mestore;
using testsupport::StubProcess;

namespace {

StubProcess& storefront_stub() {
  static StubProcess stub;
  return stub;
}

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

std::set<std::string> headless_ids(const std::string& route, const std::string& size = "1280x800") {
  const std::string out = run(testsupport::headless_binary() + " --api " + storefront_stub().url() + " --route '" +
                              route + "' --size " + size + " --frames 3 --items 2>/dev/null");
  auto items = nlohmann::json::parse(out, nullptr, false);
  std::set<std::string> ids;
  if (!items.is_array()) return ids;
  for (const auto& i : items) ids.insert(i["id"].get<std::string>());
  return ids;
}

bool has_prefix(const std::set<std::string>& ids, const std::string& prefix) {
  for (const auto& id : ids)
    if (id.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("categories come as a flat list whose children point at their parents") {
  ApiClient api(make_default_transport(storefront_stub().url()));
  auto h = api.categories();
  REQUIRE(api.wait(h));
  REQUIRE(h->done());
  const auto& cats = h->value;
  REQUIRE(cats.size() >= 5);
  std::set<std::string> ids;
  for (const auto& c : cats) ids.insert(c.id);
  int children = 0;
  for (const auto& c : cats) {
    CHECK_FALSE(c.slug.empty());
    if (c.parent_id) {
      ++children;
      CHECK(ids.count(*c.parent_id) == 1);
    }
  }
  CHECK(children > 0);
}

TEST_CASE("the catalog's new filters are sent and never break the request") {
  ApiClient api(make_default_transport(storefront_stub().url()));
  ProductQuery q;
  q.category = "tecnologia";
  q.min_price = 10000;
  q.max_price = 5000000;
  q.in_stock = true;
  q.sort_by = "price";
  q.sort_order = "asc";
  auto h = api.products(q);
  REQUIRE(api.wait(h));
  REQUIRE(h->done());
  CHECK_FALSE(h->value.items.empty());
  for (size_t i = 1; i < h->value.items.size(); ++i) CHECK(h->value.items[i - 1].price <= h->value.items[i].price);
}

TEST_CASE("a quote is the server's arithmetic, or a clean error where the endpoint is missing") {
  ApiClient api(make_default_transport(storefront_stub().url()));
  ProductQuery pq;
  pq.size = 50;
  auto products = api.products(pq);
  REQUIRE(api.wait(products));
  QuoteRequest r;
  for (const auto& p : products->value.items)
    if (p.stock_available >= 2 && r.items.size() < 2) r.items.push_back({p.id, 2});
  auto h = api.quote(r);
  REQUIRE(api.wait(h));
  if (h->failed()) {
    // Before the commerce work lands: the route does not exist; the client reports it as such.
    CHECK(h->error.kind == ErrorKind::Http);
    CHECK((h->error.http_status == 404 || h->error.http_status == 405));
    MESSAGE("POST /api/v1/orders/quote is not on this server yet: arithmetic checks skipped");
    return;
  }
  const Quote& q = h->value;
  Cop sum;
  for (const auto& l : q.lines) {
    CHECK(l.line_total == l.unit_price * l.quantity);
    sum = sum + l.line_total;
  }
  CHECK(q.subtotal == sum);
  CHECK(q.total == q.subtotal + q.iva + q.shipping);
}

TEST_CASE("the storefront screens draw natively with their automation ids") {
  auto home = headless_ids("#/");
  CHECK(has_prefix(home, "home.product."));
  CHECK(has_prefix(home, "home.category."));
  CHECK(home.count("nav.cart"));
  CHECK(home.count("nav.search"));
  auto catalog = headless_ids("#/catalog?cat=tecnologia&sort=price_asc");
  CHECK(has_prefix(catalog, "catalog.product."));
  CHECK(catalog.count("catalog.search"));
  CHECK(catalog.count("catalog.sort"));
  CHECK(catalog.count("catalog.cat.tecnologia"));
  CHECK(catalog.count("catalog.view.list"));
  CHECK(catalog.count("catalog.chip.cat"));
  auto empty = headless_ids("#/catalog?q=zzzzqqq");
  CHECK(empty.count("catalog.empty_clear"));
  auto cart = headless_ids("#/cart");
  CHECK(cart.count("cart.browse"));
  auto phone = headless_ids("#/", "390x844");
  CHECK(phone.count("nav.search_toggle"));
  CHECK(has_prefix(phone, "home.product."));
}

TEST_CASE("the account screens draw natively; a guest asking for the account is sent to sign in") {
  auto login = headless_ids("#/login");
  for (const char* id : {"login.email", "login.password", "login.password.show", "login.submit", "login.register",
                         "login.vendor_apply", "nav.account"})
    CHECK_MESSAGE(login.count(id), id);
  auto reg = headless_ids("#/register", "390x844");
  for (const char* id : {"register.name", "register.email", "register.phone", "register.password", "register.confirm",
                         "register.submit", "register.login"})
    CHECK_MESSAGE(reg.count(id), id);
  auto vendor = headless_ids("#/vendor-apply", "1280x1600");  // the whole form, no fold
  for (const char* id : {"vendor.name", "vendor.phone", "vendor.business", "vendor.document", "vendor.type.empresa"})
    CHECK_MESSAGE(vendor.count(id), id);
  auto account = headless_ids("#/account");
  CHECK(account.count("login.submit"));
  CHECK_FALSE(account.count("account.name"));
}
