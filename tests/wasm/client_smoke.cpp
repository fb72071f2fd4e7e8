// The client compiled to WebAssembly, run under Node by the native ctest `wasm_client`: proves
// that what the browser app relies on links and works in the Wasm build (libsodium built with
// --enable-minimal: random keys, base64, Ed25519 verify; the browser scheduler's timers).
#include <emscripten/emscripten.h>
#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "client/format.hpp"
#include "client/idempotency.hpp"
#include "client/scheduler.hpp"
#include "client/signature.hpp"
#include "client/validate.hpp"

using namespace mestore;

namespace {

int failures = 0;
void check(bool ok, const char* what) {
  if (!ok) {
    std::printf("FAILED: %s\n", what);
    ++failures;
  }
}

std::string b64(const unsigned char* data, std::size_t n) {
  std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), data, n, sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);
  return out;
}

std::unique_ptr<Scheduler> g_scheduler;

}  // namespace

int main() {
  Intent a, b;
  check(a.key().size() == 22 && a.key() != b.key(), "idempotency keys are random, 22 chars");

  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
  crypto_sign_keypair(pk, sk);
  const std::string receipt = R"({"order_number":"ORD-20261204-1A2B3C4D","total":154700})";
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(receipt.data()), receipt.size(), sk);
  KeySet keys{{{"k1", "Ed25519", b64(pk, sizeof pk)}}};
  check(verify_signature(keys, "k1", receipt, b64(sig, sizeof sig)) == Verification::Verified, "signature verifies");
  check(verify_signature(keys, "k1", receipt + " ", b64(sig, sizeof sig)) == Verification::BadSignature, "tampering detected");
  check(verify_signature(keys, "k2", receipt, b64(sig, sizeof sig)) == Verification::UnknownKey, "unknown key");

  check(format_datetime("2026-12-04T19:05:00Z", Locale::Es) == "4 dic 2026, 14:05", "es-CO date");
  check(validate_co_mobile("+57 300 123 4567").ok(), "phone");

  std::printf("client wasm smoke: %s\n", failures == 0 ? "ok" : "FAILED");
  if (failures) std::exit(1);

  // Browser timers: the callback must run, later, on its own.
  g_scheduler = make_default_scheduler();
  const double start = g_scheduler->now_ms();
  g_scheduler->call_later(30, [start] {
    const double waited = g_scheduler->now_ms() - start;
    std::printf("timer: %s (%.0f ms)\n", waited >= 25 && g_scheduler->pending() == 0 ? "ok" : "FAILED", waited);
  });
  check(g_scheduler->pending() == 1, "timer pending");
  return 0;
}
