// Developer-made trouble for frontend work (PUT /api/v1/dev/chaos): per path pattern, extra
// latency and a share of requests answered 503. Applied by the HTTP layer before routing, so a
// handler never knows; the developer controls themselves are never affected (or a rule on
// "/api/*" could lock you out of the switch that removes it).
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace stub {

struct ChaosRule {
  std::string pattern;   // glob over the path: * any run of characters, ? one character
  int latency_ms = 0;    // 0 … 30000
  double error_rate = 0;  // 0 … 1: the share answered 503
};

struct ChaosEffect {
  int latency_ms = 0;
  bool fail = false;
};

class ChaosRules {
 public:
  void replace(std::vector<ChaosRule> rules);
  std::vector<ChaosRule> rules() const;
  // What to do to a request for `path`: the first matching rule decides.
  ChaosEffect effect_for(std::string_view path) const;

 private:
  mutable std::mutex mu_;
  std::atomic<bool> any_{false};  // the common case (no rules) costs no lock per request
  std::shared_ptr<const std::vector<ChaosRule>> rules_ = std::make_shared<const std::vector<ChaosRule>>();
};

bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace stub
