// Commissions over real HTTP: one per vendor per confirmed order on that vendor's items'
// subtotal at the vendor's rate, invariants over hundreds of random orders, vendor isolation,
// admin approval (audited) and CSV exports.
#include <doctest/doctest.h>

#include <algorithm>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "money_helpers.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  static bool settled = (settle_clock(Api(s.url())), true);
  (void)settled;
  return s;
}
Api api() { return Api(stub().url()); }
std::string sql(const std::string& q) { return sql_at(stub(), q); }

// Pays an order; a payment held for review is approved by the admin, so it ends confirmed.
std::string pay_and_confirm(const Api& a, const std::string& buyer, const std::string& admin, const std::string& order_id) {
  Answer p = pay_card(a, buyer, order_id, kApproveCard);
  if (p.status != 200) return "payment " + std::to_string(p.status);
  if (p.data()["status"] == "REVIEW") {
    Answer q = a.get("/api/v1/admin/fraud/reviews?size=100", admin);
    for (const auto& r : q.data())
      if (r["payment_id"] == p.data()["id"]) a.post("/api/v1/admin/fraud/reviews/" + r["id"].get<std::string>() + "/approve", json::object(), admin);
  }
  return a.get("/api/v1/orders/" + order_id, buyer).data()["status"];
}

// Products of two different vendors.
std::pair<json, json> two_vendors() {
  auto p = products(api(), "min_price=10000&max_price=80000&sort_by=price");
  for (const auto& x : p)
    for (const auto& y : p)
      if (x["vendor_id"] != y["vendor_id"] && x["stock_available"].get<int>() >= 3 && y["stock_available"].get<int>() >= 3) return {x, y};
  FAIL("no two vendors with stock");
  return {};
}

}  // namespace

TEST_CASE("a confirmed order makes one commission per vendor on that vendor's subtotal, at its rate") {
  auto [x, y] = two_vendors();
  const std::string buyer = new_buyer(api()), admin = token_for(api(), kAdmin);
  Answer o = place(api(), buyer, {line(x["id"], 2), line(y["id"], 1)});
  REQUIRE(o.status == 201);
  const std::string id = o.data()["id"];
  CHECK(sql("SELECT COUNT(*) FROM commissions WHERE order_id = '" + id + "'") == "0");  // not before payment
  REQUIRE(pay_and_confirm(api(), buyer, admin, id) == "confirmed");
  Answer all = api().get("/api/v1/admin/commissions?size=100", admin);
  REQUIRE(all.status == 200);
  int mine = 0;
  for (const auto& c : all.data()) {
    if (c["order_id"] != id) continue;
    ++mine;
    const bool is_x = c["vendor_id"] == x["vendor_id"];
    const long long base = is_x ? x["price"].get<long long>() * 2 : y["price"].get<long long>();
    CHECK(c["base"] == base);
    const long long rate = c["rate_basis_points"];
    const std::string type = c["commission_type"];
    CHECK(rate == (type == "STANDARD" ? 500 : type == "PREMIUM" ? 300 : type == "PROMOTIONAL" ? 200 : 400));
    CHECK(c["commission_amount"] == (base * rate * 2 + 10000) / 20000);
    CHECK(c["vendor_amount"].get<long long>() + c["platform_amount"].get<long long>() == base);
    CHECK(c["status"] == "PENDING");
  }
  CHECK(mine == 2);
}

TEST_CASE("commission invariants hold over hundreds of random orders") {
  const std::string admin = token_for(api(), kAdmin);
  auto catalog = products(api(), "min_price=1000&max_price=60000&sort_by=price");
  REQUIRE(catalog.size() >= 20);
  for (const auto& p : catalog)  // plenty of stock, so randomness never runs out of it
    sql("UPDATE products SET stock_quantity = stock_reserved + 1000 WHERE id = '" + p["id"].get<std::string>() + "'");
  std::mutex mu;
  int confirmed = 0;
  std::vector<std::string> problems;
  // 40 buyers × 5 orders: at most 5 payments each within ten minutes, below the rapid-payment rule.
  auto worker = [&](int w) {
    std::mt19937 rng(static_cast<unsigned>(1234 + w));
    Api a(stub().url());
    for (int b = 0; b < 10; ++b) {
      const std::string buyer = new_buyer(a, "many");
      std::set<long long> totals;  // paying the same amount twice within the hour is a duplicate payment (declined)
      for (int k = 0; k < 5; ++k) {
        json items = json::array();
        std::set<std::size_t> used;
        const int lines = 1 + static_cast<int>(rng() % 4);
        for (int l = 0; l < lines; ++l) {
          std::size_t i = rng() % catalog.size();
          if (!used.insert(i).second) continue;
          items.push_back(line(catalog[i]["id"], 1 + static_cast<long long>(rng() % 3)));
        }
        Answer o = place(a, buyer, items);
        if (o.status == 201 && !totals.insert(o.data()["total"].get<long long>()).second) {
          // The same total as an earlier basket of this buyer: cancel it and draw another basket.
          a.post("/api/v1/orders/" + o.data()["id"].get<std::string>() + "/cancel", {{"reason", "otra canasta"}}, buyer);
          --k;
          continue;
        }
        std::string status = o.status == 201 ? pay_and_confirm(a, buyer, admin, o.data()["id"]) : "order " + std::to_string(o.status);
        std::lock_guard<std::mutex> lock(mu);
        if (status == "confirmed") ++confirmed;
        else problems.push_back(status);
      }
    }
  };
  std::vector<std::thread> threads;
  for (int w = 0; w < 4; ++w) threads.emplace_back(worker, w);
  for (auto& t : threads) t.join();
  INFO(problems.size() << " not confirmed, first: " << (problems.empty() ? "" : problems[0]));
  CHECK(confirmed == 200);

  // Every rule, checked by SQL over the whole table.
  CHECK(sql("SELECT COUNT(*) FROM commissions WHERE vendor_amount + platform_amount != base OR platform_amount != commission_amount") == "0");
  CHECK(sql("SELECT COUNT(*) FROM commissions c JOIN vendors v ON v.id = c.vendor_id WHERE c.commission_type != v.commission_type"
            " OR c.rate_basis_points != CASE v.commission_type WHEN 'STANDARD' THEN 500 WHEN 'PREMIUM' THEN 300"
            " WHEN 'PROMOTIONAL' THEN 200 ELSE 400 END") == "0");
  CHECK(sql("SELECT COUNT(*) FROM commissions WHERE commission_amount != (base * rate_basis_points * 2 + 10000) / 20000") == "0");
  CHECK(sql("SELECT COUNT(*) FROM commissions c WHERE base != (SELECT SUM(line_total) FROM order_items i"
            " WHERE i.order_id = c.order_id AND i.vendor_id = c.vendor_id)") == "0");
  // One per vendor of every confirmed order, none for unconfirmed ones.
  CHECK(sql("SELECT COUNT(*) FROM (SELECT DISTINCT i.order_id, i.vendor_id FROM order_items i JOIN orders o ON o.id = i.order_id"
            " WHERE o.status = 'confirmed') x LEFT JOIN commissions c ON c.order_id = x.order_id AND c.vendor_id = x.vendor_id"
            " WHERE c.id IS NULL") == "0");
  CHECK(sql("SELECT COUNT(*) FROM commissions c JOIN orders o ON o.id = c.order_id WHERE o.status = 'pending'") == "0");
  CHECK(std::stoi(sql("SELECT COUNT(*) FROM commissions")) >= confirmed);
  // The platform never earns more than the order's subtotal, nor anything on IVA and shipping.
  CHECK(sql("SELECT COUNT(*) FROM orders o WHERE status = 'confirmed' AND (SELECT SUM(base) FROM commissions c WHERE c.order_id = o.id) != o.subtotal") == "0");
}

TEST_CASE("a vendor sees only their own commissions; admins approve (audited) and export CSV") {
  auto [x, y] = two_vendors();
  const std::string buyer = new_buyer(api()), admin = token_for(api(), kAdmin);
  Answer o = place(api(), buyer, {line(x["id"], 1), line(y["id"], 1)});
  REQUIRE(pay_and_confirm(api(), buyer, admin, o.data()["id"]) == "confirmed");
  const std::string vendor = token_for(api(), kVendor);
  const std::string vendor_id = api().get("/api/v1/vendors/me", vendor).data()["id"];
  Answer own = api().get("/api/v1/vendors/me/commissions?size=100", vendor);
  REQUIRE(own.status == 200);
  for (const auto& c : own.data()) CHECK(c["vendor_id"] == vendor_id);
  Answer all = api().get("/api/v1/admin/commissions?size=100&vendor_id=", admin);
  std::string foreign, pending;
  for (const auto& c : all.data()) {
    if (c["vendor_id"] != vendor_id) foreign = c["id"];
    if (c["status"] == "PENDING") pending = c["id"];
  }
  REQUIRE_FALSE(foreign.empty());
  CHECK(api().get("/api/v1/vendors/me/commissions/" + foreign, vendor).status == 404);
  CHECK(api().get("/api/v1/admin/commissions", vendor).status == 403);
  CHECK(api().get("/api/v1/vendors/me/commissions", buyer).status == 403);

  Answer summary = api().get("/api/v1/vendors/me/commissions/summary", vendor);
  REQUIRE(summary.status == 200);
  CHECK(summary.data()["total_earnings"].get<long long>() + summary.data()["total_commission"].get<long long>() ==
        summary.data()["total_sales"].get<long long>());

  REQUIRE_FALSE(pending.empty());
  Answer approved = api().post("/api/v1/admin/commissions/" + pending + "/approve", json::object(), admin);
  INFO(approved.raw);
  REQUIRE(approved.status == 200);
  CHECK(approved.data()["status"] == "APPROVED");
  CHECK_FALSE(approved.data()["approved_at"].is_null());
  CHECK(api().post("/api/v1/admin/commissions/" + pending + "/approve", json::object(), admin).code() == "INVALID_TRANSITION");
  Answer log = api().get("/api/v1/admin/audit-log?action=commission.approved", admin);
  REQUIRE_FALSE(log.data().empty());
  CHECK(log.data()[0]["target"] == "commission:" + pending);

  for (const std::string path : {"/api/v1/admin/commissions/export.csv", "/api/v1/admin/commissions?format=csv"}) {
    Answer csv = api().get(path, admin);
    CHECK(csv.status == 200);
    CHECK(csv.header("Content-Type").rfind("text/csv", 0) == 0);
    CHECK(csv.raw.rfind("id,order_number,vendor_id,vendor_name,commission_type", 0) == 0);
    CHECK(csv.raw.find(pending) != std::string::npos);
  }
  Answer mine = api().get("/api/v1/vendors/me/commissions/export.csv", vendor);
  CHECK(mine.header("Content-Type").rfind("text/csv", 0) == 0);
  CHECK(mine.raw.find(foreign) == std::string::npos);
  const auto rows = std::count(mine.raw.begin(), mine.raw.end(), '\n');
  CHECK(rows == static_cast<long>(own.body["pagination"]["total"].get<int>()) + 1);
}
