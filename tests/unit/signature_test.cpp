// Ed25519 detached signatures against published keys: "verified" only when the check passes.
#include <doctest/doctest.h>
#include <sodium.h>

#include <cstring>

#include "client/idempotency.hpp"
#include "client/signature.hpp"

using namespace mestore;

namespace {

std::string b64(const unsigned char* data, std::size_t n, int variant = sodium_base64_VARIANT_ORIGINAL) {
  std::string out(sodium_base64_ENCODED_LEN(n, variant), '\0');
  sodium_bin2base64(out.data(), out.size(), data, n, variant);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::vector<unsigned char> from_hex(const char* hex) {
  std::vector<unsigned char> out(std::strlen(hex) / 2);
  size_t len = 0;
  sodium_hex2bin(out.data(), out.size(), hex, std::strlen(hex), nullptr, &len, nullptr);
  out.resize(len);
  return out;
}

struct Signer {
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  Signer() {
    ensure_sodium();
    crypto_sign_keypair(pk, sk);
  }
  PublishedKey published(const std::string& id) const { return {id, "Ed25519", b64(pk, sizeof pk)}; }
  std::string sign(std::string_view message, int variant = sodium_base64_VARIANT_ORIGINAL) const {
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(), sk);
    return b64(sig, sizeof sig, variant);
  }
};

const std::string kReceipt = R"({"order_number":"ORD-20261204-1A2B3C4D","total":154700,"status":"approved"})";

}  // namespace

TEST_CASE("a receipt signed by the published key verifies") {
  Signer s;
  KeySet keys{{s.published("k-2026-01")}};
  CHECK(verify_signature(keys, "k-2026-01", kReceipt, s.sign(kReceipt)) == Verification::Verified);
  // Either base64 alphabet, padded or not, is read.
  CHECK(verify_signature(keys, "k-2026-01", kReceipt, s.sign(kReceipt, sodium_base64_VARIANT_URLSAFE_NO_PADDING)) ==
        Verification::Verified);
}

TEST_CASE("a changed receipt, another key's signature or a flipped bit is a bad signature") {
  Signer s, other;
  KeySet keys{{s.published("k1")}};
  std::string tampered = kReceipt;
  tampered.replace(tampered.find("154700"), 6, "1547");
  CHECK(verify_signature(keys, "k1", tampered, s.sign(kReceipt)) == Verification::BadSignature);
  CHECK(verify_signature(keys, "k1", kReceipt, other.sign(kReceipt)) == Verification::BadSignature);
  std::string sig = s.sign(kReceipt);
  sig[5] = sig[5] == 'A' ? 'B' : 'A';
  CHECK(verify_signature(keys, "k1", kReceipt, sig) != Verification::Verified);
}

TEST_CASE("a key id nobody published is an unknown key, never verified") {
  Signer s;
  KeySet keys{{s.published("k1")}};
  CHECK(verify_signature(keys, "k-rotated", kReceipt, s.sign(kReceipt)) == Verification::UnknownKey);
  CHECK(verify_signature(KeySet{}, "k1", kReceipt, s.sign(kReceipt)) == Verification::UnknownKey);
}

TEST_CASE("malformed signatures and keys are reported as malformed") {
  Signer s;
  KeySet keys{{s.published("k1")}};
  for (const char* bad : {"", "not base64!", "AAAA", "====", "QUJD\nREVG"}) {
    INFO(bad);
    CHECK(verify_signature(keys, "k1", kReceipt, bad) == Verification::Malformed);
  }
  std::string longer = s.sign(kReceipt);
  longer.insert(0, "AAAA");
  CHECK(verify_signature(keys, "k1", kReceipt, longer) == Verification::Malformed);

  PublishedKey short_key{"k2", "Ed25519", "AAAA"};
  CHECK(verify_ed25519(short_key, kReceipt, s.sign(kReceipt)) == Verification::Malformed);
  PublishedKey rsa = s.published("k3");
  rsa.algorithm = "RS256";
  CHECK(verify_ed25519(rsa, kReceipt, s.sign(kReceipt)) == Verification::Malformed);
  CHECK(verification_name(Verification::UnknownKey) == "unknown_key");
}

TEST_CASE("RFC 8032 test vector 1 verifies (the empty message)") {
  auto pk = from_hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  auto sig = from_hex(
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065"
      "224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  REQUIRE(pk.size() == 32);
  REQUIRE(sig.size() == 64);
  PublishedKey key{"rfc8032-1", "Ed25519", b64(pk.data(), pk.size())};
  CHECK(verify_ed25519(key, "", b64(sig.data(), sig.size())) == Verification::Verified);
  CHECK(verify_ed25519(key, "x", b64(sig.data(), sig.size())) == Verification::BadSignature);
}
