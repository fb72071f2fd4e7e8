// The database's catalog_version counter (migration 5: bumped by triggers on every catalog
// write). Read on each cached GET, through a statement prepared once per connection.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>

namespace stub::catalog {

std::int64_t catalog_db_version(SQLite::Database& db);

}  // namespace stub::catalog
