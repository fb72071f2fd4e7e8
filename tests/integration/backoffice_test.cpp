// The vendor portal's and admin back office's endpoints over real HTTP: role guards, the admin's
// filtered/sorted order table (every bad parameter a 422 naming it), status moves through the
// one transition path (illegal: 409), vendor isolation and item fulfilment, both dashboards
// checked against SQL, and the integrity of a freshly seeded demo history.
#include <doctest/doctest.h>

#include <regex>

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
long long sql_int(const std::string& q) { return std::stoll(sql(q)); }

std::string admin() { return token_for(api(), kAdmin); }

// The first field named by a 422.
std::string refused_field(const Answer& a) {
  INFO(a.raw);
  REQUIRE(a.status == 422);
  CHECK(a.code() == "VALIDATION_ERROR");
  return a.body["details"][0]["field"];
}

std::string vendor_id_of(const std::string& token) { return api().get("/api/v1/vendors/me", token).data()["id"]; }

// An in-stock product of `vendor_id` (own = true) or of another vendor.
json product_of(const std::string& vendor_id, bool own) {
  for (const auto& p : products(api(), "min_price=5000&max_price=90000&sort_by=price"))
    if ((p["vendor_id"] == vendor_id) == own && p["stock_available"].get<int>() >= 3) return p;
  FAIL("no product found");
  return {};
}

// Pays by card; a payment held for review is confirmed by the admin instead.
void pay(const std::string& buyer, const std::string& order_id) {
  Answer p = pay_card(api(), buyer, order_id, kApproveCard);
  INFO(p.raw);
  if (api().get("/api/v1/orders/" + order_id, buyer).data()["status"] != "confirmed")
    api().post("/api/v1/admin/orders/" + order_id + "/status", {{"status", "confirmed"}}, admin());
  REQUIRE(api().get("/api/v1/orders/" + order_id, buyer).data()["status"] == "confirmed");
}

}  // namespace

TEST_CASE("back-office routes refuse the wrong role: buyers and vendors get 403, strangers 401") {
  const std::string buyer = new_buyer(api()), vendor = token_for(api(), kVendor);
  for (const char* path : {"/api/v1/admin/orders", "/api/v1/admin/orders/x", "/api/v1/admin/dashboard", "/api/v1/admin/dashboard/kpis"}) {
    INFO(path);
    CHECK(api().get(path, buyer).status == 403);
    CHECK(api().get(path, vendor).status == 403);
    CHECK(api().get(path).status == 401);
  }
  CHECK(api().post("/api/v1/admin/orders/x/status", {{"status", "shipped"}}, buyer).status == 403);
  CHECK(api().post("/api/v1/admin/orders/x/status", {{"status", "shipped"}}, vendor).status == 403);
  for (const char* path : {"/api/v1/vendors/me/orders", "/api/v1/vendors/me/dashboard"}) {
    INFO(path);
    CHECK(api().get(path, buyer).status == 403);
    CHECK(api().get(path, admin()).status == 403);
    CHECK(api().get(path).status == 401);
  }
  CHECK(api().post("/api/v1/vendors/me/orders/x/items/y/fulfilment", {{"status", "preparing"}}, buyer).status == 403);
}

TEST_CASE("admin order table: bad paging, sort, filter and date parameters are 422s naming the parameter") {
  const std::string a = admin();
  const std::string base = "/api/v1/admin/orders?";
  CHECK(refused_field(api().get(base + "size=101", a)) == "size");
  CHECK(refused_field(api().get(base + "size=0", a)) == "size");
  CHECK(refused_field(api().get(base + "page=0", a)) == "page");
  CHECK(refused_field(api().get(base + "page=abc", a)) == "page");
  CHECK(refused_field(api().get(base + "sort=buyer_id", a)) == "sort");
  CHECK(refused_field(api().get(base + "sort=total%3BDROP%20TABLE%20orders", a)) == "sort");
  CHECK(refused_field(api().get(base + "order=up", a)) == "order");
  CHECK(refused_field(api().get(base + "status=lost", a)) == "status");
  CHECK(refused_field(api().get(base + "date_from=2026-02-30", a)) == "date_from");
  CHECK(refused_field(api().get(base + "date_to=yesterday", a)) == "date_to");
  CHECK(refused_field(api().get(base + "date_from=2026-03-02&date_to=2026-03-01", a)) == "date_to");
  CHECK(refused_field(api().get(base + "q=" + std::string(101, 'x'), a)) == "q");
  CHECK(refused_field(api().get("/api/v1/admin/dashboard?days=0", a)) == "days");
  CHECK(refused_field(api().get("/api/v1/admin/dashboard?days=367", a)) == "days");
  CHECK(refused_field(api().get("/api/v1/vendors/me/orders?status=lost", token_for(api(), kVendor))) == "status");
  CHECK(sql("SELECT COUNT(*) FROM orders") != "0");  // still there after the injection attempt
}

TEST_CASE("admin order table: filters and sorts agree with SQL, and the count uses the same filter") {
  const std::string a = admin();
  // The seeded history gives every filter something to find.
  Answer all = api().get("/api/v1/admin/orders?size=100", a);
  REQUIRE(all.status == 200);
  CHECK(all.body["pagination"]["total"] == sql_int("SELECT COUNT(*) FROM orders"));
  CHECK(all.data().size() == std::min<std::size_t>(100, static_cast<std::size_t>(sql_int("SELECT COUNT(*) FROM orders"))));
  for (std::size_t i = 1; i < all.data().size(); ++i) CHECK(all.data()[i - 1]["created_at"] >= all.data()[i]["created_at"]);
  const json row = all.data()[0];
  for (const char* f : {"id", "order_number", "buyer_name", "buyer_email", "status", "payment_status", "total", "item_count", "created_at"})
    CHECK(row.contains(f));
  CHECK(row["item_count"] == sql_int("SELECT COUNT(*) FROM order_items WHERE order_id = '" + row["id"].get<std::string>() + "'"));

  Answer delivered = api().get("/api/v1/admin/orders?status=delivered&size=50", a);
  CHECK(delivered.body["pagination"]["total"] == sql_int("SELECT COUNT(*) FROM orders WHERE status = 'delivered'"));
  for (const auto& r : delivered.data()) CHECK(r["status"] == "delivered");

  const std::string number = row["order_number"];
  Answer by_number = api().get("/api/v1/admin/orders?q=" + number.substr(4), a);
  REQUIRE(by_number.body["pagination"]["total"] == 1);
  CHECK(by_number.data()[0]["id"] == row["id"]);
  Answer by_email = api().get("/api/v1/admin/orders?size=5&q=VALENTINA.OSPINA", a);
  CHECK(by_email.body["pagination"]["total"] ==
        sql_int("SELECT COUNT(*) FROM orders o JOIN users u ON u.id = o.buyer_id WHERE u.email = 'valentina.ospina@mestore.com'"));
  for (const auto& r : by_email.data()) CHECK(r["buyer_email"] == "valentina.ospina@mestore.com");
  // LIKE wildcards are literal text, not patterns.
  CHECK(api().get("/api/v1/admin/orders?q=%25", a).body["pagination"]["total"] == 0);
  CHECK(api().get("/api/v1/admin/orders?q=_", a).body["pagination"]["total"] == 0);

  const std::string vendor_id = vendor_id_of(token_for(api(), kVendor));
  Answer by_vendor = api().get("/api/v1/admin/orders?size=100&vendor_id=" + vendor_id, a);
  CHECK(by_vendor.body["pagination"]["total"] ==
        sql_int("SELECT COUNT(DISTINCT order_id) FROM order_items WHERE vendor_id = '" + vendor_id + "'"));
  for (const auto& r : by_vendor.data())
    CHECK(sql("SELECT COUNT(*) FROM order_items WHERE order_id = '" + r["id"].get<std::string>() + "' AND vendor_id = '" + vendor_id + "'") != "0");

  const std::string day = row["created_at"].get<std::string>().substr(0, 10);
  Answer on_day = api().get("/api/v1/admin/orders?size=100&date_from=" + day + "&date_to=" + day, a);
  CHECK(on_day.body["pagination"]["total"] == sql_int("SELECT COUNT(*) FROM orders WHERE substr(created_at, 1, 10) = '" + day + "'"));
  for (const auto& r : on_day.data()) CHECK(r["created_at"].get<std::string>().substr(0, 10) == day);

  Answer cheap_first = api().get("/api/v1/admin/orders?size=100&sort=total&order=asc&status=delivered", a);
  for (std::size_t i = 1; i < cheap_first.data().size(); ++i) CHECK(cheap_first.data()[i - 1]["total"] <= cheap_first.data()[i]["total"]);
  CHECK(cheap_first.data()[0]["total"] == sql_int("SELECT MIN(total) FROM orders WHERE status = 'delivered'"));
  Answer by_number_sort = api().get("/api/v1/admin/orders?size=50&sort=order_number&order=asc", a);
  for (std::size_t i = 1; i < by_number_sort.data().size(); ++i)
    CHECK(by_number_sort.data()[i - 1]["order_number"] <= by_number_sort.data()[i]["order_number"]);

  Answer page2 = api().get("/api/v1/admin/orders?size=7&page=2", a);
  CHECK(page2.body["pagination"]["page"] == 2);
  CHECK(page2.body["pagination"]["has_prev"] == true);
  CHECK(page2.data()[0]["id"] == all.data()[7]["id"]);
}

TEST_CASE("admin moves an order through transition_order: stock, events and audit follow; an illegal move is 409") {
  const std::string a = admin(), buyer = new_buyer(api());
  const json p = product_of(vendor_id_of(token_for(api(), kVendor)), true);
  const std::string pid = p["id"];
  Answer o = place(api(), buyer, {line(pid, 2)});
  REQUIRE(o.status == 201);
  const std::string id = o.data()["id"];

  Answer detail = api().get("/api/v1/admin/orders/" + id, a);
  REQUIRE(detail.status == 200);
  CHECK(detail.data()["order"]["id"] == id);
  CHECK(detail.data()["buyer"]["email"].get<std::string>().find("@example.com") != std::string::npos);
  CHECK(detail.data()["allowed_next"] == json::array({"confirmed", "cancelled"}));
  CHECK(detail.data()["events"].size() == 1);
  CHECK(detail.data()["payments"].empty());
  CHECK(api().get("/api/v1/admin/orders/no-such-order", a).status == 404);

  pay(buyer, id);
  detail = api().get("/api/v1/admin/orders/" + id, a);
  CHECK(detail.data()["payments"].size() >= 1);
  CHECK(detail.data()["allowed_next"] == json::array({"processing", "cancelled"}));

  // Illegal moves: skipping ahead, going back, a status that does not exist, unknown fields.
  Answer skip = api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "delivered"}}, a);
  CHECK(skip.status == 409);
  CHECK(skip.code() == "INVALID_TRANSITION");
  CHECK(api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "pending"}}, a).code() == "INVALID_TRANSITION");
  CHECK(refused_field(api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "lost"}}, a)) == "status");
  CHECK(refused_field(api().post("/api/v1/admin/orders/" + id + "/status", {{"note", "x"}}, a)) == "status");
  CHECK(refused_field(api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "processing"}, {"total", 1}}, a)) == "total");
  CHECK(api().post("/api/v1/admin/orders/nope/status", {{"status", "processing"}}, a).status == 404);

  const long long quantity = sql_int("SELECT stock_quantity FROM products WHERE id = '" + pid + "'");
  const long long reserved = sql_int("SELECT stock_reserved FROM products WHERE id = '" + pid + "'");
  Answer processing = api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "processing"}, {"note", "empacando"}}, a);
  INFO(processing.raw);
  REQUIRE(processing.status == 200);
  CHECK(processing.data()["order"]["status"] == "processing");
  CHECK(processing.data()["events"].back()["note"] == "empacando");
  Answer shipped = api().patch("/api/v1/admin/orders/" + id + "/status", {{"status", "shipped"}, {"notes", "Servientrega"}}, a);
  REQUIRE(shipped.status == 200);
  // Shipping turns the reservation into a real decrement.
  CHECK(sql_int("SELECT stock_quantity FROM products WHERE id = '" + pid + "'") == quantity - 2);
  CHECK(sql_int("SELECT stock_reserved FROM products WHERE id = '" + pid + "'") == reserved - 2);
  CHECK(shipped.data()["allowed_next"] == json::array({"delivered", "cancelled"}));
  CHECK(api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "delivered"}}, a).status == 200);
  CHECK(api().post("/api/v1/admin/orders/" + id + "/status", {{"status", "shipped"}}, a).code() == "INVALID_TRANSITION");
  Answer audit = api().get("/api/v1/admin/audit-log?action=order.status_changed&size=20", a);
  int moves = 0;
  for (const auto& e : audit.data()) moves += e["target"] == "order:" + id;
  CHECK(moves >= 4);  // confirmed, processing, shipped, delivered
}

TEST_CASE("a vendor sees and fulfils only its own lines; when every line is ready the order is processing") {
  const std::string vendor = token_for(api(), kVendor), mine = vendor_id_of(vendor);
  const json own = product_of(mine, true), other = product_of(mine, false);
  const std::string other_vendor_email =
      sql("SELECT u.email FROM vendors v JOIN users u ON u.id = v.user_id WHERE v.id = '" + other["vendor_id"].get<std::string>() + "'");
  const std::string other_vendor = token_for(api(), other_vendor_email.c_str());
  REQUIRE_FALSE(other_vendor.empty());
  const std::string buyer = new_buyer(api());
  Answer o = place(api(), buyer, {line(own["id"], 1), line(other["id"], 1)});
  REQUIRE(o.status == 201);
  const std::string id = o.data()["id"];
  std::string my_item, their_item;
  for (const auto& l : o.data()["items"]) (l["vendor_id"] == mine ? my_item : their_item) = l["id"];

  Answer listed = api().get("/api/v1/vendors/me/orders?size=100&status=pending", vendor);
  REQUIRE(listed.status == 200);
  bool found = false;
  for (const auto& vo : listed.data()) {
    CHECK(vo["status"] == "pending");
    for (const auto& l : vo["items"]) CHECK(l["vendor_id"] == mine);  // never another vendor's line
    if (vo["order_id"] == id) {
      found = true;
      CHECK(vo["items"].size() == 1);
      CHECK(vo["vendor_subtotal"] == own["price"]);
      CHECK_FALSE(vo.contains("shipping_phone"));
    }
  }
  CHECK(found);
  CHECK(listed.body["pagination"]["total"] ==
        sql_int("SELECT COUNT(*) FROM orders WHERE status = 'pending' AND id IN (SELECT order_id FROM order_items WHERE vendor_id = '" + mine + "')"));

  const std::string mine_path = "/api/v1/vendors/me/orders/" + id + "/items/" + my_item + "/fulfilment";
  const std::string theirs_path = "/api/v1/vendors/me/orders/" + id + "/items/" + their_item + "/fulfilment";
  // Not paid yet: nothing to prepare.
  CHECK(api().post(mine_path, {{"status", "preparing"}}, vendor).code() == "INVALID_TRANSITION");
  pay(buyer, id);
  // Another vendor's line answers like a line that does not exist, and does not move.
  CHECK(api().post(theirs_path, {{"status", "preparing"}}, vendor).status == 404);
  CHECK(api().post("/api/v1/vendors/me/orders/" + id + "/items/nope/fulfilment", {{"status", "preparing"}}, vendor).status == 404);
  CHECK(api().post("/api/v1/vendors/me/orders/nope/items/" + my_item + "/fulfilment", {{"status", "preparing"}}, vendor).status == 404);
  CHECK(sql("SELECT fulfilment_status FROM order_items WHERE id = '" + their_item + "'") == "pending");
  CHECK(refused_field(api().post(mine_path, {{"status", "shipped"}}, vendor)) == "status");
  CHECK(refused_field(api().post(mine_path, {{"status", "preparing"}, {"order_status", "delivered"}}, vendor)) == "order_status");
  // One step at a time.
  CHECK(api().post(mine_path, {{"status", "ready_to_ship"}}, vendor).code() == "INVALID_TRANSITION");
  Answer preparing = api().post(mine_path, {{"status", "preparing"}}, vendor);
  INFO(preparing.raw);
  REQUIRE(preparing.status == 200);
  CHECK(preparing.data()["items"][0]["fulfilment_status"] == "preparing");
  CHECK(api().post(mine_path, {{"status", "preparing"}}, vendor).code() == "INVALID_TRANSITION");
  CHECK(api().post(mine_path, {{"status", "ready_to_ship"}}, vendor).status == 200);
  CHECK(api().get("/api/v1/orders/" + id, buyer).data()["status"] == "confirmed");  // the other line is not ready
  CHECK(api().get("/api/v1/vendors/me/orders/" + id, vendor).data()["items"].size() == 1);

  CHECK(api().post(theirs_path, {{"status", "preparing"}}, other_vendor).status == 200);
  Answer last = api().post(theirs_path, {{"status", "ready_to_ship"}}, other_vendor);
  REQUIRE(last.status == 200);
  CHECK(last.data()["status"] == "processing");
  CHECK(api().get("/api/v1/orders/" + id, buyer).data()["status"] == "processing");
  CHECK(sql("SELECT to_status || '/' || note FROM order_events WHERE order_id = '" + id + "' ORDER BY id DESC LIMIT 1") ==
        "processing/every item is ready to ship");
  // An order that has none of this vendor's lines is not this vendor's to see.
  Answer foreign = place(api(), buyer, {line(other["id"], 1)});
  REQUIRE(foreign.status == 201);
  CHECK(api().get("/api/v1/vendors/me/orders/" + foreign.data()["id"].get<std::string>(), vendor).status == 404);
}

TEST_CASE("the vendor dashboard agrees with SQL over its own lines, commissions and products") {
  const std::string vendor = token_for(api(), kVendor), mine = vendor_id_of(vendor);
  Answer d = api().get("/api/v1/vendors/me/dashboard", vendor);
  INFO(d.raw);
  REQUIRE(d.status == 200);
  const std::string month = d.data()["month"];
  CHECK(std::regex_match(month, std::regex(R"(^\d{4}-\d{2}$)")));
  CHECK(d.data()["sales_this_month"] ==
        sql_int("SELECT COALESCE(SUM(i.line_total), 0) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.vendor_id = '" + mine +
                "' AND o.status IN ('confirmed','processing','shipped','delivered') AND o.created_at >= '" + month + "-01'"));
  CHECK(d.data()["earnings_due"] ==
        sql_int("SELECT COALESCE(SUM(vendor_amount), 0) FROM commissions WHERE vendor_id = '" + mine + "' AND status IN ('PENDING','APPROVED')"));
  CHECK(d.data()["commission_due"] ==
        sql_int("SELECT COALESCE(SUM(commission_amount), 0) FROM commissions WHERE vendor_id = '" + mine + "' AND status IN ('PENDING','APPROVED')"));
  CHECK(d.data()["orders_to_prepare"] ==
        sql_int("SELECT COUNT(DISTINCT i.order_id) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.vendor_id = '" + mine +
                "' AND o.status IN ('confirmed','processing') AND i.fulfilment_status IN ('pending','preparing')"));
  long long products = 0;
  for (const auto& s : d.data()["products_by_status"]) products += s["count"].get<long long>();
  CHECK(products == sql_int("SELECT COUNT(*) FROM products WHERE vendor_id = '" + mine + "'"));
}

TEST_CASE("the admin dashboard: GMV, trend, daily series with zero days, top vendors and alerts agree with SQL") {
  const std::string a = admin();
  Answer d = api().get("/api/v1/admin/dashboard?days=30", a);
  INFO(d.raw.substr(0, 2000));
  REQUIRE(d.status == 200);
  const json& k = d.data();
  const std::string from = k["period_from"];
  CHECK(k["days"] == 30);
  REQUIRE(k["daily"].size() == 30);
  long long gmv = 0, orders = 0;
  for (const auto& p : k["daily"]) {
    gmv += p["gmv"].get<long long>();
    orders += p["orders"].get<long long>();
  }
  CHECK(gmv == k["gmv"].get<long long>());
  CHECK(orders == k["orders"].get<long long>());
  CHECK(k["daily"][0]["date"] == from.substr(0, 10));
  const std::string live = "status IN ('confirmed','processing','shipped','delivered')";
  CHECK(k["gmv"] == sql_int("SELECT COALESCE(SUM(total), 0) FROM orders WHERE " + live + " AND created_at >= '" + from + "'"));
  CHECK(k["gmv"].get<long long>() > 0);  // the seeded history
  const std::string prev_from = sql("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', '" + from + "', '-30 days')");
  CHECK(k["gmv_previous"] == sql_int("SELECT COALESCE(SUM(total), 0) FROM orders WHERE " + live + " AND created_at >= '" + prev_from +
                                     "' AND created_at < '" + from + "'"));
  CHECK(k["orders_previous"] == sql_int("SELECT COUNT(*) FROM orders WHERE " + live + " AND created_at >= '" + prev_from +
                                        "' AND created_at < '" + from + "'"));
  CHECK(k["open_fraud_alerts"] == sql_int("SELECT COUNT(*) FROM fraud_alerts WHERE status = 'open'"));
  CHECK(k["active_vendors"].get<long long>() >= 8);
  CHECK(k["commission_revenue"] == sql_int("SELECT COALESCE(SUM(platform_amount), 0) FROM commissions WHERE status IN"
                                           " ('PENDING','APPROVED','PAID') AND created_at >= '" + from + "'"));
  long long by_status = 0;
  for (const auto& s : k["orders_by_status"]) by_status += s["count"].get<long long>();
  CHECK(by_status == sql_int("SELECT COUNT(*) FROM orders WHERE created_at >= '" + from + "'"));
  REQUIRE(k["top_vendors"].size() <= 5);
  REQUIRE_FALSE(k["top_vendors"].empty());
  for (std::size_t i = 1; i < k["top_vendors"].size(); ++i) CHECK(k["top_vendors"][i - 1]["sales"] >= k["top_vendors"][i]["sales"]);
  const std::string best = k["top_vendors"][0]["vendor_id"];
  CHECK(k["top_vendors"][0]["sales"] == sql_int("SELECT SUM(base) FROM commissions WHERE vendor_id = '" + best +
                                                "' AND status IN ('PENDING','APPROVED','PAID') AND created_at >= '" + from + "'"));

  // A one-day window has one point, and days far in the past (before the history) are zeros.
  Answer one = api().get("/api/v1/admin/dashboard?days=1", a);
  CHECK(one.data()["daily"].size() == 1);
  Answer year = api().get("/api/v1/admin/dashboard/kpis?days=366", a);
  REQUIRE(year.data()["daily"].size() == 366);
  CHECK(year.data()["daily"][0]["gmv"] == 0);
  CHECK(year.data()["daily"][0]["orders"] == 0);
}

TEST_CASE("a freshly seeded demo database holds ~90 days of consistent order history") {
  StubProcess fresh(auth_stub_options());
  auto q = [&](const std::string& s) { return sql_at(fresh, s); };
  const long long total = std::stoll(q("SELECT COUNT(*) FROM orders"));
  CHECK(total >= 200);
  CHECK(total <= 1000);
  for (const char* status : {"delivered", "shipped", "processing", "confirmed", "pending", "cancelled"}) {
    INFO(status);
    CHECK(std::stoll(q(std::string("SELECT COUNT(*) FROM orders WHERE status = '") + status + "'")) > 0);
  }
  CHECK(std::stoll(q("SELECT CAST(julianday(MAX(created_at)) - julianday(MIN(created_at)) AS INTEGER) FROM orders")) >= 80);
  CHECK(q("PRAGMA integrity_check") == "ok");
  CHECK(q("PRAGMA foreign_key_check") == "");
  // The same invariants the crash and commission tests check on live orders.
  CHECK(q("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)") == "0");
  CHECK(q("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'order.created'"
          " AND l.target = 'order:' || o.id)") == "0");
  CHECK(q("SELECT COUNT(*) FROM products p WHERE p.stock_reserved != COALESCE((SELECT SUM(i.quantity) FROM order_items i"
          " JOIN orders o ON o.id = i.order_id WHERE i.product_id = p.id AND o.status IN ('pending','confirmed','processing')), 0)"
          " OR p.stock_reserved > p.stock_quantity") == "0");
  CHECK(std::stoll(q("SELECT SUM(stock_reserved) FROM products")) > 0);
  CHECK(q("SELECT COUNT(*) FROM orders o WHERE status IN ('confirmed','processing','shipped','delivered') AND payment_status = 'paid'"
          " AND NOT EXISTS (SELECT 1 FROM commissions c WHERE c.order_id = o.id)") == "0");
  CHECK(q("SELECT COUNT(*) FROM commissions WHERE vendor_amount + platform_amount != base OR platform_amount != commission_amount") == "0");
  CHECK(q("SELECT COUNT(*) FROM commissions WHERE commission_amount != (base * rate_basis_points * 2 + 10000) / 20000") == "0");
  CHECK(q("SELECT COUNT(*) FROM commissions c WHERE base != (SELECT SUM(line_total) FROM order_items i"
          " WHERE i.order_id = c.order_id AND i.vendor_id = c.vendor_id)") == "0");
  CHECK(q("SELECT COUNT(*) FROM commissions c JOIN orders o ON o.id = c.order_id WHERE o.status = 'pending'") == "0");
  CHECK(q("SELECT COUNT(*) FROM orders o WHERE status IN ('confirmed','processing','shipped','delivered')"
          " AND (SELECT SUM(base) FROM commissions c WHERE c.order_id = o.id AND c.status != 'CANCELLED') != o.subtotal") == "0");
  CHECK(q("SELECT COUNT(*) FROM commissions c JOIN orders o ON o.id = c.order_id WHERE o.status IN ('cancelled','refunded')"
          " AND c.status NOT IN ('CANCELLED','REFUNDED')") == "0");
  CHECK(q("SELECT COUNT(*) FROM orders WHERE total != subtotal + iva + shipping OR iva != (subtotal * 19 + 50) / 100"
          " OR shipping != CASE WHEN subtotal >= 200000 THEN 0 ELSE 15000 END") == "0");
  CHECK(q("SELECT COUNT(*) FROM orders o WHERE payment_status = 'paid' AND NOT EXISTS"
          " (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status = 'APPROVED' AND p.amount = o.total)") == "0");
  // MeStore's number formats, and a tracking number from confirmation on.
  std::string code8, digits8;
  for (int i = 0; i < 8; ++i) code8 += "[A-Z0-9]", digits8 += "[0-9]";
  CHECK(q("SELECT COUNT(*) FROM orders WHERE order_number NOT GLOB 'ORD-" + digits8 + "-" + code8 + "'") == "0");
  CHECK(q("SELECT COUNT(*) FROM orders WHERE confirmed_at IS NOT NULL AND tracking_number NOT GLOB 'SHIP-" + digits8 +
          "[0-9][0-9][0-9][0-9][0-9][0-9]-" + code8 + "'") == "0");
  CHECK(q("SELECT COUNT(*) FROM orders WHERE status IN ('shipped','delivered') AND tracking_number IS NULL") == "0");
  // Each order's events walk the status machine from pending to where it is now, in time order.
  CHECK(q("SELECT COUNT(*) FROM orders o WHERE (SELECT to_status FROM order_events e WHERE e.order_id = o.id ORDER BY id DESC LIMIT 1) != o.status"
          " OR (SELECT to_status FROM order_events e WHERE e.order_id = o.id ORDER BY id LIMIT 1) != 'pending'") == "0");
  CHECK(q("SELECT COUNT(*) FROM order_events a JOIN order_events b ON b.order_id = a.order_id AND b.id = a.id + 1"
          " WHERE b.from_status != a.to_status OR b.at < a.at") == "0");
  int rc = -1;
  std::string verify = "'";
  verify += stub_binary();
  verify += "' verify --data-dir '" + fresh.data_dir() + "' 2>&1";
  const std::string out = run_command(verify, &rc);
  INFO(out);
  CHECK(rc == 0);
  // Deterministic: a second fresh seed writes the same orders (dates follow the clock; ids,
  // number codes, baskets and statuses do not).
  StubProcess again(auth_stub_options());
  const std::string same = "SELECT group_concat(id || substr(order_number, 13) || status || total, ',') FROM (SELECT * FROM orders ORDER BY rowid)";
  CHECK(sql_at(again, same) == q(same));
}
