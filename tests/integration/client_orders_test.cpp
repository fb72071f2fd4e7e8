// The native ApiClient against the live stub for the order, payment, receipt, fraud and
// commission endpoints: the same client code the browser app runs, over a real socket. Keys come
// from Intents (one per user attempt), so a replay of the same intent is the same order.
#include <doctest/doctest.h>

#include "client/api_client.hpp"
#include "client/receipt.hpp"
#include "client_waits.hpp"
#include "money_helpers.hpp"

using namespace testsupport;
using mestore::ApiClient;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  static bool settled = (settle_clock(Api(s.url())), true);
  (void)settled;
  return s;
}

// A new buyer signed in through the client: registers, then logs in.
void sign_up(ApiClient& api, const std::string& tag) {
  const std::string email = unique_email(tag);
  done(api, api.register_buyer({email, seed_password(), "Laura Gómez", "3001234567"}));
  done(api, api.login(email, seed_password()));
}

mestore::Product cheap_in_stock(ApiClient& api, int min_stock) {
  mestore::ProductQuery q;
  q.size = 100;
  q.in_stock = true;
  q.min_price = 20000;
  q.max_price = 90000;
  q.sort_by = "price";
  for (const auto& p : done(api, api.products(q)).items)
    if (p.stock_available >= min_stock) return p;
  FAIL("no product in stock");
  return {};
}

mestore::CreateOrderRequest order_for(const mestore::Product& p, int quantity) {
  mestore::CreateOrderRequest rq;
  rq.items = {{p.id, quantity}};
  rq.shipping = {"Laura Gómez", "+573001234567", "", "Calle 85 # 11-53, apto 402", "Bogotá", "Cundinamarca", ""};
  return rq;
}

mestore::PaymentRequest card_payment(const std::string& order_id, const std::string& token) {
  mestore::PaymentRequest rq;
  rq.order_id = order_id;
  rq.method = "CARD";
  rq.card_token = token;
  return rq;
}

}  // namespace

TEST_CASE("ApiClient: order, a declined card then an approved one, order, tracking, payment status and a verified receipt") {
  ApiClient api(mestore::make_default_transport(stub().url()));
  sign_up(api, "cliente");
  const mestore::Product p = cheap_in_stock(api, 2);
  const auto rq = order_for(p, 2);

  mestore::Intent place;
  const mestore::Order order = done(api, api.create_order(rq, place));
  CHECK(order.status == "pending");
  CHECK(order.can_pay);
  CHECK(order.items.at(0).unit_price == p.price);  // the database price
  CHECK(order.total == order.subtotal + order.iva + order.shipping);
  // The same intent again (a retry after a lost answer) is the same order.
  CHECK(done(api, api.create_order(rq, place)).id == order.id);

  const auto methods = done(api, api.payment_methods());
  CHECK(methods.methods.size() == 3);
  CHECK_FALSE(methods.pse_banks.empty());

  const auto declined_card = done(api, api.tokenize_card({kDeclineCard, "123", 12, 2031, "LAURA GOMEZ"}));
  CHECK(declined_card.brand == "VISA");
  CHECK(declined_card.last_four == "1111");
  mestore::Intent first_try;
  const auto declined = done(api, api.process_payment(card_payment(order.id, declined_card.token), first_try));
  CHECK(declined.status == "DECLINED");
  CHECK(declined.amount == order.total);

  const auto good_card = done(api, api.tokenize_card({kApproveCard, "123", 12, 2031, "LAURA GOMEZ"}));
  mestore::Intent second_try;
  const auto paid = done(api, api.process_payment(card_payment(order.id, good_card.token), second_try));
  CHECK(paid.status == "APPROVED");
  CHECK(paid.order_status == "confirmed");
  CHECK(paid.payment_status == "paid");

  const auto status = done(api, api.payment_status(order.id));
  CHECK(status.payments.size() == 2);
  CHECK(status.payment_status == "paid");
  const auto mine = done(api, api.orders(1, 20));
  REQUIRE(mine.items.size() == 1);
  CHECK(mine.items[0].id == order.id);
  const auto tracking = done(api, api.order_tracking(order.id));
  REQUIRE(tracking.tracking_number);
  CHECK(tracking.tracking_number->rfind("SHIP-", 0) == 0);
  CHECK(done(api, api.order(order.id)).can_cancel == false);  // confirmed: no buyer cancel

  mestore::SignedReceipt receipt = done(api, api.receipt(order.id));
  const auto keys = done(api, api.signing_keys());
  CHECK(mestore::verify_receipt(receipt, keys) == mestore::ReceiptVerdict::Valid);
  receipt.receipt["total"] = receipt.receipt["total"].get<long long>() - 1;
  CHECK(mestore::verify_receipt(receipt, keys) == mestore::ReceiptVerdict::BadSignature);
}

TEST_CASE("ApiClient: a buyer cancels a pending order; another buyer gets a 404, not the order") {
  ApiClient api(mestore::make_default_transport(stub().url()));
  sign_up(api, "cancela");
  const auto order = done(api, api.create_order(order_for(cheap_in_stock(api, 1), 1), mestore::Intent()));

  ApiClient other(mestore::make_default_transport(stub().url()));
  sign_up(other, "otro");
  auto peek = other.order(order.id);
  REQUIRE(other.wait(peek));
  REQUIRE(peek->failed());
  CHECK(peek->error.http_status == 404);
  auto steal = other.cancel_order(order.id, "no es mío");
  REQUIRE(other.wait(steal));
  CHECK(steal->error.http_status == 404);

  const auto cancelled = done(api, api.cancel_order(order.id, "me equivoqué de talla"));
  CHECK(cancelled.status == "cancelled");
  CHECK(cancelled.cancel_reason == std::optional<std::string>("me equivoqué de talla"));
}

TEST_CASE("ApiClient: with the fraud scorer down a payment is held; the admin sees the alert and the review, and approves it") {
  ApiClient admin(mestore::make_default_transport(stub().url()));
  done(admin, admin.admin_login(kAdmin, seed_password()));
  done(admin, admin.set_faults({"fraud_scorer_down"}));

  ApiClient buyer(mestore::make_default_transport(stub().url()));
  sign_up(buyer, "retenido");
  const auto order = done(buyer, buyer.create_order(order_for(cheap_in_stock(buyer, 1), 1), mestore::Intent()));
  const auto card = done(buyer, buyer.tokenize_card({kApproveCard, "123", 12, 2031, "LAURA GOMEZ"}));
  const auto held = done(buyer, buyer.process_payment(card_payment(order.id, card.token), mestore::Intent()));
  done(admin, admin.set_faults({}));
  CHECK(held.status == "REVIEW");
  REQUIRE(held.fraud);
  CHECK((held.fraud->level == "HIGH" || held.fraud->level == "CRITICAL"));

  bool alerted = false;
  for (const auto& a : done(admin, admin.fraud_alerts())) alerted |= a.order_id == std::optional<std::string>(order.id);
  CHECK(alerted);
  std::string review_id;
  for (const auto& r : done(admin, admin.fraud_reviews("pending")).items)
    if (r.order_id == order.id) review_id = r.id;
  REQUIRE_FALSE(review_id.empty());
  done(admin, admin.approve_fraud_review(review_id, "cliente verificado por teléfono"));
  CHECK(done(buyer, buyer.payment_status(order.id)).payment_status == "paid");

  // The paid order made a commission for its vendor; the admin lists and approves it.
  mestore::CommissionQuery q;
  q.status = "PENDING";
  q.size = 100;
  std::string commission_id;
  for (const auto& c : done(admin, admin.admin_commissions(q)).items)
    if (c.order_id == order.id) commission_id = c.id;
  REQUIRE_FALSE(commission_id.empty());
  CHECK(done(admin, admin.approve_commission(commission_id)).status == "APPROVED");
  // Buyers see neither queue.
  auto forbidden = buyer.fraud_reviews("pending");
  REQUIRE(buyer.wait(forbidden));
  CHECK(forbidden->error.http_status == 403);
}

TEST_CASE("ApiClient: a vendor's commissions and earnings agree") {
  ApiClient vendor(mestore::make_default_transport(stub().url()));
  done(vendor, vendor.login(kVendor, seed_password()));
  mestore::CommissionQuery q;
  q.size = 100;
  const auto page = done(vendor, vendor.vendor_commissions(q));
  const auto earnings = done(vendor, vendor.vendor_earnings());
  long long counted = 0;
  mestore::Cop earned{};
  for (const auto& c : page.items)
    if (c.status != "CANCELLED" && c.status != "REFUNDED") ++counted, earned = earned + c.vendor_amount;
  if (page.pagination.total <= 100) {
    CHECK(earnings.commissions == counted);
    CHECK(earnings.total_earnings == earned);
  }
}

// Lines of a CSV export without its header row.
static long long csv_rows(const std::string& csv) {
  long long lines = 0;
  for (char ch : csv) lines += ch == '\n';
  return lines - 1;
}

TEST_CASE("ApiClient: commission CSV exports hold the listed rows, and only for their roles") {
  ApiClient vendor(mestore::make_default_transport(stub().url()));
  done(vendor, vendor.login(kVendor, seed_password()));
  mestore::CommissionQuery q;
  q.size = 1;
  const auto listed = done(vendor, vendor.vendor_commissions(q)).pagination.total;
  const auto own = done(vendor, vendor.vendor_commissions_csv(q));
  REQUIRE(own.body.rfind("id,order_number,vendor_id,", 0) == 0);
  CHECK(csv_rows(own.body) == listed);

  ApiClient admin(mestore::make_default_transport(stub().url()));
  done(admin, admin.login("admin@mestore.com", seed_password()));
  q.status = "APPROVED";
  const auto approved = done(admin, admin.admin_commissions(q)).pagination.total;
  const auto all = done(admin, admin.admin_commissions_csv(q));
  CHECK(csv_rows(all.body) == approved);
  CHECK(all.body.find(",PENDING,") == std::string::npos);

  // A vendor cannot download the marketplace's file.
  auto forbidden = vendor.admin_commissions_csv({});
  REQUIRE(vendor.wait(forbidden));
  CHECK(forbidden->error.http_status == 403);
}
