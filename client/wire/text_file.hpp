// A file the server sends as it is rather than in the JSON envelope (the CSV exports). Errors
// still come in the envelope and settle the handle as failed like any other call.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "../decode.hpp"

namespace mestore {

struct TextFile {
  std::string body;
};

// Picked over settle.hpp's envelope decoder for Handle<TextFile>: the body is the value.
inline std::optional<DecodeFailure> decode_envelope(std::string_view body, TextFile& out) {
  out.body = std::string(body);
  return std::nullopt;
}

}  // namespace mestore
