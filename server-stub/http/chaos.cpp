#include "chaos.hpp"

#include <random>

namespace stub {

// Iterative glob with one backtrack point: linear enough for paths, and no recursion a hostile
// pattern could blow up.
bool glob_match(std::string_view p, std::string_view t) {
  std::size_t pi = 0, ti = 0, star = std::string_view::npos, mark = 0;
  while (ti < t.size()) {
    if (pi < p.size() && (p[pi] == '?' || p[pi] == t[ti])) {
      ++pi;
      ++ti;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = ti;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

void ChaosRules::replace(std::vector<ChaosRule> rules) {
  auto next = std::make_shared<const std::vector<ChaosRule>>(std::move(rules));
  std::lock_guard lock(mu_);
  any_ = !next->empty();
  rules_ = std::move(next);
}

std::vector<ChaosRule> ChaosRules::rules() const {
  std::lock_guard lock(mu_);
  return *rules_;
}

ChaosEffect ChaosRules::effect_for(std::string_view path) const {
  if (!any_.load(std::memory_order_relaxed)) return {};
  std::shared_ptr<const std::vector<ChaosRule>> rules;
  {
    std::lock_guard lock(mu_);
    rules = rules_;
  }
  if (rules->empty() || path.rfind("/api/v1/dev/", 0) == 0) return {};
  for (const auto& r : *rules) {
    if (!glob_match(r.pattern, path)) continue;
    thread_local std::mt19937_64 rng{std::random_device{}()};
    const bool fail = r.error_rate >= 1 || (r.error_rate > 0 && std::uniform_real_distribution<double>(0, 1)(rng) < r.error_rate);
    return {r.latency_ms, fail};
  }
  return {};
}

}  // namespace stub
