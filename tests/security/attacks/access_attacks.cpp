// Broken access control and privilege escalation: routes of a higher role called by a lower one,
// another user's sessions, and fields a caller may not set (mass assignment).
#include "tally.hpp"
#include "target.hpp"

using namespace attacks;

TEST_CASE("admin and superuser routes refuse lower roles") {
  const std::string buyer = token_of(kBuyer2), vendor = token_of(kVendor), admin = token_of(kAdmin);
  const char* staff_routes[] = {"/api/v1/admin/audit-log", "/api/v1/admin/vendor-applications",
                                "/api/v1/admin/audit-log/verify"};
  for (const char* path : staff_routes) {
    attempt("access_control", std::string("buyer GET ") + path, api().get(path, buyer).status == 403);
    attempt("access_control", std::string("vendor GET ") + path, api().get(path, vendor).status == 403);
    attempt("access_control", std::string("anonymous GET ") + path, api().get(path).status == 401);
  }
  attempt("access_control", "buyer lists users", api().get("/api/v1/superuser-admin/users", buyer).status == 403);
  attempt("access_control", "vendor lists users", api().get("/api/v1/superuser-admin/users", vendor).status == 403);
  attempt("access_control", "buyer approves a vendor application",
          api().patch("/api/v1/admin/vendor-applications/00000000-0000-4000-8000-000000000000/approve", json::object(), buyer).status == 403);
  // An ADMIN may manage accounts but never grant SUPERUSER.
  const std::string target_id = register_buyer(api(), unique_email("escalate"));
  REQUIRE(!target_id.empty());
  Answer grant = api().patch("/api/v1/superuser-admin/users/" + target_id, {{"user_type", "SUPERUSER"}}, admin);
  attempt("privilege_escalation", "admin grants SUPERUSER", grant.status == 403);
}

TEST_CASE("a user cannot see or end another user's sessions") {
  Login victim = login(api(), kBuyer3);
  REQUIRE(victim.ok());
  Answer mine = api().get("/api/v1/auth/sessions", victim.access);
  REQUIRE(mine.status == 200);
  const std::string victim_session = mine.data()[0]["id"];
  const std::string attacker = token_of(kBuyer4);
  Answer listed = api().get("/api/v1/auth/sessions", attacker);
  bool leaked = false;
  for (const auto& s : listed.data()) leaked |= s["id"] == victim_session;
  attempt("access_control", "list another's sessions", listed.status == 200 && !leaked);
  attempt("access_control", "end another's session", api().del("/api/v1/auth/sessions/" + victim_session, attacker).status == 404);
  attempt("access_control", "victim still signed in", api().get("/api/v1/auth/me", victim.access).status == 200);
}

TEST_CASE("mass assignment: roles and flags in bodies never take effect") {
  const std::string email = unique_email("mass");
  Answer as_admin = api().post("/api/v1/auth/register",
                               {{"email", email}, {"password", seed_password()}, {"full_name", "Ana"}, {"user_type", "ADMIN"}});
  attempt("mass_assignment", "register with user_type ADMIN", as_admin.status == 422 && as_admin.detail_type("user_type") != "");
  Answer with_flags = api().post("/api/v1/auth/register", {{"email", unique_email("mass")}, {"password", seed_password()},
                                                           {"full_name", "Ana"}, {"is_active", true}, {"is_verified", true}});
  attempt("mass_assignment", "register with is_active/is_verified", with_flags.status == 422);
  const std::string buyer = token_of(kBuyer2);
  for (const char* field : {"user_type", "is_active", "email", "id", "failed_login_attempts"}) {
    Answer a = api().patch("/api/v1/auth/me", {{field, field == std::string("is_active") ? json(false) : json("SUPERUSER")}}, buyer);
    attempt("mass_assignment", std::string("PATCH /auth/me ") + field, a.status == 422);
  }
  Answer me = api().get("/api/v1/auth/me", buyer);
  attempt("privilege_escalation", "buyer still BUYER", me.status == 200 && me.data()["user_type"] == "BUYER");
}
