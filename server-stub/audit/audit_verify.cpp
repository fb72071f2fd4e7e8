#include "audit_verify.hpp"

#include <sodium.h>

#include <cstdio>

#include "audit_log.hpp"
#include "client/audit_chain.hpp"

namespace stub {

mestore::AuditVerification verify_audit_log(SQLite::Database& db, const SigningKey& key) {
  mestore::AuditVerification v;
  mestore::audit::ChainVerifier chain;
  constexpr int kBatch = 1000;
  for (;;) {
    auto batch = read_audit_range(db, chain.last_seq(), kBatch);
    for (const auto& e : batch)
      if (!chain.feed(e)) break;
    if (!chain.ok() || static_cast<int>(batch.size()) < kBatch) break;
  }
  v.entries = chain.checked();
  v.head_seq = chain.last_seq();
  if (!chain.ok()) {
    v.first_broken_seq = chain.first_broken_seq();
    v.problem = chain.problem();
    return v;
  }
  // Nothing may sit beyond the verified head (a row whose seq skipped ahead is a gap).
  SQLite::Statement beyond(db, "SELECT MIN(seq) FROM audit_log WHERE seq > ?");
  beyond.bind(1, chain.last_seq());
  if (beyond.executeStep() && !beyond.getColumn(0).isNull()) {
    v.first_broken_seq = chain.last_seq() + 1;
    v.problem = "entry " + std::to_string(v.first_broken_seq) + " is missing";
    return v;
  }
  mestore::PublishedKey pk{key.key_id, "Ed25519", mestore::audit::to_base64(key.public_key)};
  mestore::AuditHead head{chain.last_seq(), chain.last_hash(), "", key.key_id, ""};
  if (chain.last_seq() == 0) {
    v.signature_valid = true;  // nothing to sign yet
  } else {
    SQLite::Statement sig(db, "SELECT signature FROM audit_log WHERE seq = ?");
    sig.bind(1, chain.last_seq());
    if (sig.executeStep()) head.signature = sig.getColumn(0).getString();
    v.signature_valid = mestore::audit::verify_head(head, pk);
  }
  v.ok = v.signature_valid;
  if (!v.signature_valid) {
    v.first_broken_seq = chain.last_seq();
    v.problem = "the head's signature does not verify with key " + key.key_id;
  }
  return v;
}

int verify_command(const std::string& data_dir) {
  if (sodium_init() < 0) return 1;
  auto key = load_signing_key(data_dir);
  if (!key) {
    std::fprintf(stderr, "mestore-stub verify: %s has no signing key (secrets/ed25519.key)\n", data_dir.c_str());
    return 1;
  }
  try {
    SQLite::Database db(data_dir + "/mestore.sqlite3", SQLite::OPEN_READONLY);
    db.setBusyTimeout(10000);
    const auto v = verify_audit_log(db, *key);
    if (v.ok) {
      std::printf("audit log OK: %lld entries, head seq %lld, signature valid (key %s)\n",
                  static_cast<long long>(v.entries), static_cast<long long>(v.head_seq), key->key_id.c_str());
      return 0;
    }
    std::printf("audit log BROKEN at seq %lld: %s (%lld entries verified before it)\nfirst_broken_seq=%lld\n",
                static_cast<long long>(v.first_broken_seq), v.problem.c_str(), static_cast<long long>(v.entries),
                static_cast<long long>(v.first_broken_seq));
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mestore-stub verify: cannot read the audit log in %s: %s\n", data_dir.c_str(), e.what());
    return 1;
  }
}

}  // namespace stub
