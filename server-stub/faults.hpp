// The faults switched on right now (e.g. fraud_scorer_down). Starts from --faults /
// MESTORE_FAULTS and can be changed while the server runs (PUT /api/v1/dev/faults), so it is
// read and written under a lock by any thread.
#pragma once
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace stub {

class FaultSet {
 public:
  // A comma-separated list; blanks and empty items are skipped.
  void reset_to(const std::string& comma_list);
  void set(const std::string& name, bool on);
  bool active(const std::string& name) const;
  std::vector<std::string> names() const;  // sorted

 private:
  mutable std::mutex mu_;
  std::set<std::string> on_;
};

// Faults the server knows how to inject; anything else is refused by the dev route, so a typo
// does not silently do nothing.
const std::vector<std::string>& known_faults();

}  // namespace stub
