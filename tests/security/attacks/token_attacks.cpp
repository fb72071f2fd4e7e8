// Token attacks: tampered, made-up, expired, rotated-and-reused, after logout; brute force,
// user enumeration and CSRF against the cookie-based refresh.
#include "tally.hpp"
#include "target.hpp"

using namespace attacks;

TEST_CASE("bearer tokens that are not a live session are refused") {
  Login l = login(api(), kBuyer2);
  REQUIRE(l.ok());
  std::string tampered = l.access;
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'a' ? 'b' : 'a';
  attempt("token", "tampered access token", api().get("/api/v1/auth/me", tampered).status == 401);
  attempt("token", "made-up token", api().get("/api/v1/auth/me", std::string(64, 'A')).status == 401);
  attempt("token", "refresh token used as access token", api().get("/api/v1/auth/me", l.refresh).status == 401);
  attempt("token", "empty bearer", api().get("/api/v1/auth/me", " ").status == 401);

  Answer rotated = api().post("/api/v1/auth/refresh-token", {{"refresh_token", l.refresh}});
  REQUIRE(rotated.status == 200);
  Answer reuse = api().post("/api/v1/auth/refresh-token", {{"refresh_token", l.refresh}});
  attempt("token", "rotated refresh token reused", reuse.status == 401);
  attempt("token", "reuse ends the session",
          api().get("/api/v1/auth/me", rotated.data()["access_token"].get<std::string>()).status == 401);

  Login out = login(api(), kBuyer2);
  REQUIRE(out.ok());
  REQUIRE(api().post("/api/v1/auth/logout", json::object(), out.access).status < 300);
  attempt("token", "access token after logout", api().get("/api/v1/auth/me", out.access).status == 401);
  attempt("token", "refresh token after logout",
          api().post("/api/v1/auth/refresh-token", {{"refresh_token", out.refresh}}).status == 401);
}

TEST_CASE("an access token expires") {
  Login l = login(api(), kBuyer3);
  REQUIRE(l.ok());
  REQUIRE(advance_clock(api(), 31 * 60).status == 200);
  attempt("token", "access token 31 minutes later", api().get("/api/v1/auth/me", l.access).status == 401);
}

TEST_CASE("brute force locks the account and unknown emails look the same as known ones") {
  const std::string email = unique_email("brute");
  REQUIRE(!register_buyer(api(), email).empty());
  for (int i = 0; i < 5; ++i) api().post("/api/v1/auth/login", {{"email", email}, {"password", "wrong password " + std::to_string(i)}});
  Answer right = api().post("/api/v1/auth/login", {{"email", email}, {"password", seed_password()}});
  attempt("brute_force", "right password while locked (" + std::to_string(right.status) + " " + right.code() + ")",
          right.status == 429 && right.code() == "ACCOUNT_LOCKED");
  attempt("brute_force", "lockout says when to come back", std::atoi(right.header("Retry-After").c_str()) > 0);

  Answer known = api().post("/api/v1/auth/login", {{"email", kBuyer4}, {"password", "not the password at all"}});
  Answer unknown = api().post("/api/v1/auth/login", {{"email", unique_email("nobody")}, {"password", "not the password at all"}});
  attempt("enumeration", "wrong password vs unknown email",
          known.status == unknown.status && known.code() == unknown.code() && known.message() == unknown.message());
  Answer taken = api().post("/api/v1/auth/register", {{"email", kBuyer4}, {"password", seed_password()}, {"full_name", "Otra"}});
  attempt("enumeration", "registering a taken email does not sign in", taken.status != 201 && !taken.body.contains("data"));
}

TEST_CASE("the refresh cookie cannot be used cross-site") {
  Login l = login(api(), kBuyer4);
  REQUIRE(l.ok());
  const std::string cookie = l.answer.header("Set-Cookie");
  attempt("csrf", "cookie is HttpOnly and SameSite=Strict",
          cookie.find("HttpOnly") != std::string::npos && cookie.find("SameSite=Strict") != std::string::npos);
  const std::string value = cookie.substr(0, cookie.find(';'));
  Answer forged = api().send("POST", "/api/v1/auth/refresh-token", std::nullopt, "", {{"Cookie", value}, {"Origin", "https://evil.example"}});
  attempt("csrf", "cookie refresh without X-MeStore-CSRF", refused(forged));
  Answer form = api().send("POST", "/api/v1/auth/refresh-token", std::nullopt, "",
                           {{"Cookie", value}, {"Content-Type", "application/x-www-form-urlencoded"}});
  attempt("csrf", "cookie refresh as a form post", refused(form));
}
