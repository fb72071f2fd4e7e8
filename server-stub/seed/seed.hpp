// Seeding on first start: a believable, deterministic Colombian marketplace.
//
// `--seed demo` fills the catalog (categories, vendors, ~250 products with their pictures).
// `--seed demo` also writes a few hundred orders of history; `--seed large` 100 000 (the
// back-office benchmarks): seed_orders runs after the accounts, drawing buyers, baskets and
// dates from its own SeedRandom stream (so the catalog stays the same whatever the order count)
// and inserting everything in one transaction through prepared statements.
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

struct OrderSeedReport {
  int orders = 0;
  double ms = 0;
};

// ~90 days of order history from the demo buyers (seed_orders.cpp says what holds for it);
// `count` orders, deterministic, one transaction. Does nothing when orders already exist.
// Runs after seed_catalog and seed_accounts. `demo` asks a few hundred, `large` 100 000.
OrderSeedReport seed_orders(Stub& s, int count);
int seed_order_count(const std::string& seed);  // demo 360, large 100 000, none 0

// The demo accounts' emails (the seed password must not contain any of their local parts).
std::vector<std::string> seed_account_emails();
bool accounts_exist(Stub& s);
// Creates the demo accounts (after the catalog: vendors get linked to their login). Returns how many.
int seed_accounts(Stub& s, const std::string& password_hash);

}  // namespace stub
