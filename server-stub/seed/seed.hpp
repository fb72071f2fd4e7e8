// Seeding on first start: a believable, deterministic Colombian marketplace.
#pragma once
#include "../stub.hpp"

namespace stub {

// Fills an empty database with the demo catalog; does nothing when products already exist.
// Returns the number of products created.
int seed_catalog(Stub& s);

}  // namespace stub
