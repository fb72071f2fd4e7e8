// One stub server with the demo catalog, shared by the catalog and quote tests of this process
// (seeding ~600 pictures once is enough), plus small raw-HTTP helpers for those tests.
#pragma once
#include <httplib.h>

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "stub_process.hpp"

namespace testsupport {

inline StubProcess& seeded_stub() {
  static StubProcess stub;
  return stub;
}

// GET `path` and parse the body (a discarded json when it is not JSON).
inline nlohmann::json get_json(const std::string& path, int* status = nullptr) {
  httplib::Client c(seeded_stub().url());
  auto r = c.Get(path.c_str());
  if (status) *status = r ? r->status : 0;
  return r ? nlohmann::json::parse(r->body, nullptr, false) : nlohmann::json();
}

inline httplib::Result post_json(const std::string& path, const std::string& body) {
  httplib::Client c(seeded_stub().url());
  return c.Post(path.c_str(), body, "application/json");
}

// Runs one SQL statement on the stub's database with the sqlite3 shell (WAL lets it read and
// write beside the server); returns its output, trimmed of the last newline.
inline std::string sql(const std::string& statement) {
  std::string cmd = "sqlite3 -cmd '.timeout 5000' '" + seeded_stub().data_dir() + "/mestore.sqlite3' \"" + statement + "\"";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace testsupport
