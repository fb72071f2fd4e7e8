// GET /api/v1/security/keys: the server's published signing keys, matched by key_id.
// {key_id, algorithm:"Ed25519", public_key: base64 of the 32-byte key}
#pragma once
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

struct PublishedKey {
  std::string key_id;
  std::string algorithm;   // only "Ed25519" is understood
  std::string public_key;  // base64 (standard alphabet; base64url accepted too)
};

inline void from_json(const json& j, PublishedKey& k) {
  decode::required(j, "key_id", k.key_id);
  decode::required(j, "algorithm", k.algorithm);
  decode::required(j, "public_key", k.public_key);
}
inline void to_json(json& j, const PublishedKey& k) {
  j = {{"key_id", k.key_id}, {"algorithm", k.algorithm}, {"public_key", k.public_key}};
}

// `data` is the list of keys; `{keys:[...]}` and a single key object are read too, so a change
// of envelope on the server does not silently leave the client without keys.
struct KeySet {
  std::vector<PublishedKey> keys;
  const PublishedKey* find(std::string_view key_id) const {
    for (const auto& k : keys)
      if (k.key_id == key_id) return &k;
    return nullptr;
  }
};

inline void decode_value(const json& v, KeySet& out) {
  if (v.is_array()) decode_value(v, out.keys);
  else if (v.is_object() && v.contains("keys")) decode::required(v, "keys", out.keys);
  else if (v.is_object()) {
    PublishedKey k;
    from_json(v, k);
    out.keys = {k};
  } else throw DecodeError("", "expected a list of keys");
}
inline void to_json(json& j, const KeySet& s) { j = {{"keys", s.keys}}; }  // the server publishes {keys:[…]}

}  // namespace mestore
