// Seeding on first start: a believable, deterministic Colombian marketplace.
#pragma once
#include <string>
#include <vector>

#include "../stub.hpp"

namespace stub {

// Fills an empty database with the demo catalog; does nothing when products already exist.
// Returns the number of products created.
int seed_catalog(Stub& s);

// The demo accounts' emails (the seed password must not contain any of their local parts).
std::vector<std::string> seed_account_emails();
bool accounts_exist(Stub& s);
// Creates the demo accounts (after the catalog: vendors get linked to their login). Returns how many.
int seed_accounts(Stub& s, const std::string& password_hash);

}  // namespace stub
