// Signing in, registering and the password policy, over real HTTP against a live stub.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "api_helpers.hpp"
#include "client/api_client.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

Api api() { return Api(stub().url()); }

std::string admin_token() {
  Login l = login(api(), kAdmin);
  REQUIRE(l.ok());
  return l.access;
}

double millis_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

TEST_CASE("login answers the token pair, the user and an HttpOnly refresh cookie") {
  Login l = login(api(), kBuyer);
  REQUIRE(l.ok());
  const auto& d = l.answer.data();
  CHECK(d["token_type"] == "bearer");
  CHECK(d["expires_in"] == 1800);
  CHECK(l.access.size() == 43);
  CHECK(l.refresh.size() == 43);
  CHECK(l.access != l.refresh);
  std::vector<std::string> keys;
  for (auto& [k, v] : d["user"].items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"created_at", "email", "full_name", "id", "is_active", "phone", "user_type", "vendor_status"});
  CHECK(d["user"]["email"] == kBuyer);
  CHECK(d["user"]["user_type"] == "BUYER");
  CHECK(d["user"]["vendor_status"].is_null());

  const std::string cookie = l.answer.header("Set-Cookie");
  CHECK(cookie == "mestore_refresh=" + l.refresh + "; HttpOnly; SameSite=Strict; Path=/api/v1/auth; Max-Age=43200");
  CHECK(cookie.find("Secure") == std::string::npos);  // the stub never serves TLS
  CHECK(l.answer.header("Cache-Control") == "no-store");

  Answer me = api().get("/api/v1/auth/me", l.access);
  REQUIRE(me.status == 200);
  CHECK(me.data()["id"] == l.user_id);
  CHECK(me.raw.find("password") == std::string::npos);
}

// Real time plus jumps the test makes: the client's idea of "now".
struct SkippableClock final : mestore::PolledScheduler {
  SkippableClock()
      : PolledScheduler([this] {
          using namespace std::chrono;
          return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count() + offset_ms;
        }) {}
  void skip_ms(double ms) { offset_ms += ms; }
  double offset_ms = 0;
};

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

TEST_CASE("the typed client signs in, reads the user and refreshes through the cookie") {
  // The browser's way: the refresh token stays in the HttpOnly cookie (the native transport keeps
  // a cookie jar), and the client's own clock says when the access token is about to expire.
  // Its own stub, with the request log on, to see the refresh go by.
  StubOptions logged = auth_stub_options();
  std::erase(logged.extra_args, std::string("--quiet"));
  StubProcess own(logged);
  auto clock = std::make_unique<SkippableClock>();
  auto* client_clock = clock.get();
  mestore::ClientOptions options;
  options.scheduler = std::move(clock);
  options.refresh_style = mestore::RefreshStyle::Cookie;
  mestore::ApiClient client(mestore::make_default_transport(own.url()), std::move(options));

  auto in = client.login(kBuyer, seed_password());
  REQUIRE(client.wait(in));
  REQUIRE(in->done());
  CHECK(in->value.email == kBuyer);
  CHECK(client.session().signed_in());
  auto me = client.me();
  REQUIRE(client.wait(me));
  REQUIRE(me->done());
  CHECK(me->value.user_type == "BUYER");

  // 29 min 55 s later (client time): the next request first refreshes through the cookie, then
  // goes out with the new access token; the server sees a rotated refresh token.
  const auto refreshes = [&own] { return count_of(own.log(), R"("path":"/api/v1/auth/refresh-token","request_id")"); };
  const size_t before = refreshes();
  client_clock->skip_ms(29 * 60 * 1000 + 55 * 1000);
  auto again = client.me();
  REQUIRE(client.wait(again));
  REQUIRE(again->done());
  CHECK(client.session().signed_in());
  CHECK(refreshes() == before + 1);

  auto bad = client.login(kBuyer, "definitely not it");
  REQUIRE(client.wait(bad));
  REQUIRE(bad->failed());
  CHECK(bad->error.http_status == 401);
  CHECK(bad->error.code == "INVALID_CREDENTIALS");
  CHECK_FALSE(client.session().signed_in());
}

TEST_CASE("unknown email and wrong password get the same answer in comparable time") {
  const Api a = api();
  const std::string email = unique_email("timing");
  REQUIRE_FALSE(register_buyer(a, email).empty());
  std::vector<double> unknown_ms, wrong_ms;
  Answer unknown, wrong;
  // Interleaved so machine load hits both alike; 4 wrong passwords stay below the lockout.
  for (int i = 0; i < 4; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    unknown = a.post("/api/v1/auth/login", {{"email", unique_email("nobody")}, {"password", "una clave equivocada"}});
    unknown_ms.push_back(millis_since(t0));
    t0 = std::chrono::steady_clock::now();
    wrong = a.post("/api/v1/auth/login", {{"email", email}, {"password", "una clave equivocada"}});
    wrong_ms.push_back(millis_since(t0));
  }
  CHECK(unknown.status == 401);
  CHECK(wrong.status == 401);
  CHECK(unknown.code() == "INVALID_CREDENTIALS");
  CHECK(wrong.code() == unknown.code());
  CHECK(unknown.message() == wrong.message());
  CHECK(unknown.body["details"] == wrong.body["details"]);
  CHECK(unknown.header("Retry-After") == wrong.header("Retry-After"));
  // Both verify an Argon2id hash; without the dummy hash the unknown email would answer ~100× faster.
  const double u = median(unknown_ms), w = median(wrong_ms);
  INFO("median ms: unknown email " << u << ", wrong password " << w);
  CHECK(u > w / 3);
  CHECK(u < w * 3);
}

TEST_CASE("five failed logins lock the account for 30 minutes, then it opens again") {
  const Api a = api();
  const std::string email = unique_email("lockout");
  REQUIRE_FALSE(register_buyer(a, email).empty());
  for (int i = 1; i <= 4; ++i) {
    Answer r = a.post("/api/v1/auth/login", {{"email", email}, {"password", "no es la clave " + std::to_string(i)}});
    CHECK(r.status == 401);
    CHECK(r.code() == "INVALID_CREDENTIALS");
  }
  Answer fifth = a.post("/api/v1/auth/login", {{"email", email}, {"password", "no es la clave 5"}});
  CHECK(fifth.status == 429);
  CHECK(fifth.code() == "ACCOUNT_LOCKED");
  const int retry = std::atoi(fifth.header("Retry-After").c_str());
  CHECK(retry > 1790);
  CHECK(retry <= 1800);

  // Even the right password waits out the lock.
  Login right = login(a, email);
  CHECK(right.answer.status == 429);
  CHECK(right.answer.code() == "ACCOUNT_LOCKED");
  CHECK_FALSE(right.answer.message().empty());

  REQUIRE(advance_clock(a, 29 * 60).status == 200);
  right = login(a, email);
  CHECK(right.answer.status == 429);
  CHECK(std::atoi(right.answer.header("Retry-After").c_str()) <= 60);

  REQUIRE(advance_clock(a, 61).status == 200);
  CHECK(login(a, email).ok());

  // The lock and the attempts are in the audit log.
  Answer entries = a.get("/api/v1/admin/audit-log?action=auth.lockout&actor=" + email, admin_token());
  REQUIRE(entries.status == 200);
  REQUIRE(entries.data().size() == 1);
  CHECK(entries.data()[0]["ip"] == "127.0.0.1");
}

TEST_CASE("failures more than 15 minutes apart do not add up to a lockout") {
  const Api a = api();
  const std::string email = unique_email("window");
  REQUIRE_FALSE(register_buyer(a, email).empty());
  for (int i = 0; i < 4; ++i) CHECK(a.post("/api/v1/auth/login", {{"email", email}, {"password", "equivocada"}}).status == 401);
  REQUIRE(advance_clock(a, 16 * 60).status == 200);
  CHECK(a.post("/api/v1/auth/login", {{"email", email}, {"password", "equivocada"}}).status == 401);
  CHECK(login(a, email).ok());
}

TEST_CASE("an admin can unlock a locked account early") {
  const Api a = api();
  const std::string email = unique_email("unlock");
  const std::string id = register_buyer(a, email);
  REQUIRE_FALSE(id.empty());
  for (int i = 0; i < 5; ++i) a.post("/api/v1/auth/login", {{"email", email}, {"password", "equivocada"}});
  CHECK(login(a, email).answer.code() == "ACCOUNT_LOCKED");

  const std::string admin = admin_token();
  Answer listed = a.get("/api/v1/superuser-admin/users?status=locked&search=" + email, admin);
  REQUIRE(listed.status == 200);
  REQUIRE(listed.data().size() == 1);
  CHECK(listed.data()[0]["locked_until"].is_string());

  Answer unlocked = a.post("/api/v1/superuser-admin/users/" + id + "/unlock", json::object(), admin);
  REQUIRE(unlocked.status == 200);
  CHECK(unlocked.data()["locked_until"].is_null());
  CHECK(login(a, email).ok());
  Answer audit = a.get("/api/v1/admin/audit-log?action=user.unlocked", admin);
  REQUIRE(audit.status == 200);
  bool found = false;
  for (const auto& e : audit.data()) found |= e["target"] == "user:" + id && e["actor_email"] == kAdmin;
  CHECK(found);
}

TEST_CASE("admin-login is for staff only, and a refused attempt still counts toward lockout") {
  const Api a = api();
  CHECK(login(a, kAdmin, seed_password(), "/api/v1/auth/admin-login").ok());
  CHECK(login(a, kSuper, seed_password(), "/api/v1/auth/admin-login").ok());

  const std::string email = unique_email("notstaff");
  REQUIRE_FALSE(register_buyer(a, email).empty());
  for (int i = 1; i <= 4; ++i) {
    Login l = login(a, email, seed_password(), "/api/v1/auth/admin-login");
    CHECK(l.answer.status == 403);
    CHECK(l.answer.code() == "FORBIDDEN");
    CHECK(l.access.empty());
  }
  CHECK(login(a, email, seed_password(), "/api/v1/auth/admin-login").answer.code() == "ACCOUNT_LOCKED");
  CHECK(login(a, email).answer.code() == "ACCOUNT_LOCKED");
  // Wrong passwords at the staff door are the usual 401.
  CHECK(a.post("/api/v1/auth/admin-login", {{"email", unique_email("x")}, {"password", "equivocada"}}).code() == "INVALID_CREDENTIALS");
}

TEST_CASE("registration creates buyers only and refuses fields it does not take") {
  const Api a = api();
  for (const auto& [field, value] : std::vector<std::pair<std::string, json>>{
           {"user_type", "SUPERUSER"}, {"user_type", "ADMIN"}, {"user_type", "VENDOR"}, {"is_active", false},
           {"vendor_status", "APPROVED"}, {"id", "00000000-0000-4000-8000-000000000000"}, {"is_superuser", true}}) {
    const std::string email = unique_email("escalate");
    json body = {{"email", email}, {"password", seed_password()}, {"full_name", "Persona de Prueba"}};
    body[field] = value;
    Answer r = a.post("/api/v1/auth/register", body);
    INFO(field << " = " << value.dump());
    CHECK(r.status == 422);
    CHECK(r.detail_type(field) == "field_not_allowed");
    CHECK(login(a, email).answer.status == 401);  // nothing was created
  }
  const std::string email = unique_email("buyer");
  Answer ok = a.post("/api/v1/auth/register",
                     {{"email", email}, {"password", seed_password()}, {"full_name", "Persona de Prueba"}, {"user_type", "BUYER"}, {"phone", "3001234567"}});
  REQUIRE(ok.status == 201);
  CHECK(ok.data()["user_type"] == "BUYER");
  CHECK(ok.data()["is_active"] == true);
  Answer again = a.post("/api/v1/auth/register", {{"email", email}, {"password", seed_password()}, {"full_name", "Otra Persona"}});
  CHECK(again.status == 409);
  CHECK(again.code() == "EMAIL_TAKEN");
  Answer bad = a.post("/api/v1/auth/register", {{"email", "no-es-un-correo"}, {"password", seed_password()}, {"full_name", "X"}, {"phone", "12345"}});
  CHECK(bad.status == 422);
  CHECK(bad.detail_type("email") == "value_error");
  CHECK(bad.detail_type("full_name") == "too_short");
  CHECK(bad.detail_type("phone") == "value_error");
}

TEST_CASE("the password policy answers 422 PASSWORD_POLICY naming the rule") {
  const Api a = api();
  auto attempt = [&](const std::string& email, const std::string& password) {
    return a.post("/api/v1/auth/register", {{"email", email}, {"password", password}, {"full_name", "Persona de Prueba"}});
  };
  Answer short_pw = attempt(unique_email("policy"), "corta");
  CHECK(short_pw.status == 422);
  CHECK(short_pw.code() == "PASSWORD_POLICY");
  CHECK(short_pw.detail_type("password") == "too_short");
  CHECK(attempt(unique_email("policy"), std::string(129, 'z')).detail_type("password") == "too_long");
  CHECK(attempt(unique_email("policy"), "WinnieThePooh").detail_type("password") == "common_password");
  CHECK(attempt("maria.lopez@example.com", "soy maria.lopez de cali").detail_type("password") == "contains_email");
  CHECK(attempt(unique_email("policy"), "una frase larga sin reglas raras").status == 201);
}

TEST_CASE("the profile endpoint changes name and phone only") {
  const Api a = api();
  const std::string email = unique_email("profile");
  REQUIRE_FALSE(register_buyer(a, email).empty());
  Login l = login(a, email);
  REQUIRE(l.ok());
  for (const char* field : {"user_type", "is_active", "email", "vendor_status"}) {
    Answer r = a.patch("/api/v1/auth/me", {{field, field == std::string("is_active") ? json(true) : json("SUPERUSER")}}, l.access);
    INFO(field);
    CHECK(r.status == 422);
    CHECK(r.detail_type(field) == "field_not_allowed");
  }
  Answer ok = a.patch("/api/v1/auth/me", {{"full_name", "Nombre Nuevo"}, {"phone", "+573111234567"}}, l.access);
  REQUIRE(ok.status == 200);
  CHECK(ok.data()["full_name"] == "Nombre Nuevo");
  CHECK(ok.data()["user_type"] == "BUYER");
}

TEST_CASE("login refuses non-JSON, oversized and malformed bodies with the one envelope") {
  const Api a = api();
  httplib::Client c(stub().url());
  auto text = c.Post("/api/v1/auth/login", "email=a&password=b", "application/x-www-form-urlencoded");
  REQUIRE(text);
  CHECK(text->status == 415);
  CHECK(text->body.find("\"error_code\":\"UNSUPPORTED_MEDIA_TYPE\"") != std::string::npos);
  auto huge = c.Post("/api/v1/auth/login", "{\"email\":\"" + std::string(2 << 20, 'a') + "\"}", "application/json");
  REQUIRE(huge);
  CHECK(huge->status == 413);
  CHECK(huge->body.find("\"status\":\"error\"") != std::string::npos);
  auto broken = c.Post("/api/v1/auth/login", "{\"email\":", "application/json");
  REQUIRE(broken);
  CHECK(broken->status == 422);
  CHECK(broken->body.find("MALFORMED_JSON") != std::string::npos);
  CHECK(broken->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);
  CHECK(broken->get_header_value("Cache-Control") == "no-store");
}

TEST_CASE("a per-IP throttle answers 429 RATE_LIMITED to login and registration floods") {
  StubProcess limited(auth_stub_options({}, 3));
  const Api a(limited.url());
  for (int i = 0; i < 3; ++i) CHECK(a.post("/api/v1/auth/login", {{"email", kBuyer}, {"password", "equivocada"}}).status == 401);
  Answer flood = a.post("/api/v1/auth/login", {{"email", kBuyer}, {"password", "equivocada"}});
  CHECK(flood.status == 429);
  CHECK(flood.code() == "RATE_LIMITED");
  CHECK(std::atoi(flood.header("Retry-After").c_str()) > 0);
  CHECK(a.post("/api/v1/auth/register", {{"email", unique_email("flood")}, {"password", seed_password()}, {"full_name", "Persona"}}).code() ==
        "RATE_LIMITED");
  REQUIRE(advance_clock(a, 61).status == 200);
  CHECK(login(a, kBuyer).ok());
}
