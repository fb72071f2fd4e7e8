#include "seed_snapshot.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <vector>

namespace stub {
namespace {

// Kept as they are: the audit log (append-only, hash-chained), the list of applied migrations,
// and catalog_version, which must only ever grow (the response cache compares against it).
const std::set<std::string> kKept = {"audit_log", "schema_migrations", "catalog_version"};

std::string quoted(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::vector<std::string> tables_of(SQLite::Database& c, const std::string& schema) {
  std::vector<std::string> out;
  SQLite::Statement q(c, "SELECT name FROM " + schema + ".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

std::vector<std::string> columns_of(SQLite::Database& c, const std::string& schema, const std::string& table) {
  std::vector<std::string> out;
  SQLite::Statement q(c, "SELECT name FROM pragma_table_info(?1, ?2)");
  q.bind(1, table);
  q.bind(2, schema);
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

// Parents before children (by foreign key), so inserting in this order and deleting in the
// reverse never trips an immediate constraint (RESTRICT, CASCADE) whatever the schema says.
std::vector<std::string> parents_first(SQLite::Database& c, const std::vector<std::string>& tables) {
  std::map<std::string, std::set<std::string>> parents;
  for (const auto& t : tables) {
    SQLite::Statement q(c, "SELECT \"table\" FROM pragma_foreign_key_list(?1, 'main')");
    q.bind(1, t);
    while (q.executeStep())
      if (q.getColumn(0).getString() != t) parents[t].insert(q.getColumn(0).getString());
  }
  std::vector<std::string> order;
  std::set<std::string> placed, visiting;
  std::function<void(const std::string&)> visit = [&](const std::string& t) {
    if (placed.count(t) || visiting.count(t)) return;  // a cycle is left to the deferred check
    visiting.insert(t);
    for (const auto& p : parents[t])
      if (std::find(tables.begin(), tables.end(), p) != tables.end()) visit(p);
    visiting.erase(t);
    placed.insert(t);
    order.push_back(t);
  };
  for (const auto& t : tables) visit(t);
  return order;
}

}  // namespace

std::string seed_snapshot_path(const std::string& data_dir) { return data_dir + "/seed.sqlite3"; }

void make_seed_snapshot(const Database& db, const std::string& snapshot_path) {
  const std::string temp = snapshot_path + ".tmp";
  std::error_code ec;
  std::filesystem::remove(temp, ec);
  SQLite::Statement q(db.conn(), "VACUUM INTO ?");
  q.bind(1, temp);
  q.exec();
  std::filesystem::rename(temp, snapshot_path);
}

ResetCounts reset_from_snapshot(const Database& db, const std::string& snapshot_path,
                                const std::function<void(SQLite::Database&)>& inside) {
  SQLite::Database& c = db.conn();
  {
    // ATTACH is refused inside a transaction, so it comes first, on this thread's connection.
    SQLite::Statement attach(c, "ATTACH DATABASE ? AS seed");
    attach.bind(1, snapshot_path);
    attach.exec();
  }
  ResetCounts counts;
  try {
    db.write([&](SQLite::Database& tx) {
      tx.exec("PRAGMA defer_foreign_keys = ON");  // checked at COMMIT, on the finished copy
      std::vector<std::string> tables;
      for (const auto& t : tables_of(tx, "main"))
        if (!kKept.count(t)) tables.push_back(t);
      const auto seed_tables = tables_of(tx, "seed");
      const auto order = parents_first(tx, tables);
      for (auto it = order.rbegin(); it != order.rend(); ++it) tx.exec("DELETE FROM main." + quoted(*it));
      for (const auto& t : order) {
        ++counts.tables;
        if (std::find(seed_tables.begin(), seed_tables.end(), t) == seed_tables.end()) continue;
        // Columns both sides have: a snapshot from before a migration still restores.
        const auto seed_columns = columns_of(tx, "seed", t);
        std::string list;
        for (const auto& col : columns_of(tx, "main", t))
          if (std::find(seed_columns.begin(), seed_columns.end(), col) != seed_columns.end())
            list += (list.empty() ? "" : ", ") + quoted(col);
        if (list.empty()) continue;
        counts.rows += tx.exec("INSERT INTO main." + quoted(t) + " (" + list + ") SELECT " + list + " FROM seed." + quoted(t));
      }
      inside(tx);
    });
  } catch (...) {
    c.exec("DETACH DATABASE seed");
    throw;
  }
  c.exec("DETACH DATABASE seed");
  return counts;
}

}  // namespace stub
