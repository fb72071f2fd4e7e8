#include "receipt_signing.hpp"

#include <sodium.h>

namespace stub::commerce {

std::optional<mestore::SignedReceipt> sign_receipt(const mestore::json& receipt, const mestore::ReceiptSecretKey& secret_key) {
  auto bytes = mestore::canonical_receipt(receipt);
  if (!bytes) return std::nullopt;
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(bytes->data()), bytes->size(), secret_key.data());
  return mestore::SignedReceipt{receipt, mestore::to_base64(sig, sizeof sig),
                                mestore::receipt_key_id(mestore::public_key_of(secret_key))};
}

std::optional<mestore::SignedReceipt> sign_receipt(const mestore::Receipt& receipt, const mestore::ReceiptSecretKey& secret_key) {
  return sign_receipt(mestore::json(receipt), secret_key);
}

}  // namespace stub::commerce
