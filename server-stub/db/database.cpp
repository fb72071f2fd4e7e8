#include "database.hpp"

#include <sqlite3.h>

#include <chrono>
#include <map>
#include <set>
#include <memory>
#include <thread>

#include "migrations.hpp"

namespace stub {

namespace {

// Waiting for the write lock. SQLite's own busy_timeout sleeps in growing steps of up to 100 ms,
// so under a burst (fifty buyers after the last units) a waiter keeps waking up too late and can
// starve past its timeout. Polling every fraction of a millisecond, for up to 30 s, keeps the
// writers flowing in turn; a burst then queues instead of failing.
int wait_for_lock(void*, int attempt) {
  thread_local std::chrono::steady_clock::time_point since;
  const auto now = std::chrono::steady_clock::now();
  if (attempt == 0) since = now;
  if (now - since > std::chrono::seconds(30)) return 0;  // give up: SQLITE_BUSY (a 503 to the client)
  std::this_thread::sleep_for(std::chrono::microseconds(attempt < 20 ? 250 : 1000));
  return 1;
}

}  // namespace

Database::Database(std::string path) : path_(std::move(path)) {}

SQLite::Database& Database::conn() const {
  // One connection per (thread, database file). Worker threads live as long as the server.
  thread_local std::map<std::string, std::unique_ptr<SQLite::Database>> connections;
  auto& slot = connections[path_];
  if (!slot) {
    slot = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    sqlite3_busy_handler(slot->getHandle(), wait_for_lock, nullptr);
    slot->exec("PRAGMA journal_mode=WAL");
    slot->exec("PRAGMA synchronous=NORMAL");  // WAL + NORMAL survives a process crash (kill -9)
    slot->exec("PRAGMA foreign_keys=ON");
    slot->exec("PRAGMA temp_store=MEMORY");
  }
  return *slot;
}

void Database::begin_immediate(SQLite::Database& c) const {
  // wait_for_lock covers lock waits; BEGIN IMMEDIATE takes the write lock up front so two
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

bool is_storage_failure(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  return code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_READONLY || code == SQLITE_CANTOPEN;
}

}  // namespace stub
