#include "refresh_cookie.hpp"

#include <algorithm>

namespace stub {

std::string refresh_cookie(const std::string& token, std::int64_t max_age_seconds, bool secure) {
  return std::string(kRefreshCookie) + "=" + token + "; HttpOnly; SameSite=Strict; Path=/api/v1/auth; Max-Age=" +
         std::to_string(max_age_seconds < 0 ? 0 : max_age_seconds) + (secure ? "; Secure" : "");
}

std::string clear_refresh_cookie(bool secure) { return refresh_cookie("", 0, secure); }

std::string cookie_value(const std::string& header, const std::string& name) {
  std::size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && (header[i] == ' ' || header[i] == ';')) ++i;
    const std::size_t end = std::min(header.find(';', i), header.size());
    const std::string pair = header.substr(i, end - i);
    const std::size_t eq = pair.find('=');
    if (eq != std::string::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
    i = end + 1;
  }
  return {};
}

}  // namespace stub
