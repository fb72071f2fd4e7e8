// The audit chain's rules, pinned with known answers computed independently (Python's hashlib
// BLAKE2b over the documented canonical form), so the server and the browser cannot drift.
#include <doctest/doctest.h>
#include <sodium.h>

#include "client/audit_chain.hpp"

using namespace mestore;
using namespace mestore::audit;

namespace {

AuditEntry seeded_entry() {
  AuditEntry e;
  e.seq = 1;
  e.at = "2026-12-04T19:41:33Z";
  e.actor_email = "system";
  e.action = "system.seeded";
  e.result = "success";
  e.details = {{"accounts", 14}};
  return e;
}

AuditEntry login_failure() {
  AuditEntry e;
  e.seq = 2;
  e.at = "2026-12-04T19:42:00Z";
  e.actor_id = "u1";
  e.actor_email = "camila@mestore.com";
  e.action = "auth.login";
  e.target = "user:u1";
  e.result = "failure";
  e.ip = "127.0.0.1";
  e.details = {{"via", "login"}, {"reason", "wrong_password"}};
  return e;
}

std::vector<AuditEntry> chain_of_three() {
  std::vector<AuditEntry> out = {seeded_entry(), login_failure(), login_failure()};
  out[2].seq = 3;
  out[2].result = "success";
  std::string prev = genesis_hash();
  for (auto& e : out) {
    seal(e, prev);
    prev = e.hash;
  }
  return out;
}

std::string raw_string(const unsigned char* p, std::size_t n) { return std::string(reinterpret_cast<const char*>(p), n); }

}  // namespace

TEST_CASE("the canonical form is the entry's nine keys, sorted, without spaces") {
  CHECK(canonical(seeded_entry()) ==
        R"({"action":"system.seeded","actor_email":"system","actor_id":"","at":"2026-12-04T19:41:33Z",)"
        R"("details":{"accounts":14},"ip":"","result":"success","seq":1,"target":""})");
  // prev_hash and hash are not part of what is hashed.
  AuditEntry e = seeded_entry();
  e.prev_hash = "ff";
  e.hash = "ee";
  CHECK(canonical(e) == canonical(seeded_entry()));
}

TEST_CASE("entry hashes chain from 32 zero bytes with BLAKE2b-256 (known answers)") {
  CHECK(genesis_hash() == std::string(64, '0'));
  const auto chain = chain_of_three();
  CHECK(chain[0].prev_hash == genesis_hash());
  CHECK(chain[0].hash == "8e1d089dce7411f42b45853a625175afffe98708d1e31087577140e803b6d4fa");
  CHECK(chain[1].prev_hash == chain[0].hash);
  CHECK(chain[1].hash == "4766b12aad6b8f1f4b3ec104dbc6d8880dd6c470dde8ba021e72cdd52f3073f4");
  CHECK(chain_hash("not hex", "x").empty());
}

TEST_CASE("an intact chain verifies, also page by page") {
  const auto chain = chain_of_three();
  ChainVerifier v;
  for (const auto& e : chain) CHECK(v.feed(e));
  CHECK(v.ok());
  CHECK(v.checked() == 3);
  CHECK(v.last_seq() == 3);
  CHECK(v.last_hash() == chain[2].hash);

  ChainVerifier resumed(chain[0].seq, chain[0].hash);
  CHECK(resumed.feed(chain[1]));
  CHECK(resumed.feed(chain[2]));
}

TEST_CASE("an edited entry is found at its own seq") {
  auto chain = chain_of_three();
  chain[1].result = "success";  // someone turns a failure into a success
  CHECK_FALSE(entry_hash_matches(chain[1]));
  ChainVerifier v;
  CHECK(v.feed(chain[0]));
  CHECK_FALSE(v.feed(chain[1]));
  CHECK(v.first_broken_seq() == 2);
  CHECK(v.problem().find("hash") != std::string::npos);
  CHECK_FALSE(v.feed(chain[2]));  // stays broken
  CHECK(v.first_broken_seq() == 2);

  auto details = chain_of_three();
  details[2].details["via"] = "admin-login";
  ChainVerifier d;
  d.feed(details[0]);
  d.feed(details[1]);
  CHECK_FALSE(d.feed(details[2]));
  CHECK(d.first_broken_seq() == 3);
}

TEST_CASE("a re-sealed edit breaks the link to the next entry; a removed entry leaves a gap") {
  auto chain = chain_of_three();
  chain[1].ip = "10.0.0.9";
  seal(chain[1], chain[0].hash);  // the forger recomputes this entry's hash…
  ChainVerifier v;
  CHECK(v.feed(chain[0]));
  CHECK(v.feed(chain[1]));
  CHECK_FALSE(v.feed(chain[2]));  // …but the next one still points at the old one
  CHECK(v.first_broken_seq() == 3);

  auto gap = chain_of_three();
  ChainVerifier g;
  CHECK(g.feed(gap[0]));
  CHECK_FALSE(g.feed(gap[2]));
  CHECK(g.first_broken_seq() == 2);  // where the missing entry should be
  CHECK(g.problem().find("expected seq 2") != std::string::npos);
}

TEST_CASE("the head signature verifies with the matching public key only") {
  REQUIRE(sodium_init() >= 0);
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  const std::string public_raw = raw_string(pk, sizeof pk), secret_raw = raw_string(sk, sizeof sk);
  CHECK(head_message(7, "abc") == "mestore-audit-head/v1\n7\nabc");

  const auto chain = chain_of_three();
  PublishedKey key{key_id_of(public_raw), "Ed25519", to_base64(public_raw)};
  CHECK(key.key_id.size() == 16);
  AuditHead head{3, chain[2].hash, sign_head(3, chain[2].hash, secret_raw), key.key_id, "2026-12-04T19:42:00Z"};
  CHECK(verify_head(head, key));

  AuditHead moved = head;
  moved.seq = 2;  // the same signature does not vouch for another position
  CHECK_FALSE(verify_head(moved, key));
  AuditHead other_hash = head;
  other_hash.hash = chain[1].hash;
  CHECK_FALSE(verify_head(other_hash, key));

  crypto_sign_keypair(pk, sk);
  const std::string other_public = raw_string(pk, sizeof pk);
  PublishedKey other{key_id_of(other_public), "Ed25519", to_base64(other_public)};
  CHECK_FALSE(verify_head(head, other));
  PublishedKey mislabelled{key.key_id, "Ed25519", to_base64(other_public)};
  CHECK_FALSE(verify_head(head, mislabelled));  // key_id must belong to the key
  CHECK_FALSE(verify_head({3, chain[2].hash, "not base64!", key.key_id, ""}, key));
}

TEST_CASE("key ids are the first 16 hex chars of BLAKE2b-256 of the key (known answer)") {
  CHECK(key_id_of(std::string(32, 'x')) == "ba012ca7fa479b91");
}

TEST_CASE("base64 round-trips and refuses malformed text") {
  const std::string raw("\x00\x01\xfe\xff hola", 9);
  CHECK(from_base64(to_base64(raw)) == raw);
  CHECK(to_base64("hola") == "aG9sYQ==");
  CHECK_FALSE(from_base64("aG9sYQ=").has_value());
  CHECK_FALSE(from_base64("a$b=").has_value());
}

TEST_CASE("audit entries decode strictly from the wire") {
  AuditEntry e = chain_of_three()[1];
  AuditEntry back;
  REQUIRE_FALSE(decode_text(json(e).dump(), back));
  CHECK(back.hash == e.hash);
  CHECK(entry_hash_matches(back));
  json broken = e;
  broken["details"] = "not an object";
  CHECK(decode_text(broken.dump(), back).has_value());
  broken = e;
  broken.erase("prev_hash");
  CHECK(decode_text(broken.dump(), back).has_value());
}
