#include "signature.hpp"

#include <sodium.h>

#include "idempotency.hpp"

namespace mestore {

std::string_view verification_name(Verification v) {
  switch (v) {
    case Verification::Verified: return "verified";
    case Verification::BadSignature: return "bad_signature";
    case Verification::UnknownKey: return "unknown_key";
    case Verification::Malformed: return "malformed";
  }
  return "";
}

bool decode_base64_exact(std::string_view text, unsigned char* out, std::size_t expected_len) {
  ensure_sodium();
  // url-safe if it uses - or _, otherwise the standard alphabet; padding is optional in both.
  const bool url = text.find_first_of("-_") != std::string_view::npos;
  const int variant = url ? sodium_base64_VARIANT_URLSAFE_NO_PADDING : sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.empty() || text.size() > 4 * expected_len) return false;
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out, expected_len, text.data(), text.size(), nullptr, &len, &end, variant) != 0) return false;
  return end == text.data() + text.size() && len == expected_len;
}

Verification verify_ed25519(const PublishedKey& key, std::string_view message, std::string_view signature_b64) {
  if (key.algorithm != "Ed25519") return Verification::Malformed;
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sig[crypto_sign_BYTES];
  if (!decode_base64_exact(key.public_key, pk, sizeof pk)) return Verification::Malformed;
  if (!decode_base64_exact(signature_b64, sig, sizeof sig)) return Verification::Malformed;
  const int rc = crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char*>(message.data()), message.size(), pk);
  return rc == 0 ? Verification::Verified : Verification::BadSignature;
}

Verification verify_signature(const KeySet& keys, std::string_view key_id, std::string_view message,
                              std::string_view signature_b64) {
  const PublishedKey* key = keys.find(key_id);
  if (!key) return Verification::UnknownKey;
  return verify_ed25519(*key, message, signature_b64);
}

}  // namespace mestore
