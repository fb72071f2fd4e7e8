// Signed receipts over real HTTP, checked with the client's own verification against the
// server's published key: a paid order's receipt verifies, any changed byte does not; only the
// buyer (or staff) can fetch it; an unpaid order has none.
#include <doctest/doctest.h>

#include "client/receipt.hpp"
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

mestore::KeySet published_keys() {
  Answer k = api().get("/api/v1/security/keys");
  REQUIRE(k.status == 200);
  mestore::KeySet keys;
  REQUIRE_FALSE(mestore::decode_text(k.data().dump(), keys));
  return keys;
}

mestore::SignedReceipt decode(const Answer& a) {
  mestore::SignedReceipt r;
  auto failure = mestore::decode_text(a.data().dump(), r);
  REQUIRE_FALSE(failure);
  return r;
}

}  // namespace

TEST_CASE("a paid order's receipt verifies against the published key; a changed byte does not") {
  const std::string buyer = new_buyer(api());
  auto p = products(api(), "min_price=20000&max_price=90000&sort_by=price");
  Answer o = place(api(), buyer, {line(p[0]["id"], 2)});
  REQUIRE(o.status == 201);
  const std::string id = o.data()["id"];
  CHECK(api().get("/api/v1/orders/" + id + "/receipt", buyer).code() == "ORDER_NOT_PAID");
  REQUIRE(pay_card(api(), buyer, id, kApproveCard).data()["status"] == "APPROVED");

  Answer r = api().get("/api/v1/orders/" + id + "/receipt", buyer);
  INFO(r.raw);
  REQUIRE(r.status == 200);
  const auto keys = published_keys();
  mestore::SignedReceipt signed_receipt = decode(r);
  CHECK(mestore::verify_receipt(signed_receipt, keys) == mestore::ReceiptVerdict::Valid);
  mestore::Receipt receipt;
  REQUIRE_FALSE(mestore::decode_text(signed_receipt.receipt.dump(), receipt));
  CHECK(receipt.order_number == o.data()["order_number"]);
  CHECK(receipt.total.pesos == o.data()["total"].get<long long>());
  CHECK(receipt.payment.last_four == "4242");
  CHECK(receipt.lines.size() == 1);
  // The same receipt every time (stable issued_at, deterministic signature).
  CHECK(api().get("/api/v1/orders/" + id + "/receipt", buyer).raw == r.raw);

  auto tampered = signed_receipt;
  tampered.receipt["total"] = receipt.total.pesos - 1;
  CHECK(mestore::verify_receipt(tampered, keys) == mestore::ReceiptVerdict::BadSignature);
  tampered = signed_receipt;
  tampered.receipt["buyer_email"] = "otra@example.com";
  CHECK(mestore::verify_receipt(tampered, keys) == mestore::ReceiptVerdict::BadSignature);
  tampered = signed_receipt;
  tampered.key_id = "ed25519:0000000000000000";
  CHECK(mestore::verify_receipt(tampered, keys) == mestore::ReceiptVerdict::UnknownKey);

  // Another buyer: as if it did not exist; staff: yes.
  CHECK(api().get("/api/v1/orders/" + id + "/receipt", new_buyer(api())).status == 404);
  CHECK(api().get("/api/v1/orders/" + id + "/receipt", token_for(api(), kVendor)).status == 404);
  Answer staff = api().get("/api/v1/orders/" + id + "/receipt", token_for(api(), kAdmin));
  CHECK(staff.status == 200);
  CHECK(staff.raw == r.raw);
}
