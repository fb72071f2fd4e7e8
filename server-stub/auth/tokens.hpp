// Session tokens: 32 random bytes (256 bits) as base64url. The database keeps only their
// BLAKE2b-256 hash, so a copy of the database holds no usable token.
#pragma once
#include <string>
#include <string_view>

namespace stub::tokens {

std::string generate();
// Lowercase hex BLAKE2b-256 of the token text.
std::string hash(std::string_view token);

}  // namespace stub::tokens
