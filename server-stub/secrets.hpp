// Secrets live in <data-dir>/secrets (0700), one file each (0600), created on first start.
// Nothing secret is ever written in the source tree or printed to the log.
#pragma once
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace stub {

// The server's Ed25519 key pair (libsodium layout: 64-byte secret key, 32-byte public key).
struct SigningKey {
  std::string secret_key;  // raw bytes
  std::string public_key;  // raw bytes
  std::string key_id;      // first 16 hex chars of BLAKE2b-256(public key)
};

struct SecretError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string secrets_dir(const std::string& data_dir);
// Loads <data-dir>/secrets/ed25519.key, creating it (and the folder) on first start.
SigningKey load_or_create_signing_key(const std::string& data_dir);
// Loads the key only (the `verify` command); nullopt when the data dir has none.
std::optional<SigningKey> load_signing_key(const std::string& data_dir);

// The demo accounts' password: MESTORE_SEED_PASSWORD when set; else the one stored in
// <data-dir>/secrets/seed-password; else a new one, stored there. `generated` tells the caller
// it must show it once. A generated password is drawn again until `acceptable` agrees (the
// password policy, against every seeded email).
struct SeedPassword {
  std::string value;
  bool generated = false;
  bool from_environment = false;
};
SeedPassword resolve_seed_password(const std::string& data_dir,
                                   const std::function<bool(const std::string&)>& acceptable);
std::string seed_password_path(const std::string& data_dir);

// A random password that passes the policy: 4 groups of 5 lowercase letters and digits.
std::string generate_password();

}  // namespace stub
