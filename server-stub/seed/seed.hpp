// Seeding on first start: a believable, deterministic Colombian marketplace.
//
// `--seed demo` fills the catalog (categories, vendors, ~250 products with their pictures).
// `--seed large` is meant to add ≥ 100 000 orders over a few months for back-office benchmarks:
// once orders and buyer accounts exist, a seed_orders(s, count) step runs after seed_catalog,
// drawing buyers, baskets and dates from its own SeedRandom stream (so the catalog stays the
// same whatever the order count) and inserting in batches of a few thousand rows per
// transaction through prepared statements.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "../stub.hpp"

namespace stub {

struct SeedReport {
  int products = 0;
  int images = 0;
  std::int64_t image_bytes = 0;
  double ms = 0;
};

// Fills an empty database with the demo catalog and its pictures; does nothing (an empty
// report) when products already exist.
SeedReport seed_catalog(Stub& s);

// The demo accounts' emails (the seed password must not contain any of their local parts).
std::vector<std::string> seed_account_emails();
bool accounts_exist(Stub& s);
// Creates the demo accounts (after the catalog: vendors get linked to their login). Returns how many.
int seed_accounts(Stub& s, const std::string& password_hash);

}  // namespace stub
