#include <doctest/doctest.h>
#include <sodium.h>

#include "client/receipt.hpp"
#include "commerce/receipt_signing.hpp"

using namespace mestore;

namespace {

Receipt sample_receipt() {
  Receipt r;
  r.order_number = "ORD-20261204-7K2M9QXA";
  r.issued_at = "2026-12-04T19:41:33Z";
  r.buyer_email = "compradora@example.co";
  r.lines = {{"CAF-00101", "Café de origen Sierra Nevada Ceiba Grano 500 g", {32900}, 2, {65800}},
             {"AUD-00042", "Audífonos inalámbricos Yarumo Negro", {129900}, 1, {129900}}};
  r.subtotal = {195700};
  r.iva = {37183};
  r.shipping = {15000};
  r.total = {247883};
  r.payment = {"CARD", "VISA", "4242", "", "sbx_tok_123"};
  r.status = "confirmed";
  return r;
}

struct Keys {
  ReceiptSecretKey secret{};
  ReceiptPublicKey pub{};
  Keys() {
    REQUIRE(sodium_init() >= 0);
    crypto_sign_keypair(pub.data(), secret.data());
  }
};

}  // namespace

TEST_CASE("the canonical receipt is compact JSON with sorted keys, whatever the build order") {
  json a = json::parse(R"({"b":1,"a":{"z":"é","y":[2,1]}})");
  json b = json::parse(R"({ "a" : { "y" : [2, 1], "z" : "\u00e9" }, "b" : 1 })");
  CHECK(canonical_receipt(a) == std::optional<std::string>(R"({"a":{"y":[2,1],"z":"é"},"b":1})"));
  CHECK(canonical_receipt(a) == canonical_receipt(b));
  CHECK_FALSE(canonical_receipt(json::parse(R"({"total":1.5})")));  // floats have no single spelling
  CHECK_FALSE(canonical_receipt(json::array()));
  CHECK_FALSE(canonical_receipt(json{{"name", std::string("\xff\xfe")}}));  // invalid UTF-8
}

TEST_CASE("a signed receipt verifies with the server's public key and names the key") {
  Keys k;
  auto s = stub::commerce::sign_receipt(sample_receipt(), k.secret);
  REQUIRE(s);
  CHECK(s->key_id == receipt_key_id(k.pub));
  CHECK(s->key_id.rfind("ed25519:", 0) == 0);
  CHECK(s->key_id.size() == 8 + 16);
  CHECK(from_base64(s->signature)->size() == 64);
  CHECK(verify_receipt(*s, k.pub) == ReceiptVerdict::Valid);

  // Through the wire and back (the browser's path): still valid.
  SignedReceipt back;
  REQUIRE_FALSE(decode_text(json(*s).dump(), back));
  CHECK(verify_receipt(back, k.pub) == ReceiptVerdict::Valid);
  Receipt shown;
  REQUIRE_FALSE(decode_text(back.receipt.dump(), shown));
  CHECK(shown.total == Cop{247883});
  CHECK(shown.payment.last_four == "4242");
}

TEST_CASE("changing any byte of the receipt breaks verification") {
  Keys k;
  auto s = stub::commerce::sign_receipt(sample_receipt(), k.secret);
  REQUIRE(s);
  const std::string canonical = *canonical_receipt(s->receipt);
  int still_valid = 0, checked = 0;
  for (std::size_t i = 0; i < canonical.size(); ++i) {
    for (unsigned char flip : {0x01, 0x20}) {
      std::string changed = canonical;
      changed[i] = static_cast<char>(static_cast<unsigned char>(changed[i]) ^ flip);
      json j = json::parse(changed, nullptr, false);
      if (j.is_discarded()) continue;  // no longer JSON at all: nothing to verify
      SignedReceipt t = *s;
      t.receipt = j;
      ++checked;
      if (verify_receipt(t, k.pub) == ReceiptVerdict::Valid) ++still_valid;
    }
  }
  CHECK(checked > 100);
  CHECK(still_valid == 0);

  SignedReceipt more_money = *s;
  more_money.receipt["total"] = 1;
  CHECK(verify_receipt(more_money, k.pub) == ReceiptVerdict::BadSignature);
  SignedReceipt extra_field = *s;
  extra_field.receipt["note"] = "";
  CHECK(verify_receipt(extra_field, k.pub) == ReceiptVerdict::BadSignature);
}

TEST_CASE("a changed signature, another key or a malformed signature never verify") {
  Keys k, other;
  auto s = stub::commerce::sign_receipt(sample_receipt(), k.secret);
  REQUIRE(s);
  SignedReceipt t = *s;
  t.signature[5] = t.signature[5] == 'A' ? 'B' : 'A';
  CHECK(verify_receipt(t, k.pub) == ReceiptVerdict::BadSignature);
  CHECK(verify_receipt(*s, other.pub) == ReceiptVerdict::UnknownKey);
  SignedReceipt relabelled = *s;  // claims the other key: the signature still fails
  relabelled.key_id = receipt_key_id(other.pub);
  CHECK(verify_receipt(relabelled, other.pub) == ReceiptVerdict::BadSignature);
  SignedReceipt bad = *s;
  bad.signature = "not base64!";
  CHECK(verify_receipt(bad, k.pub) == ReceiptVerdict::Malformed);
  bad.signature = to_base64(reinterpret_cast<const unsigned char*>("short"), 5);
  CHECK(verify_receipt(bad, k.pub) == ReceiptVerdict::Malformed);
  SignedReceipt with_float = *s;
  with_float.receipt["total"] = 247883.0;
  CHECK(verify_receipt(with_float, k.pub) == ReceiptVerdict::Malformed);
}

TEST_CASE("a SignedReceipt whose receipt is not an object does not decode") {
  SignedReceipt s;
  auto err = decode_text(R"({"receipt":"x","signature":"","key_id":""})", s);
  REQUIRE(err);
  CHECK(err->field == "receipt");
}
