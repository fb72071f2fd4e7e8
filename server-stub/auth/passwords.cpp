#include "passwords.hpp"

#include <sodium.h>

#include <algorithm>
#include <fstream>
#include <semaphore>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_set>

namespace stub::passwords {
namespace {

constexpr auto kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// Four hashes at once (256 MiB at most); the others queue. More would only fight for 2 cores.
std::counting_semaphore<4> hashing_slots{4};

struct Slot {
  Slot() { hashing_slots.acquire(); }
  ~Slot() { hashing_slots.release(); }
};

std::shared_mutex common_mu;
std::unordered_set<std::string> common_passwords;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_common(std::string_view password) {
  std::shared_lock lock(common_mu);
  return common_passwords.count(ascii_lower(password)) > 0;
}

}  // namespace

std::string hash(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  Slot slot;
  if (crypto_pwhash_str(out, password.data(), password.size(), kOps, kMem) != 0)
    throw std::runtime_error("password hashing ran out of memory");
  return out;
}

bool verify(const std::string& stored_hash, std::string_view password) {
  Slot slot;
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(const std::string& stored_hash) {
  return crypto_pwhash_str_needs_rehash(stored_hash.c_str(), kOps, kMem) != 0;
}

std::size_t load_common_passwords(const std::string& path) {
  std::ifstream in(path);
  if (!in) return 0;
  std::unordered_set<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.rfind("#!comment:", 0) == 0) continue;
    words.insert(ascii_lower(line));
  }
  std::unique_lock lock(common_mu);
  common_passwords = std::move(words);
  return common_passwords.size();
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<mestore::FieldError> policy_problems(std::string_view password, std::string_view email,
                                                 const std::string& field) {
  std::vector<mestore::FieldError> out;
  const std::size_t len = utf8_length(password);
  if (len < kMinLength)
    out.push_back({field, "must be at least " + std::to_string(kMinLength) + " characters long", "too_short"});
  if (len > kMaxLength)
    out.push_back({field, "must be at most " + std::to_string(kMaxLength) + " characters long", "too_long"});
  if (is_common(password))
    out.push_back({field, "is on the list of commonly used passwords", "common_password"});
  // Local parts shorter than 3 characters would forbid half the alphabet; they say nothing anyway.
  const std::string local = ascii_lower(email.substr(0, email.find('@')));
  if (local.size() >= 3 && ascii_lower(password).find(local) != std::string::npos)
    out.push_back({field, "must not contain your email address", "contains_email"});
  return out;
}

}  // namespace stub::passwords
