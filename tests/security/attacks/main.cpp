// The attack suite's runner: doctest runs the cases, then the ledger is printed as a table.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>

#include "tally.hpp"

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int result = context.run();
  int tried = 0, blocked = 0;
  std::printf("\n%-22s %6s %8s %7s\n", "attack class", "tried", "blocked", "failed");
  for (const auto& [klass, c] : attacks::ledger()) {
    std::printf("%-22s %6d %8d %7d\n", klass.c_str(), c.tried, c.blocked, c.tried - c.blocked);
    tried += c.tried;
    blocked += c.blocked;
  }
  std::printf("%-22s %6d %8d %7d\n", "total", tried, blocked, tried - blocked);
  return result;
}
