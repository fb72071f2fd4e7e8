#include "receipt.hpp"

#include <sodium.h>

#include <algorithm>

namespace mestore {
namespace {

bool has_float(const json& v) {
  if (v.is_number_float()) return true;
  if (v.is_structured())
    for (const auto& item : v)
      if (has_float(item)) return true;
  return false;
}

}  // namespace

std::optional<std::string> canonical_receipt(const json& receipt) {
  if (!receipt.is_object() || has_float(receipt)) return std::nullopt;
  try {
    return receipt.dump();  // strict: invalid UTF-8 throws rather than being replaced
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::string to_base64(const unsigned char* bytes, std::size_t n) {
  std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, n, sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> from_base64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size())
    return std::nullopt;
  out.resize(len);
  return out;
}

std::string receipt_key_id(const ReceiptPublicKey& public_key) {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, public_key.data(), public_key.size(), nullptr, 0);
  char hex[17];
  sodium_bin2hex(hex, sizeof hex, h, 8);
  return std::string("ed25519:") + hex;
}

ReceiptPublicKey public_key_of(const ReceiptSecretKey& secret_key) {
  ReceiptPublicKey pk{};
  crypto_sign_ed25519_sk_to_pk(pk.data(), secret_key.data());
  return pk;
}

const char* to_string(ReceiptVerdict v) {
  constexpr const char* names[] = {"VALID", "MALFORMED", "UNKNOWN_KEY", "BAD_SIGNATURE"};
  return names[static_cast<int>(v)];
}

ReceiptVerdict verify_receipt(const SignedReceipt& s, const ReceiptPublicKey& public_key) {
  auto bytes = canonical_receipt(s.receipt);
  auto signature = from_base64(s.signature);
  if (!bytes || !signature || signature->size() != crypto_sign_BYTES) return ReceiptVerdict::Malformed;
  if (s.key_id != receipt_key_id(public_key)) return ReceiptVerdict::UnknownKey;
  const int rc = crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature->data()),
                                             reinterpret_cast<const unsigned char*>(bytes->data()), bytes->size(),
                                             public_key.data());
  return rc == 0 ? ReceiptVerdict::Valid : ReceiptVerdict::BadSignature;
}

ReceiptVerdict verify_receipt(const SignedReceipt& s, const KeySet& keys) {
  for (const auto& k : keys.keys) {
    if (k.algorithm != "Ed25519") continue;
    auto raw = from_base64(k.public_key);
    if (!raw || raw->size() != ReceiptPublicKey{}.size()) continue;
    ReceiptPublicKey pk{};
    std::copy(raw->begin(), raw->end(), pk.begin());
    if (receipt_key_id(pk) == s.key_id) return verify_receipt(s, pk);
  }
  return ReceiptVerdict::UnknownKey;
}

}  // namespace mestore
