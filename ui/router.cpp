#include "router.hpp"

#include <cstdlib>
#include <cstring>

#include "client/api_client.hpp"

namespace ui {
namespace {

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out.push_back(static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16)));
      i += 2;
    } else if (s[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

Route Route::parse(const std::string& text) {
  Route r;
  std::string s = text;
  if (!s.empty() && s[0] == '#') s.erase(0, 1);
  auto q = s.find('?');
  r.path = percent_decode(s.substr(0, q));
  if (r.path.empty() || r.path[0] != '/') r.path = "/" + r.path;
  if (q != std::string::npos) {
    std::string query = s.substr(q + 1);
    size_t pos = 0;
    while (pos <= query.size()) {
      size_t amp = query.find('&', pos);
      if (amp == std::string::npos) amp = query.size();
      std::string pair = query.substr(pos, amp - pos);
      if (!pair.empty()) {
        auto eq = pair.find('=');
        std::string k = percent_decode(pair.substr(0, eq));
        std::string v = eq == std::string::npos ? "" : percent_decode(pair.substr(eq + 1));
        if (!k.empty() && !v.empty()) r.query[k] = v;
      }
      pos = amp + 1;
    }
  }
  return r;
}

std::string Route::str() const {
  std::string out = path;
  char sep = '?';
  for (const auto& [k, v] : query) {
    out += sep + mestore::percent_encode(k) + "=" + mestore::percent_encode(v);
    sep = '&';
  }
  return out;
}

std::string Route::get(const std::string& key, const std::string& fallback) const {
  auto it = query.find(key);
  return it == query.end() ? fallback : it->second;
}

int Route::get_int(const std::string& key, int fallback) const {
  auto it = query.find(key);
  if (it == query.end()) return fallback;
  char* end = nullptr;
  long v = std::strtol(it->second.c_str(), &end, 10);
  return (end && *end == '\0' && v > 0 && v < 1000000) ? static_cast<int>(v) : fallback;
}

Route Route::with(const std::string& key, const std::string& value) const {
  Route r = *this;
  if (value.empty()) r.query.erase(key);
  else r.query[key] = value;
  return r;
}

bool match_route(const char* pattern, const std::string& path, std::string* param) {
  const char* brace = std::strchr(pattern, '{');
  if (!brace) return path == pattern;
  size_t prefix = static_cast<size_t>(brace - pattern);
  if (path.compare(0, prefix, pattern, prefix) != 0) return false;
  std::string rest = path.substr(prefix);
  if (rest.empty() || rest.find('/') != std::string::npos) return false;
  if (param) *param = rest;
  return true;
}

}  // namespace ui
