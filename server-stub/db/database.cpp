#include "database.hpp"

#include <map>
#include <set>
#include <memory>
#include <thread>

#include "migrations.hpp"

namespace stub {

Database::Database(std::string path) : path_(std::move(path)) {}

SQLite::Database& Database::conn() const {
  // One connection per (thread, database file). Worker threads live as long as the server.
  thread_local std::map<std::string, std::unique_ptr<SQLite::Database>> connections;
  auto& slot = connections[path_];
  if (!slot) {
    slot = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    slot->setBusyTimeout(10000);
    slot->exec("PRAGMA journal_mode=WAL");
    slot->exec("PRAGMA synchronous=NORMAL");  // WAL + NORMAL survives a process crash (kill -9)
    slot->exec("PRAGMA foreign_keys=ON");
    slot->exec("PRAGMA temp_store=MEMORY");
  }
  return *slot;
}

void Database::begin_immediate(SQLite::Database& c) const {
  // busy_timeout covers lock waits; BEGIN IMMEDIATE takes the write lock up front so two
  // writers never deadlock upgrading from read to write.
  c.exec("BEGIN IMMEDIATE");
}

int Database::migrate() const {
  SQLite::Database& c = conn();
  c.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  // Every version not yet applied runs, in order; not only those above the highest applied one,
  // so a data dir made while two branches each added a migration still gets both.
  std::set<int> applied;
  SQLite::Statement q(c, "SELECT version FROM schema_migrations");
  while (q.executeStep()) applied.insert(q.getColumn(0).getInt());
  for (const auto& m : migrations()) {
    if (applied.count(m.version)) continue;
    write([&](SQLite::Database& w) {
      w.exec(m.sql);
      SQLite::Statement ins(w, "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, datetime('now'))");
      ins.bind(1, m.version);
      ins.bind(2, m.name);
      ins.exec();
    });
    applied.insert(m.version);
  }
  return applied.empty() ? 0 : *applied.rbegin();
}

}  // namespace stub
