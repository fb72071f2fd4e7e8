#pragma once
#include <string>
#include <vector>

namespace stub {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// Ordered; a released migration is never edited, only followed by a new one.
const std::vector<Migration>& migrations();

}  // namespace stub
