// Receipt verification, the same code in the server and in the browser (pure, libsodium only).
// Signing lives in the server (server-stub/commerce/receipt_signing.hpp) and uses canonical_receipt().
//
// Canonical form: nlohmann::json's dump() with no indentation: object keys sorted by their UTF-8
// bytes (nlohmann keeps objects in a std::map), no spaces, strings as raw UTF-8 with JSON's
// minimal escapes, integers in decimal. A receipt holds no floating-point numbers (money is whole
// pesos), so no number has two spellings; one with a float, or with invalid UTF-8, has no
// canonical form and never verifies. Signatures are Ed25519 over those bytes.
#pragma once
#include <array>
#include <optional>
#include <string>

#include "wire/receipt.hpp"
#include "wire/security_wire.hpp"

namespace mestore {

using ReceiptPublicKey = std::array<unsigned char, 32>;  // crypto_sign_PUBLICKEYBYTES
using ReceiptSecretKey = std::array<unsigned char, 64>;  // crypto_sign_SECRETKEYBYTES (seed + public key)

// The bytes that are signed; std::nullopt when `receipt` is not an object, holds a float or
// invalid UTF-8.
std::optional<std::string> canonical_receipt(const json& receipt);

// "ed25519:" + the first 8 bytes of BLAKE2b-256(public key) in hex; names the key in
// {receipt, signature, key_id} so a rotated key is told apart from a forged signature.
std::string receipt_key_id(const ReceiptPublicKey& public_key);

enum class ReceiptVerdict {
  Valid,
  Malformed,     // no canonical form, or the signature is not base64 of 64 bytes
  UnknownKey,    // key_id names another key than the one we trust
  BadSignature,  // the receipt or the signature was changed
};
const char* to_string(ReceiptVerdict v);

ReceiptVerdict verify_receipt(const SignedReceipt& signed_receipt, const ReceiptPublicKey& public_key);

// Against the server's published keys (ApiClient::signing_keys()): the Ed25519 key whose
// receipt_key_id() is the receipt's key_id; UnknownKey when none is.
ReceiptVerdict verify_receipt(const SignedReceipt& signed_receipt, const KeySet& keys);

// The public half of a libsodium Ed25519 secret key.
ReceiptPublicKey public_key_of(const ReceiptSecretKey& secret_key);

std::string to_base64(const unsigned char* bytes, std::size_t n);
// Standard alphabet, padding required; std::nullopt for anything else.
std::optional<std::string> from_base64(const std::string& text);

}  // namespace mestore
