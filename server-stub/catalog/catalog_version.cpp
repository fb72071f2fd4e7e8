#include "catalog_version.hpp"

#include <map>
#include <memory>

namespace stub::catalog {

std::int64_t catalog_db_version(SQLite::Database& db) {
  // Connections are per thread, so the statements are too; no lock needed.
  thread_local std::map<SQLite::Database*, std::unique_ptr<SQLite::Statement>> statements;
  auto& q = statements[&db];
  if (!q) q = std::make_unique<SQLite::Statement>(db, "SELECT version FROM catalog_version WHERE id = 1");
  q->reset();
  const std::int64_t v = q->executeStep() ? q->getColumn(0).getInt64() : 0;
  q->reset();  // ends the read transaction at once, so it never pins an old WAL snapshot
  return v;
}

}  // namespace stub::catalog
