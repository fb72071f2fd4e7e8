#pragma once
#include <cstdint>
#include <string>

namespace stub {

// A random UUID v4 string from libsodium's CSPRNG.
std::string new_uuid();
// A UUID v4 string from a deterministic 128-bit input (seed data is the same on every machine).
std::string uuid_from(std::uint64_t hi, std::uint64_t lo);
// `bytes` random bytes as lowercase hex.
std::string random_hex(std::size_t bytes);

// A small deterministic PRNG (splitmix64) for seed data.
struct SeedRandom {
  std::uint64_t state;
  std::uint64_t next();
  int between(int lo, int hi);  // inclusive
  template <class C>
  const auto& pick(const C& c) { return c[static_cast<std::size_t>(between(0, static_cast<int>(std::size(c)) - 1))]; }
};

}  // namespace stub
