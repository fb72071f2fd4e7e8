// Reset to the seed (POST /api/v1/dev/reset). When the seed runs on a fresh data dir, a copy of
// the result is kept as <data-dir>/seed.sqlite3; a reset copies every table back from it in one
// write transaction, so requests running meanwhile see the old data or the new, never a mix.
// The audit log is the exception: it is append-only and hash-chained, so it is kept and records
// the reset (so are the migration list and the catalog_version counter). Tables are found by looking, not listed here, so tables added by later migrations
// are reset too.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

#include "database.hpp"

namespace stub {

std::string seed_snapshot_path(const std::string& data_dir);
// Writes the snapshot of `db` as it is now (atomically: temp file + rename).
void make_seed_snapshot(const Database& db, const std::string& snapshot_path);

struct ResetCounts {
  int tables = 0;
  std::int64_t rows = 0;
};

// Replaces the content of every table but the audit log and the migration list with the
// snapshot's. `inside` runs in the same transaction at the end (to write the audit entry).
ResetCounts reset_from_snapshot(const Database& db, const std::string& snapshot_path,
                                const std::function<void(SQLite::Database&)>& inside);

}  // namespace stub
