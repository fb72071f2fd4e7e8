#include "decode.hpp"

namespace mestore {

// A cheap pre-scan: counts bracket depth outside strings. nlohmann's parser recurses per level,
// so a body like "[[[[…" ten thousand deep would otherwise blow the stack (in Wasm, quickly).
bool json_depth_ok(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') --depth;
  }
  return true;
}

}  // namespace mestore
