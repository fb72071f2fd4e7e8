// The attack suite's ledger: every attack case is recorded under its class (sql_injection,
// access_control, …) as blocked or not, and also asserted, so a protection that gives way fails
// the run. main.cpp prints the ledger at the end: cases tried, blocked and failed, by class.
#pragma once
#include <doctest/doctest.h>

#include <map>
#include <mutex>
#include <string>

namespace attacks {

struct ClassCount {
  int tried = 0;
  int blocked = 0;
};

inline std::map<std::string, ClassCount>& ledger() {
  static std::map<std::string, ClassCount> l;
  return l;
}

// Records one attack and asserts it was blocked; `what` says what was tried, for the failure text.
inline void attempt(const std::string& klass, const std::string& what, bool blocked) {
  static std::mutex m;
  {
    std::lock_guard lock(m);
    auto& c = ledger()[klass];
    ++c.tried;
    if (blocked) ++c.blocked;
  }
  CHECK_MESSAGE(blocked, klass << ": not blocked: " << what);
}

}  // namespace attacks
