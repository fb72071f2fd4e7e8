// Secrets at rest: after sign-ins, refreshes and a password change, neither a password nor a
// token may be found in the database file, its WAL or the server's log. (Card numbers join this
// case when payments land.)
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tally.hpp"
#include "target.hpp"

using namespace attacks;

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("no password or token in the database, its WAL or the logs") {
  const std::string email = unique_email("secrets");
  const std::string first = "primera-clave-secreta-4471", second = "segunda-clave-secreta-9902";
  REQUIRE(!register_buyer(api(), email, first).empty());
  Login l = login(api(), email, first);
  REQUIRE(l.ok());
  Answer rotated = api().post("/api/v1/auth/refresh-token", {{"refresh_token", l.refresh}});
  REQUIRE(rotated.status == 200);
  const std::string access2 = rotated.data()["access_token"];
  REQUIRE(api().post("/api/v1/auth/change-password", {{"current_password", first}, {"new_password", second}}, access2).status < 300);
  Login again = login(api(), email, second);
  REQUIRE(again.ok());

  const std::filesystem::path dir = target().data_dir();
  const std::string db = slurp(dir / "mestore.sqlite3"), wal = slurp(dir / "mestore.sqlite3-wal"), log = target().log();
  const std::pair<const char*, std::string> secrets[] = {
      {"first password", first}, {"new password", second}, {"seed password", seed_password()},
      {"access token", l.access}, {"refresh token", l.refresh}, {"rotated access token", access2},
      {"latest refresh token", again.refresh}};
  for (const auto& [name, value] : secrets) {
    attempt("secrets_at_rest", std::string(name) + " in the database", db.find(value) == std::string::npos);
    attempt("secrets_at_rest", std::string(name) + " in the WAL", wal.find(value) == std::string::npos);
    attempt("secrets_at_rest", std::string(name) + " in the log", log.find(value) == std::string::npos);
  }
}
