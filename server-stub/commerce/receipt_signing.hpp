// Issues signed receipts. The canonical form and verification are the client's (client/receipt.hpp),
// so the browser checks a receipt with exactly the code that produced the signed bytes. The
// secret key is a parameter: the key file (<data-dir>/secrets/ed25519.key) belongs to the
// accounts module, which hands the key in.
#pragma once
#include <optional>

#include "client/receipt.hpp"

namespace stub::commerce {

// Signs `receipt`; std::nullopt when it has no canonical form (a float or invalid UTF-8).
std::optional<mestore::SignedReceipt> sign_receipt(const mestore::json& receipt, const mestore::ReceiptSecretKey& secret_key);
std::optional<mestore::SignedReceipt> sign_receipt(const mestore::Receipt& receipt, const mestore::ReceiptSecretKey& secret_key);

}  // namespace stub::commerce
