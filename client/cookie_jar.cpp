#include "cookie_jar.hpp"

#include <cctype>
#include <charconv>
#include <vector>

namespace mestore {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// RFC 6265 5.1.4: the cookie path is the request path, or a prefix of it ending at a '/'.
bool path_matches(std::string_view request_path, std::string_view cookie_path) {
  if (request_path.substr(0, cookie_path.size()) != cookie_path) return false;
  return request_path.size() == cookie_path.size() || cookie_path.back() == '/' || request_path[cookie_path.size()] == '/';
}

}  // namespace

void CookieJar::store(std::string_view set_cookie) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= set_cookie.size();) {
    auto semi = set_cookie.find(';', start);
    if (semi == std::string_view::npos) semi = set_cookie.size();
    parts.push_back(trim(set_cookie.substr(start, semi - start)));
    start = semi + 1;
  }
  const auto eq = parts[0].find('=');
  if (eq == std::string_view::npos || eq == 0) return;
  const std::string name(trim(parts[0].substr(0, eq)));
  Cookie cookie{std::string(trim(parts[0].substr(eq + 1)))};
  bool expired = cookie.value.empty();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const auto aeq = parts[i].find('=');
    const std::string_view key = trim(parts[i].substr(0, aeq));
    const std::string_view val = aeq == std::string_view::npos ? std::string_view() : trim(parts[i].substr(aeq + 1));
    if (iequals(key, "Path") && !val.empty() && val.front() == '/') cookie.path = std::string(val);
    else if (iequals(key, "Max-Age")) {
      long long seconds = 1;
      auto [p, ec] = std::from_chars(val.data(), val.data() + val.size(), seconds);
      if (ec == std::errc() && seconds <= 0) expired = true;
    } else if (iequals(key, "Expires") && val.find("1970") != std::string_view::npos) {
      expired = true;  // how servers delete cookies; other dates are taken as "later"
    }
  }
  std::lock_guard lock(mu_);
  if (expired) cookies_.erase(name);
  else cookies_[name] = std::move(cookie);
}

std::string CookieJar::header_for(std::string_view target) const {
  const std::string_view path = target.substr(0, target.find('?'));
  std::lock_guard lock(mu_);
  std::string h;
  for (const auto& [name, c] : cookies_) {
    if (!path_matches(path, c.path)) continue;
    if (!h.empty()) h += "; ";
    h += name + "=" + c.value;
  }
  return h;
}

std::size_t CookieJar::size() const {
  std::lock_guard lock(mu_);
  return cookies_.size();
}

}  // namespace mestore
