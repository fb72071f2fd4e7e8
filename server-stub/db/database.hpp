// The embedded SQLite file. Each server thread gets its own connection (WAL lets readers run
// beside the one writer); every write goes through write(), a BEGIN IMMEDIATE transaction that
// either commits whole or not at all, so a crash never leaves half an order behind.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace stub {

class Database {
 public:
  explicit Database(std::string path);
  // This thread's connection (opened on first use).
  SQLite::Database& conn() const;
  // Runs `fn` inside BEGIN IMMEDIATE … COMMIT; rolls back if it throws.
  template <class Fn>
  auto write(Fn&& fn) const -> decltype(fn(conn()));
  // Applies pending migrations; returns the schema version now in effect.
  int migrate() const;
  const std::string& path() const { return path_; }

 private:
  void begin_immediate(SQLite::Database& c) const;
  std::string path_;
  // Writers of this process queue here first: a blocked thread wakes the moment the one before
  // it commits, where SQLite's busy handler could only poll. The busy handler still covers
  // other processes (a CLI, a test reading the file).
  std::unique_ptr<std::recursive_mutex> writers_ = std::make_unique<std::recursive_mutex>();  // recursive: a nested write still fails in SQLite, as before, rather than hanging
};

template <class Fn>
auto Database::write(Fn&& fn) const -> decltype(fn(conn())) {
  SQLite::Database& c = conn();
  std::lock_guard<std::recursive_mutex> turn(*writers_);
  begin_immediate(c);
  try {
    if constexpr (std::is_void_v<decltype(fn(c))>) {
      fn(c);
      c.exec("COMMIT");
    } else {
      auto result = fn(c);
      c.exec("COMMIT");
      return result;
    }
  } catch (...) {
    try {
      c.exec("ROLLBACK");
    } catch (...) {
    }
    throw;
  }
}

// The disk is full, the data dir became read-only or its files cannot be opened: no write can
// succeed until someone frees space (the transaction rolled back, nothing was half-written).
bool is_storage_failure(const SQLite::Exception& e);

}  // namespace stub
