#pragma once
#include "config.hpp"

namespace stub {

// Opens (or creates and seeds) the data dir and serves until SIGINT/SIGTERM. Returns an exit code.
int serve(const Config& config);

}  // namespace stub
