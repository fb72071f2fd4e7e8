// Signature checks (receipts, audit exports) with libsodium: Ed25519 detached signatures against
// the server's published keys (GET /api/v1/security/keys, ApiClient::signing_keys()), matched by
// key_id. The same code runs natively and in the browser (libsodium compiled to Wasm).
//
// A result is "verified" only when the check passed; every other outcome says why not:
//
//   auto keys = api.signing_keys();                 // fetched once per session
//   if (keys->done())
//     badge = mestore::verify_signature(keys->value, receipt.key_id, receipt.payload, receipt.signature);
//   // badge == Verification::Verified → show the check mark; anything else → show the warning
#pragma once
#include <string_view>

#include "wire/security_wire.hpp"

namespace mestore {

enum class Verification {
  Verified,      // the signature is valid for this message under this key
  BadSignature,  // well-formed, but not a signature of this message by this key
  UnknownKey,    // no published key has this key_id
  Malformed,     // the signature or the key is not valid base64 / not the right size / not Ed25519
};

std::string_view verification_name(Verification v);  // "verified", "bad_signature", …

// `message` is the exact bytes that were signed; `signature_b64` is base64 (standard or url-safe,
// padded or not) of the 64-byte detached signature.
Verification verify_ed25519(const PublishedKey& key, std::string_view message, std::string_view signature_b64);
Verification verify_signature(const KeySet& keys, std::string_view key_id, std::string_view message,
                              std::string_view signature_b64);

// Strict base64 decoding (either alphabet, optional padding, no whitespace); false when malformed
// or when the decoded length is not exactly `expected_len`.
bool decode_base64_exact(std::string_view text, unsigned char* out, std::size_t expected_len);

}  // namespace mestore
