// One user intent ("pay for this cart", "cancel this order") = one Idempotency-Key.
//
// The key is made once, when the intent is, and every retry of that intent carries the same key,
// automatic (backoff after a network drop) or by hand (the user presses "Pagar" again after an
// error). The server answers a repeated key with the first result instead of acting twice.
// A screen keeps one Intent per thing the user is asking for and renews it only when the user
// asks for something different (the cart changed, a new order):
//
//   mestore::Intent pay_;                       // member of the checkout screen
//   if (pay_button) order_ = api.create_order(request, pay_);   // retries reuse pay_.key()
//   if (cart_changed) pay_.renew();             // a different order: a different key
#pragma once
#include <string>

namespace mestore {

// 128 random bits from libsodium (crypto.getRandomValues in the browser), base64url without
// padding: 22 characters of [A-Za-z0-9_-].
std::string new_idempotency_key();

class Intent {
 public:
  Intent() : key_(new_idempotency_key()) {}
  // Adopts a known key (a test, or a key kept while a page reloads).
  explicit Intent(std::string key) : key_(std::move(key)) {}
  const std::string& key() const { return key_; }
  // The user now asks for something else: a new key, so it is not taken for a repeat.
  void renew() { key_ = new_idempotency_key(); }

 private:
  std::string key_;
};

// libsodium must be initialised before its random numbers are used; safe to call often.
void ensure_sodium();

}  // namespace mestore
