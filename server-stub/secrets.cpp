#include "secrets.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "client/audit_chain.hpp"

namespace stub {
namespace {

std::string read_private_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw SecretError("cannot read " + path + ": " + std::strerror(errno));
  struct stat st{};
  if (::fstat(fd, &st) == 0 && (st.st_mode & 077) != 0) {
    // Someone loosened it; tighten it again rather than refuse to start.
    ::fchmod(fd, 0600);
  }
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

// O_EXCL: two servers starting at once on one data dir never overwrite each other's secret.
void write_private_file(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw SecretError("cannot create " + path + ": " + std::strerror(errno));
  ::fchmod(fd, 0600);  // whatever the umask says
  std::string line = content + "\n";
  bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) throw SecretError("cannot write " + path);
}

void ensure_secrets_dir(const std::string& data_dir) {
  const std::string dir = secrets_dir(data_dir);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw SecretError("cannot create " + dir + ": " + ec.message());
  ::chmod(dir.c_str(), 0700);
}

std::string key_path(const std::string& data_dir) { return secrets_dir(data_dir) + "/ed25519.key"; }

SigningKey key_from_seed(const std::string& seed_hex, const std::string& path) {
  unsigned char seed[crypto_sign_SEEDBYTES];
  size_t len = 0;
  if (sodium_hex2bin(seed, sizeof seed, seed_hex.data(), seed_hex.size(), nullptr, &len, nullptr) != 0 ||
      len != sizeof seed)
    throw SecretError(path + " does not hold a 32-byte hex Ed25519 seed");
  SigningKey k;
  k.secret_key.resize(crypto_sign_SECRETKEYBYTES);
  k.public_key.resize(crypto_sign_PUBLICKEYBYTES);
  crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(k.public_key.data()),
                           reinterpret_cast<unsigned char*>(k.secret_key.data()), seed);
  sodium_memzero(seed, sizeof seed);
  k.key_id = mestore::audit::key_id_of(k.public_key);
  return k;
}

bool exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

}  // namespace

std::string secrets_dir(const std::string& data_dir) { return data_dir + "/secrets"; }
std::string seed_password_path(const std::string& data_dir) { return secrets_dir(data_dir) + "/seed-password"; }

std::optional<SigningKey> load_signing_key(const std::string& data_dir) {
  const std::string path = key_path(data_dir);
  if (!exists(path)) return std::nullopt;
  return key_from_seed(read_private_file(path), path);
}

SigningKey load_or_create_signing_key(const std::string& data_dir) {
  ensure_secrets_dir(data_dir);
  const std::string path = key_path(data_dir);
  if (!exists(path)) {
    unsigned char seed[crypto_sign_SEEDBYTES];
    randombytes_buf(seed, sizeof seed);
    char hex[sizeof seed * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, seed, sizeof seed);
    sodium_memzero(seed, sizeof seed);
    write_private_file(path, hex);
    sodium_memzero(hex, sizeof hex);
  }
  return key_from_seed(read_private_file(path), path);
}

std::string generate_password() {
  // 20 symbols from 32 (≈ 100 bits), grouped so a person can type it off the screen.
  static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
  std::string out;
  for (int group = 0; group < 4; ++group) {
    if (group) out.push_back('-');
    for (int i = 0; i < 5; ++i) out.push_back(alphabet[randombytes_uniform(32)]);
  }
  return out;
}

SeedPassword resolve_seed_password(const std::string& data_dir,
                                   const std::function<bool(const std::string&)>& acceptable) {
  SeedPassword p;
  if (const char* env = std::getenv("MESTORE_SEED_PASSWORD"); env && *env) {
    p.value = env;
    p.from_environment = true;
    return p;
  }
  ensure_secrets_dir(data_dir);
  const std::string path = seed_password_path(data_dir);
  if (exists(path)) {
    p.value = read_private_file(path);
    return p;
  }
  do p.value = generate_password();
  while (!acceptable(p.value));
  write_private_file(path, p.value);
  p.generated = true;
  return p;
}

}  // namespace stub
