// The audit log's hash chain and head signature, as pure functions. The stub server uses them to
// write entries and the web app uses the very same code to check what it is shown, so the two can
// never disagree about what "intact" means. libsodium only; no I/O, no ImGui.
//
//   canonical_n = JSON {seq, at, actor_id, actor_email, action, target, result, ip, details},
//                 keys sorted, no spaces (nlohmann's dump())
//   hash_n      = BLAKE2b-256(prev_hash_n ‖ canonical_n),   prev_hash_1 = 32 zero bytes
//   head        = Ed25519 signature over "mestore-audit-head/v1\n" + seq + "\n" + hash_hex
//   key_id      = first 16 hex chars of BLAKE2b-256(public key)
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "wire/audit.hpp"

namespace mestore::audit {

// 64 hex zeros: the prev_hash of the first entry.
std::string genesis_hash();
// The exact bytes that are hashed for an entry (prev_hash and hash are not part of it).
std::string canonical(const AuditEntry& e);
// hex(BLAKE2b-256(bytes(prev_hash_hex) ‖ canonical)); empty when prev_hash_hex is not 64 hex chars.
std::string chain_hash(std::string_view prev_hash_hex, std::string_view canonical_text);
// Fills e.prev_hash and e.hash for an entry that follows `prev_hash_hex`.
void seal(AuditEntry& e, std::string_view prev_hash_hex);
// The text the head signature covers.
std::string head_message(std::int64_t seq, std::string_view hash_hex);

// Checks entries one by one in seq order, across pages: each must follow the previous one
// (seq + 1, prev_hash = previous hash) and its hash must match its contents. Stops at the first
// broken entry and remembers it.
class ChainVerifier {
 public:
  ChainVerifier() = default;
  // Resume after a known entry (e.g. a page that does not start at seq 1).
  ChainVerifier(std::int64_t last_seq, std::string last_hash) : last_seq_(last_seq), last_hash_(std::move(last_hash)) {}
  bool feed(const AuditEntry& e);
  bool ok() const { return first_broken_seq_ == 0; }
  std::int64_t first_broken_seq() const { return first_broken_seq_; }
  const std::string& problem() const { return problem_; }
  std::int64_t last_seq() const { return last_seq_; }
  const std::string& last_hash() const { return last_hash_; }
  std::int64_t checked() const { return checked_; }

 private:
  std::int64_t last_seq_ = 0;
  std::string last_hash_ = genesis_hash();
  std::int64_t checked_ = 0;
  std::int64_t first_broken_seq_ = 0;
  std::string problem_;
};

// Does one entry's hash match its contents and its own prev_hash? (Useful for a filtered page,
// where neighbours are missing.)
bool entry_hash_matches(const AuditEntry& e);

// key_id of a raw 32-byte Ed25519 public key.
std::string key_id_of(std::string_view public_key_raw);

// Base64 (standard alphabet, padded) both ways; nullopt on malformed input.
std::string to_base64(std::string_view raw);
std::optional<std::string> from_base64(std::string_view text);

// Signs a head with a 64-byte libsodium Ed25519 secret key; returns base64.
std::string sign_head(std::int64_t seq, std::string_view hash_hex, std::string_view secret_key_raw);
// True when `head` carries a valid signature by `key` (matching key_id too).
bool verify_head(const AuditHead& head, const PublishedKey& key);

}  // namespace mestore::audit
