#include "faults.hpp"

#include "config.hpp"

namespace stub {

void FaultSet::reset_to(const std::string& comma_list) {
  std::set<std::string> next;
  std::size_t i = 0;
  while (i <= comma_list.size()) {
    std::size_t j = comma_list.find(',', i);
    if (j == std::string::npos) j = comma_list.size();
    std::string item = comma_list.substr(i, j - i);
    const auto b = item.find_first_not_of(" \t");
    if (b != std::string::npos) next.insert(item.substr(b, item.find_last_not_of(" \t") - b + 1));
    i = j + 1;
  }
  std::lock_guard lock(mu_);
  on_ = std::move(next);
}

void FaultSet::set(const std::string& name, bool on) {
  std::lock_guard lock(mu_);
  if (on) on_.insert(name);
  else on_.erase(name);
}

bool FaultSet::active(const std::string& name) const {
  std::lock_guard lock(mu_);
  return on_.count(name) > 0;
}

std::vector<std::string> FaultSet::names() const {
  std::lock_guard lock(mu_);
  return {on_.begin(), on_.end()};
}

const std::vector<std::string>& known_faults() {
  static const std::vector<std::string> all = {"fraud_scorer_down"};
  return all;
}

// While the server runs, `live_faults` points at Stub::faults, so every caller of
// Config::fault sees switches made at run time; a bare Config (unit tests) reads its string.
bool Config::fault(const std::string& name) const {
  if (live_faults) return live_faults->active(name);
  return ("," + faults + ",").find("," + name + ",") != std::string::npos;
}

}  // namespace stub
