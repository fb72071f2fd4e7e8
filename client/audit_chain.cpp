#include "audit_chain.hpp"

#include <sodium.h>

namespace mestore::audit {
namespace {

constexpr std::size_t kHashBytes = 32;

std::string hex(const unsigned char* data, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, n);
  out.pop_back();
  return out;
}

std::optional<std::string> unhex(std::string_view text, std::size_t expected_bytes) {
  if (text.size() != expected_bytes * 2) return std::nullopt;
  std::string out(expected_bytes, '\0');
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                     &len, &end) != 0 ||
      len != expected_bytes || end != text.data() + text.size())
    return std::nullopt;
  return out;
}

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// Idempotent and thread-safe; lets callers use these functions without an init step of their own.
void ensure_sodium() {
  [[maybe_unused]] static const int once = sodium_init();
}

}  // namespace

std::string genesis_hash() { return std::string(kHashBytes * 2, '0'); }

std::string canonical(const AuditEntry& e) {
  // nlohmann's object is a std::map, so dump() writes keys sorted and, without indent, no spaces.
  // Invalid UTF-8 is replaced rather than thrown on, the same way on both sides.
  json j = {{"seq", e.seq}, {"at", e.at}, {"actor_id", e.actor_id}, {"actor_email", e.actor_email},
            {"action", e.action}, {"target", e.target}, {"result", e.result}, {"ip", e.ip},
            {"details", e.details.is_object() ? e.details : json::object()}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string chain_hash(std::string_view prev_hash_hex, std::string_view canonical_text) {
  ensure_sodium();
  auto prev = unhex(prev_hash_hex, kHashBytes);
  if (!prev) return {};
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, kHashBytes);
  crypto_generichash_update(&st, bytes(*prev), prev->size());
  crypto_generichash_update(&st, bytes(canonical_text), canonical_text.size());
  unsigned char out[kHashBytes];
  crypto_generichash_final(&st, out, sizeof out);
  return hex(out, sizeof out);
}

void seal(AuditEntry& e, std::string_view prev_hash_hex) {
  e.prev_hash = std::string(prev_hash_hex);
  e.hash = chain_hash(prev_hash_hex, canonical(e));
}

std::string head_message(std::int64_t seq, std::string_view hash_hex) {
  return "mestore-audit-head/v1\n" + std::to_string(seq) + "\n" + std::string(hash_hex);
}

bool entry_hash_matches(const AuditEntry& e) {
  const std::string expected = chain_hash(e.prev_hash, canonical(e));
  return !expected.empty() && e.hash.size() == expected.size() &&
         sodium_memcmp(expected.data(), e.hash.data(), expected.size()) == 0;
}

bool ChainVerifier::feed(const AuditEntry& e) {
  if (!ok()) return false;
  // The chain breaks at the position where the next entry should be: a missing or reordered
  // entry is reported at the seq that is missing, an edited one at its own seq.
  auto broken = [&](std::string why) {
    first_broken_seq_ = last_seq_ + 1;
    problem_ = std::move(why);
    return false;
  };
  if (e.seq != last_seq_ + 1)
    return broken("expected seq " + std::to_string(last_seq_ + 1) + ", found " + std::to_string(e.seq) +
                  " (entries missing or out of order)");
  if (e.prev_hash != last_hash_) return broken("prev_hash does not match the previous entry's hash");
  if (!entry_hash_matches(e)) return broken("hash does not match the entry's contents");
  last_seq_ = e.seq;
  last_hash_ = e.hash;
  ++checked_;
  return true;
}

std::string key_id_of(std::string_view public_key_raw) {
  ensure_sodium();
  unsigned char h[kHashBytes];
  crypto_generichash(h, sizeof h, bytes(public_key_raw), public_key_raw.size(), nullptr, 0);
  return hex(h, sizeof h).substr(0, 16);
}

std::string to_base64(std::string_view raw) {
  const int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string out(sodium_base64_encoded_len(raw.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes(raw), raw.size(), variant);
  out.pop_back();  // the terminating NUL
  return out;
}

std::optional<std::string> from_base64(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size())
    return std::nullopt;
  out.resize(len);
  return out;
}

std::string sign_head(std::int64_t seq, std::string_view hash_hex, std::string_view secret_key_raw) {
  ensure_sodium();
  if (secret_key_raw.size() != crypto_sign_SECRETKEYBYTES) return {};
  const std::string msg = head_message(seq, hash_hex);
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, bytes(msg), msg.size(), bytes(secret_key_raw));
  return to_base64(std::string_view(reinterpret_cast<const char*>(sig), sizeof sig));
}

bool verify_head(const AuditHead& head, const PublishedKey& key) {
  ensure_sodium();
  if (key.algorithm != "Ed25519") return false;
  auto pk = from_base64(key.public_key);
  auto sig = from_base64(head.signature);
  if (!pk || pk->size() != crypto_sign_PUBLICKEYBYTES || !sig || sig->size() != crypto_sign_BYTES) return false;
  if (key_id_of(*pk) != key.key_id || head.key_id != key.key_id) return false;
  const std::string msg = head_message(head.seq, head.hash);
  return crypto_sign_verify_detached(bytes(*sig), bytes(msg), msg.size(), bytes(*pk)) == 0;
}

}  // namespace mestore::audit
