#include "tokens.hpp"

#include <sodium.h>

namespace stub::tokens {

std::string generate() {
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  const int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string out(sodium_base64_encoded_len(sizeof raw, variant), '\0');
  sodium_bin2base64(out.data(), out.size(), raw, sizeof raw, variant);
  out.pop_back();  // terminating NUL
  sodium_memzero(raw, sizeof raw);
  return out;
}

std::string hash(std::string_view token) {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  char hex[sizeof h * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return hex;
}

}  // namespace stub::tokens
