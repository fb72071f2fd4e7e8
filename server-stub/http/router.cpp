#include "router.hpp"

#include <algorithm>

namespace stub {

bool Access::allows_role(const std::string& role) const {
  switch (kind) {
    case Kind::Public:
    case Kind::AnyUser: return true;
    case Kind::Roles: return std::find(roles.begin(), roles.end(), role) != roles.end();
  }
  return false;
}

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

void Router::add(Route route) {
  Compiled c;
  c.segments = split_path(route.pattern);
  for (const auto& s : c.segments)
    if (s.empty() || s.front() != '{') ++c.literal_count;
  routes_.push_back(std::move(route));
  compiled_.push_back(std::move(c));
}

// The most literal match wins, so "/categories/tree" beats "/categories/{id}" whatever the
// declaration order (the original backend shadowed eleven routes by getting this wrong). The
// path belongs to its most literal pattern under any method: GET /orders/quote is a 405 (quote
// is POST only), not an order whose id is "quote".
const Route* Router::match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& method_mismatch) const {
  const auto segments = split_path(path);
  const Route* best = nullptr;
  int best_literals = -1;  // of the best match under this method
  int path_literals = -1;  // of the best match under any method
  method_mismatch = false;
  for (size_t r = 0; r < routes_.size(); ++r) {
    const auto& c = compiled_[r];
    if (c.segments.size() != segments.size() || c.literal_count < path_literals) continue;
    bool ok = true;
    for (size_t i = 0; i < segments.size() && ok; ++i) {
      const auto& pat = c.segments[i];
      ok = (!pat.empty() && pat.front() == '{') ? !segments[i].empty() : pat == segments[i];
    }
    if (!ok) continue;
    path_literals = c.literal_count;
    if (routes_[r].method != method || c.literal_count <= best_literals) continue;
    best = &routes_[r];
    best_literals = c.literal_count;
  }
  if (best && best_literals < path_literals) best = nullptr;  // a more literal path under another method
  method_mismatch = !best && path_literals >= 0;
  if (best) {
    params.clear();
    const auto& c = compiled_[best - routes_.data()];
    for (size_t i = 0; i < segments.size(); ++i)
      if (!c.segments[i].empty() && c.segments[i].front() == '{')
        params[c.segments[i].substr(1, c.segments[i].size() - 2)] = segments[i];
  }
  return best;
}

}  // namespace stub
