#include "idempotency.hpp"

#include <sodium.h>

#include <cstdlib>

namespace mestore {

void ensure_sodium() {
  // sodium_init is idempotent; a static keeps it to one call. Failing means no randomness source,
  // and a client that cannot make unguessable keys must not carry on.
  static const bool ok = sodium_init() >= 0;
  if (!ok) std::abort();
}

std::string new_idempotency_key() {
  ensure_sodium();
  unsigned char bytes[16];
  randombytes_buf(bytes, sizeof bytes);
  constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  char text[sodium_base64_ENCODED_LEN(sizeof bytes, variant)];
  sodium_bin2base64(text, sizeof text, bytes, sizeof bytes, variant);
  return text;
}

}  // namespace mestore
