// Secrets stay out of the source, the log and other users' reach: the seed password and the
// signing key are generated once and kept 0600, and no password, token or cookie is ever logged.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api_helpers.hpp"

using namespace testsupport;

namespace {

std::string fresh_dir() {
  char tmpl[] = "/tmp/mestore-secrets-XXXXXX";
  REQUIRE(mkdtemp(tmpl));
  return tmpl;
}

unsigned mode_of(const std::string& path) {
  struct stat st{};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

// Lines of the JSON log (stdout), as opposed to the human banner on stderr.
std::string json_lines(const std::string& log) {
  std::string out, line;
  std::istringstream in(log);
  while (std::getline(in, line))
    if (!line.empty() && line.front() == '{') out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("first start generates the seed password and signing key, 0600 in a 0700 folder, shown once") {
  const std::string dir = fresh_dir();
  std::string password, key_id;
  {
    StubOptions o;
    o.data_dir = dir;
    o.env = {{"MESTORE_SEED_PASSWORD", ""}};  // unset: generate one
    StubProcess s(o);
    password = read_file(dir + "/secrets/seed-password");
    while (!password.empty() && password.back() == '\n') password.pop_back();
    REQUIRE(password.size() >= 12);
    CHECK(mode_of(dir + "/secrets") == 0700);
    CHECK(mode_of(dir + "/secrets/seed-password") == 0600);
    CHECK(mode_of(dir + "/secrets/ed25519.key") == 0600);
    const std::string log = s.log();
    CHECK(count(log, password) == 1);                            // the one banner on stderr
    CHECK(json_lines(log).find(password) == std::string::npos);  // never in the JSON log
    CHECK(login(Api(s.url()), kSuper, password).ok());
    Answer keys = Api(s.url()).get("/api/v1/security/keys");
    key_id = keys.data()["keys"][0]["key_id"];
    CHECK(read_file(dir + "/secrets/ed25519.key").find(key_id) == std::string::npos);
  }
  {
    StubOptions o;
    o.data_dir = dir;
    o.env = {{"MESTORE_SEED_PASSWORD", ""}};
    StubProcess again(o);
    CHECK(again.log().find(password) == std::string::npos);  // shown once means once
    CHECK(Api(again.url()).get("/api/v1/security/keys").data()["keys"][0]["key_id"] == key_id);  // the same key
    CHECK(login(Api(again.url()), kAdmin, password).ok());
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

TEST_CASE("a seed password that breaks the policy stops the server with a clear message") {
  StubOptions o;
  o.env = {{"MESTORE_SEED_PASSWORD", "admin-2031-clave"}};  // contains "admin", a demo account's name
  try {
    StubProcess s(o);
    FAIL("the stub started with a seed password that breaks the policy");
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    CHECK(what.find("does not meet the password policy") != std::string::npos);
    CHECK(what.find("admin-2031-clave") == std::string::npos);
  }
}

TEST_CASE("no password, token or cookie reaches the request log") {
  StubOptions o = auth_stub_options();
  o.extra_args.pop_back();  // drop --quiet: every request logs a line
  StubProcess s(o);
  const Api a(s.url());
  const std::string wrong = "clave-que-no-debe-aparecer-4417";
  a.post("/api/v1/auth/login", {{"email", kBuyer}, {"password", wrong}});
  Login l = login(a, kBuyer);
  REQUIRE(l.ok());
  Answer cookie_refresh = a.send("POST", "/api/v1/auth/refresh-token", std::nullopt, "",
                                 {{"Cookie", "mestore_refresh=" + l.refresh}, {"X-MeStore-CSRF", "1"}});
  REQUIRE(cookie_refresh.status == 200);
  const std::string access2 = cookie_refresh.data()["access_token"], refresh2 = cookie_refresh.data()["refresh_token"];
  const std::string next = "nueva-frase-secreta-para-el-log";
  REQUIRE(a.post("/api/v1/auth/change-password", {{"current_password", seed_password()}, {"new_password", next}}, access2).status == 200);
  a.get("/api/v1/products?search=" + seed_password());  // even a query string stays out
  a.get("/api/v1/auth/me", "un-token-cualquiera-9981");

  const std::string log = s.log();
  CHECK(log.find("\"path\":\"/api/v1/auth/login\"") != std::string::npos);  // requests are logged…
  for (const std::string& secret : {seed_password(), wrong, next, l.access, l.refresh, access2, refresh2,
                                    std::string("un-token-cualquiera-9981")}) {
    INFO(secret);
    CHECK(log.find(secret) == std::string::npos);  // …their secrets are not
  }
  CHECK(log.find("mestore_refresh") == std::string::npos);
}

TEST_CASE("developer controls are off unless asked for") {
  StubProcess plain(StubOptions{});
  Answer r = Api(plain.url()).post("/api/v1/dev/clock", {{"advance_seconds", 3600}});
  CHECK(r.status == 404);
  CHECK(r.code() == "NOT_FOUND");

  StubProcess dev(auth_stub_options());
  Answer moved = Api(dev.url()).post("/api/v1/dev/clock", {{"advance_seconds", 3600}});
  REQUIRE(moved.status == 200);
  CHECK(moved.data()["offset_seconds"] == 3600);
  CHECK(Api(dev.url()).post("/api/v1/dev/clock", {{"advance_seconds", -10}}).detail_type("advance_seconds") == "range_error");
}

TEST_CASE("--help documents the auth settings, the developer controls and verify") {
  const std::string help = run_command(stub_binary() + " --help 2>&1");
  for (const char* s : {"--dev-controls", "MESTORE_DEV_CONTROLS", "--login-rate-per-minute", "MESTORE_LOGIN_RATE_PER_MINUTE",
                        "MESTORE_SEED_PASSWORD", "verify", "/api/v1/dev/clock"})
    CHECK_MESSAGE(help.find(s) != std::string::npos, s);
}

TEST_CASE("auth answers and their errors carry the security headers and are never cached") {
  StubProcess s(auth_stub_options());
  const Api a(s.url());
  std::vector<Answer> answers = {login(a, kBuyer).answer, a.post("/api/v1/auth/login", {{"email", kBuyer}, {"password", "x"}}),
                                 a.get("/api/v1/auth/me"), a.get("/api/v1/superuser-admin/users", login(a, kBuyer).access)};
  for (const auto& r : answers) {
    INFO(r.status);
    CHECK(r.header("Cache-Control") == "no-store");
    CHECK(r.header("X-Content-Type-Options") == "nosniff");
    CHECK(r.header("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);
    CHECK_FALSE(r.header("Referrer-Policy").empty());
    CHECK_FALSE(r.header("Permissions-Policy").empty());
  }
  CHECK(answers[1].status == 401);
  CHECK(answers[2].status == 401);
  CHECK(answers[3].status == 403);
}
