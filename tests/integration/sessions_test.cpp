// Sessions over real HTTP: eviction, idle and absolute expiry, token expiry, refresh rotation and
// reuse, the cookie and its CSRF guard, logout, and a user's own session list.
#include <doctest/doctest.h>

#include "api_helpers.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

Api api() { return Api(stub().url()); }

// A buyer of its own, so tests never share sessions.
std::string fresh_buyer(const char* tag) {
  const std::string email = unique_email(tag);
  REQUIRE_FALSE(register_buyer(api(), email).empty());
  return email;
}

Answer refresh_with_body(const std::string& refresh_token) {
  return api().post("/api/v1/auth/refresh-token", {{"refresh_token", refresh_token}});
}

Answer me(const std::string& access) { return api().get("/api/v1/auth/me", access); }

std::string admin_token() {
  Login l = login(api(), kAdmin);
  REQUIRE(l.ok());
  return l.access;
}

bool audited(const std::string& action, const std::string& target) {
  Answer a = api().get("/api/v1/admin/audit-log?size=200&action=" + action, admin_token());
  REQUIRE(a.status == 200);
  for (const auto& e : a.data())
    if (e["target"] == target) return true;
  return false;
}

}  // namespace

TEST_CASE("a fourth sign-in evicts the oldest session, whose next request is told why") {
  const std::string email = fresh_buyer("evict");
  std::vector<Login> sessions;
  for (int i = 1; i <= 4; ++i) {
    sessions.push_back(login(api(), email, seed_password(), "/api/v1/auth/login", "Dispositivo " + std::to_string(i)));
    REQUIRE(sessions.back().ok());
  }
  Answer evicted = me(sessions[0].access);
  CHECK(evicted.status == 401);
  CHECK(evicted.code() == "SESSION_EVICTED");
  CHECK(refresh_with_body(sessions[0].refresh).code() == "SESSION_EVICTED");
  for (int i = 1; i < 4; ++i) CHECK(me(sessions[i].access).status == 200);

  Answer list = api().get("/api/v1/auth/sessions", sessions[3].access);
  REQUIRE(list.status == 200);
  REQUIRE(list.data().size() == 3);
  int current = 0;
  for (const auto& s : list.data()) {
    current += s["current"].get<bool>();
    CHECK(s["ip"] == "127.0.0.1");
    CHECK(s["user_agent"].get<std::string>().rfind("Dispositivo ", 0) == 0);
    CHECK(s["user_agent"] != "Dispositivo 1");
  }
  CHECK(current == 1);
  CHECK(list.data()[0]["current"] == true);  // newest first, and we asked from the newest

  Answer audit = api().get("/api/v1/admin/audit-log?action=auth.session_evicted&actor=" + email, admin_token());
  REQUIRE(audit.status == 200);
  CHECK(audit.data().size() == 1);
}

TEST_CASE("an idle session expires: 30 minutes for buyers, 15 for staff") {
  Login buyer = login(api(), fresh_buyer("idle"));
  REQUIRE(buyer.ok());
  REQUIRE(advance_clock(api(), 29 * 60).status == 200);
  CHECK(me(buyer.access).status == 200);  // activity moves the idle deadline
  Answer rotated = refresh_with_body(buyer.refresh);
  REQUIRE(rotated.status == 200);
  const std::string access = rotated.data()["access_token"], refresh = rotated.data()["refresh_token"];
  REQUIRE(advance_clock(api(), 29 * 60).status == 200);
  CHECK(me(access).status == 200);
  REQUIRE(advance_clock(api(), 31 * 60).status == 200);
  Answer idle = me(access);
  CHECK(idle.status == 401);
  CHECK(idle.code() == "SESSION_EXPIRED");
  CHECK(refresh_with_body(refresh).code() == "SESSION_EXPIRED");

  Login admin = login(api(), kAdmin);
  REQUIRE(admin.ok());
  REQUIRE(advance_clock(api(), 14 * 60).status == 200);
  CHECK(me(admin.access).status == 200);
  REQUIRE(advance_clock(api(), 16 * 60).status == 200);
  CHECK(me(admin.access).code() == "SESSION_EXPIRED");
}

TEST_CASE("a session ends 12 hours after sign-in however busy it is") {
  Login l = login(api(), fresh_buyer("absolute"));
  REQUIRE(l.ok());
  std::string refresh = l.refresh, access = l.access;
  for (int minutes = 25; minutes <= 700; minutes += 25) {
    REQUIRE(advance_clock(api(), 25 * 60).status == 200);
    Answer r = refresh_with_body(refresh);
    REQUIRE(r.status == 200);
    refresh = r.data()["refresh_token"];
    access = r.data()["access_token"];
    // The cookie and the token never promise more than the session has left.
    CHECK(r.data()["expires_in"].get<int>() <= 1800);
  }
  CHECK(me(access).status == 200);  // 11 h 40 min in
  REQUIRE(advance_clock(api(), 25 * 60).status == 200);
  CHECK(me(access).code() == "SESSION_EXPIRED");
  CHECK(refresh_with_body(refresh).code() == "SESSION_EXPIRED");
}

TEST_CASE("access tokens last 30 minutes; the refresh token gets a new one") {
  Login l = login(api(), fresh_buyer("access"));
  REQUIRE(l.ok());
  REQUIRE(advance_clock(api(), 20 * 60).status == 200);
  CHECK(me(l.access).status == 200);
  REQUIRE(advance_clock(api(), 11 * 60).status == 200);
  Answer expired = me(l.access);
  CHECK(expired.status == 401);
  CHECK(expired.code() == "TOKEN_EXPIRED");
  Answer r = refresh_with_body(l.refresh);
  REQUIRE(r.status == 200);
  CHECK(me(r.data()["access_token"]).status == 200);
}

TEST_CASE("refresh tokens rotate, and reusing a rotated one ends the session") {
  Login l = login(api(), fresh_buyer("reuse"));
  REQUIRE(l.ok());
  Answer first = refresh_with_body(l.refresh);
  REQUIRE(first.status == 200);
  const std::string access2 = first.data()["access_token"], refresh2 = first.data()["refresh_token"];
  CHECK(refresh2 != l.refresh);
  CHECK(first.header("Set-Cookie").find("mestore_refresh=" + refresh2 + ";") == 0);
  CHECK(me(l.access).code() == "TOKEN_EXPIRED");  // the old access token went with the old pair
  CHECK(me(access2).status == 200);

  Answer reuse = refresh_with_body(l.refresh);
  CHECK(reuse.status == 401);
  CHECK(reuse.code() == "SESSION_ENDED");
  CHECK(me(access2).code() == "SESSION_ENDED");  // the whole session is over, for both holders
  CHECK(refresh_with_body(refresh2).code() == "SESSION_ENDED");
  Answer entries = api().get("/api/v1/admin/audit-log?action=auth.refresh_reuse&actor=" + l.user_id, admin_token());
  REQUIRE(entries.status == 200);
  REQUIRE(entries.data().size() == 1);
  CHECK(entries.data()[0]["result"] == "denied");
}

TEST_CASE("refreshing with the cookie alone needs the CSRF header") {
  Login l = login(api(), fresh_buyer("cookie"));
  REQUIRE(l.ok());
  const httplib::Headers cookie = {{"Cookie", "mestore_refresh=" + l.refresh}};
  Answer no_header = api().send("POST", "/api/v1/auth/refresh-token", std::nullopt, "", cookie);
  CHECK(no_header.status == 403);
  CHECK(no_header.code() == "CSRF_REQUIRED");
  Answer wrong_header = api().send("POST", "/api/v1/auth/refresh-token", std::nullopt, "",
                                   {{"Cookie", "mestore_refresh=" + l.refresh}, {"X-MeStore-CSRF", "yes"}});
  CHECK(wrong_header.code() == "CSRF_REQUIRED");

  Answer ok = api().send("POST", "/api/v1/auth/refresh-token", std::nullopt, "",
                         {{"Cookie", "other=1; mestore_refresh=" + l.refresh}, {"X-MeStore-CSRF", "1"}});
  REQUIRE(ok.status == 200);
  const std::string next = ok.data()["refresh_token"];
  CHECK(ok.header("Set-Cookie").find("mestore_refresh=" + next + "; HttpOnly; SameSite=Strict; Path=/api/v1/auth; Max-Age=") == 0);
  // An empty JSON object with the cookie works too (what a fetch() with a body would send).
  Answer with_object = api().send("POST", "/api/v1/auth/refresh-token", json::object(), "",
                                  {{"Cookie", "mestore_refresh=" + next}, {"X-MeStore-CSRF", "1"}});
  CHECK(with_object.status == 200);

  Answer nothing = api().send("POST", "/api/v1/auth/refresh-token", std::nullopt, "", {{"X-MeStore-CSRF", "1"}});
  CHECK(nothing.status == 401);
  CHECK(nothing.code() == "NOT_AUTHENTICATED");
  CHECK(refresh_with_body("not-a-token").code() == "TOKEN_INVALID");
  CHECK(refresh_with_body(l.access).code() == "TOKEN_INVALID");  // an access token is not a refresh token
}

TEST_CASE("logout revokes the session and clears the cookie") {
  Login l = login(api(), fresh_buyer("logout"));
  REQUIRE(l.ok());
  Answer out = api().post("/api/v1/auth/logout", json::object(), l.access);
  REQUIRE(out.status == 200);
  CHECK(out.header("Set-Cookie") == "mestore_refresh=; HttpOnly; SameSite=Strict; Path=/api/v1/auth; Max-Age=0");
  CHECK(me(l.access).code() == "SESSION_ENDED");
  CHECK(refresh_with_body(l.refresh).code() == "SESSION_ENDED");
  CHECK(api().post("/api/v1/auth/logout", json::object(), l.access).code() == "SESSION_ENDED");
}

TEST_CASE("bearer tokens that are missing, blank or made up are refused with distinct codes") {
  CHECK(api().get("/api/v1/auth/me").code() == "NOT_AUTHENTICATED");
  CHECK(api().get("/api/v1/auth/me", "", {{"Authorization", "Bearer   "}}).code() == "NOT_AUTHENTICATED");
  CHECK(api().get("/api/v1/auth/me", "", {{"Authorization", "Basic dXNlcjpwYXNz"}}).code() == "NOT_AUTHENTICATED");
  CHECK(api().get("/api/v1/auth/me", "un-token-inventado").code() == "TOKEN_INVALID");
  CHECK(api().get("/api/v1/auth/me", std::string(5000, 'A')).code() == "TOKEN_INVALID");
  Login l = login(api(), fresh_buyer("kinds"));
  REQUIRE(l.ok());
  CHECK(me(l.refresh).code() == "TOKEN_INVALID");  // a refresh token opens nothing but a refresh
  CHECK(me(l.access).status == 200);
}

TEST_CASE("users see and end their own sessions, never anyone else's") {
  const std::string email = fresh_buyer("own");
  Login a1 = login(api(), email, seed_password(), "/api/v1/auth/login", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0");
  Login a2 = login(api(), email);
  Login other = login(api(), fresh_buyer("other"));
  REQUIRE((a1.ok() && a2.ok() && other.ok()));
  Answer list = api().get("/api/v1/auth/sessions", a1.access);
  REQUIRE(list.data().size() == 2);
  std::string a2_id, a1_id;
  for (const auto& s : list.data()) (s["current"] == true ? a1_id : a2_id) = s["id"];
  CHECK(list.data()[1]["device"] == "Chrome · Linux");

  Answer foreign = api().del("/api/v1/auth/sessions/" + a2_id, other.access);
  CHECK(foreign.status == 404);
  CHECK(foreign.code() == "NOT_FOUND");
  CHECK(me(a2.access).status == 200);

  Answer ended = api().del("/api/v1/auth/sessions/" + a2_id, a1.access);
  CHECK(ended.status == 200);
  CHECK(me(a2.access).code() == "SESSION_ENDED");
  CHECK(api().del("/api/v1/auth/sessions/" + a2_id, a1.access).status == 404);  // already over
  CHECK(audited("auth.session_revoked", "session:" + a2_id));
  CHECK(api().get("/api/v1/auth/sessions", a1.access).data().size() == 1);
}

TEST_CASE("changing the password ends every other session") {
  const std::string email = fresh_buyer("chpw");
  Login here = login(api(), email), there = login(api(), email);
  REQUIRE((here.ok() && there.ok()));
  const std::string next = "otra frase larga y nueva";
  Answer wrong = api().post("/api/v1/auth/change-password", {{"current_password", "no es esta"}, {"new_password", next}}, here.access);
  CHECK(wrong.status == 422);
  CHECK(wrong.detail_type("current_password") == "invalid_password");
  Answer weak = api().post("/api/v1/auth/change-password", {{"current_password", seed_password()}, {"new_password", "corta"}}, here.access);
  CHECK(weak.code() == "PASSWORD_POLICY");
  CHECK(weak.detail_type("new_password") == "too_short");
  Answer extra = api().post("/api/v1/auth/change-password",
                            {{"current_password", seed_password()}, {"new_password", next}, {"user_type", "ADMIN"}}, here.access);
  CHECK(extra.detail_type("user_type") == "field_not_allowed");

  Answer ok = api().post("/api/v1/auth/change-password", {{"current_password", seed_password()}, {"new_password", next}}, here.access);
  REQUIRE(ok.status == 200);
  CHECK(ok.data()["other_sessions_ended"] == 1);
  CHECK(me(there.access).code() == "SESSION_ENDED");
  CHECK(me(here.access).status == 200);
  CHECK(login(api(), email).answer.code() == "INVALID_CREDENTIALS");
  CHECK(login(api(), email, next).ok());
}
