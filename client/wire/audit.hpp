// Wire types of the tamper-evident audit log: its entries, the signed head and the server's
// public keys. The hashing and verification rules live in client/audit_chain.hpp.
#pragma once
#include <string>
#include <vector>

#include "../decode.hpp"
#include "security_wire.hpp"  // PublishedKey, KeySet (GET /api/v1/security/keys)

namespace mestore {

// One audit entry. `details` is a small JSON object of strings, integers and booleans (no
// floats: their text form is not stable enough to hash). Empty strings mean "none"
// (an anonymous actor, no target).
struct AuditEntry {
  std::int64_t seq = 0;
  std::string at;  // "2026-12-04T19:41:33Z"
  std::string actor_id;
  std::string actor_email;
  std::string action;  // "auth.login", "user.role_changed", …
  std::string target;  // "user:<id>", "session:<id>", "vendor:<id>"
  std::string result;  // success | failure | locked | denied | …
  std::string ip;
  json details = json::object();
  std::string prev_hash;  // hex, 64 chars; the genesis entry's is 64 zeros
  std::string hash;       // hex BLAKE2b-256(prev_hash bytes ‖ canonical form)
};

inline void from_json(const json& j, AuditEntry& e) {
  decode::required(j, "seq", e.seq);
  decode::required(j, "at", e.at);
  decode::required(j, "actor_id", e.actor_id);
  decode::required(j, "actor_email", e.actor_email);
  decode::required(j, "action", e.action);
  decode::required(j, "target", e.target);
  decode::required(j, "result", e.result);
  decode::required(j, "ip", e.ip);
  decode::required(j, "details", e.details);
  if (!e.details.is_object()) throw DecodeError("details", "expected object");
  decode::required(j, "prev_hash", e.prev_hash);
  decode::required(j, "hash", e.hash);
}
inline void to_json(json& j, const AuditEntry& e) {
  j = {{"seq", e.seq}, {"at", e.at}, {"actor_id", e.actor_id}, {"actor_email", e.actor_email},
       {"action", e.action}, {"target", e.target}, {"result", e.result}, {"ip", e.ip},
       {"details", e.details}, {"prev_hash", e.prev_hash}, {"hash", e.hash}};
}

// GET /api/v1/admin/audit-log/head: the newest entry's hash, signed with the server's Ed25519 key
// over "mestore-audit-head/v1\n<seq>\n<hash>".
struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;       // hex
  std::string signature;  // base64 (standard, padded), 64 bytes
  std::string key_id;     // first 16 hex chars of BLAKE2b-256(public key)
  std::string signed_at;
};

inline void from_json(const json& j, AuditHead& h) {
  decode::required(j, "seq", h.seq);
  decode::required(j, "hash", h.hash);
  decode::required(j, "signature", h.signature);
  decode::required(j, "key_id", h.key_id);
  decode::required(j, "signed_at", h.signed_at);
}
inline void to_json(json& j, const AuditHead& h) {
  j = {{"seq", h.seq}, {"hash", h.hash}, {"signature", h.signature}, {"key_id", h.key_id}, {"signed_at", h.signed_at}};
}

// GET /api/v1/admin/audit-log/verify: the server's own check of its whole chain.
struct AuditVerification {
  bool ok = false;
  std::int64_t entries = 0;
  std::int64_t head_seq = 0;
  std::int64_t first_broken_seq = 0;  // 0 when ok
  std::string problem;                // empty when ok
  bool signature_valid = false;
};

inline void from_json(const json& j, AuditVerification& v) {
  decode::required(j, "ok", v.ok);
  decode::required(j, "entries", v.entries);
  decode::required(j, "head_seq", v.head_seq);
  decode::optional(j, "first_broken_seq", v.first_broken_seq);
  decode::optional(j, "problem", v.problem);
  decode::required(j, "signature_valid", v.signature_valid);
}
inline void to_json(json& j, const AuditVerification& v) {
  j = {{"ok", v.ok}, {"entries", v.entries}, {"head_seq", v.head_seq},
       {"first_broken_seq", v.first_broken_seq == 0 ? json(nullptr) : json(v.first_broken_seq)},
       {"problem", v.problem}, {"signature_valid", v.signature_valid}};
}

// Query of GET /api/v1/admin/audit-log; empty fields are left out.
struct AuditQuery {
  int page = 1;
  int size = 50;
  std::string actor;   // actor id or email
  std::string action;  // exact action, e.g. auth.login
  std::string from;    // ISO time, inclusive
  std::string to;      // ISO time, inclusive
  std::string sort_order;  // asc (oldest first, for verifying) | desc (default)
};

}  // namespace mestore
