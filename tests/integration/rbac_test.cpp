// Authorization over real HTTP: the whole route table against every role, self-escalation, and
// the account management rules.
#include <doctest/doctest.h>

#include <set>

#include "api_helpers.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

Api api() { return Api(stub().url()); }

std::string token_of(const char* email) {
  Login l = login(api(), email);
  REQUIRE(l.ok());
  return l.access;
}

std::string id_of(const std::string& email, const std::string& token) {
  Answer a = api().get("/api/v1/superuser-admin/users?search=" + email, token);
  REQUIRE(a.status == 200);
  REQUIRE(a.data().size() == 1);
  return a.data()[0]["id"];
}

std::string with_dummy_ids(std::string pattern) {
  for (std::size_t b; (b = pattern.find('{')) != std::string::npos;)
    pattern.replace(b, pattern.find('}', b) - b + 1, "00000000-0000-4000-8000-000000000000");
  return pattern;
}

}  // namespace

TEST_CASE("every non-public route answers 401 anonymously and 403 to every role it does not allow") {
  const std::map<std::string, std::string> tokens = {{"BUYER", token_of(kBuyer)},
                                                     {"VENDOR", token_of(kVendor)},
                                                     {"ADMIN", token_of(kAdmin)},
                                                     {"SUPERUSER", token_of(kSuper)}};
  Answer doc = api().get("/openapi.json");
  REQUIRE(doc.status == 200);
  int protected_routes = 0, role_checks = 0;
  std::set<std::string> seen_roles;
  for (const auto& [pattern, methods] : doc.body["paths"].items()) {
    for (const auto& [method, op] : methods.items()) {
      if (op["x-roles"] == "public") continue;
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string path = with_dummy_ids(pattern);
      // A body that would fail validation: authorization must answer before anyone looks at it.
      const std::optional<json> body = upper == "GET" || upper == "DELETE" ? std::nullopt : std::optional<json>(json{{"x", 1}});
      INFO(upper << " " << pattern);
      ++protected_routes;

      Answer anonymous = api().send(upper, path, body);
      CHECK(anonymous.status == 401);
      CHECK(anonymous.code() == "NOT_AUTHENTICATED");
      CHECK(anonymous.body["status"] == "error");
      CHECK_FALSE(anonymous.body["request_id"].get<std::string>().empty());

      if (!op["x-roles"].is_array()) continue;  // any signed-in user
      for (const auto& [role, token] : tokens) {
        bool allowed = false;
        for (const auto& r : op["x-roles"]) allowed |= r == role;
        if (allowed) {
          seen_roles.insert(role);
          continue;
        }
        INFO("as " << role);
        Answer denied = api().send(upper, path, body, token);
        CHECK(denied.status == 403);
        CHECK(denied.code() == "FORBIDDEN");
        ++role_checks;
      }
    }
  }
  CHECK(protected_routes >= 20);
  CHECK(role_checks >= 25);
  CHECK(seen_roles == std::set<std::string>{"ADMIN", "BUYER", "SUPERUSER", "VENDOR"});  // BUYER: orders and payments
  // The refusals themselves are audited.
  Answer denials = api().get("/api/v1/admin/audit-log?action=access.denied&size=5", tokens.at("ADMIN"));
  REQUIRE(denials.status == 200);
  CHECK(denials.body["pagination"]["total"].get<int>() >= role_checks);
}

TEST_CASE("nobody raises their own role: not through their profile, nor the admin routes") {
  const std::string email = unique_email("climber");
  const std::string id = register_buyer(api(), email);
  REQUIRE_FALSE(id.empty());
  Login buyer = login(api(), email);
  REQUIRE(buyer.ok());
  CHECK(api().patch("/api/v1/auth/me", {{"user_type", "SUPERUSER"}}, buyer.access).detail_type("user_type") == "field_not_allowed");
  CHECK(api().patch("/api/v1/superuser-admin/users/" + id, {{"user_type", "SUPERUSER"}}, buyer.access).code() == "FORBIDDEN");
  CHECK(api().get("/api/v1/auth/me", buyer.access).data()["user_type"] == "BUYER");

  const std::string admin = token_of(kAdmin), super = token_of(kSuper);
  const std::string admin_id = id_of(kAdmin, super), super_id = id_of(kSuper, super);
  Answer own_role = api().patch("/api/v1/superuser-admin/users/" + admin_id, {{"user_type", "SUPERUSER"}}, admin);
  CHECK(own_role.status == 403);
  CHECK(api().patch("/api/v1/superuser-admin/users/" + super_id, {{"user_type", "ADMIN"}}, super).code() == "FORBIDDEN");
  CHECK(api().patch("/api/v1/superuser-admin/users/" + super_id, {{"is_active", false}}, super).code() == "FORBIDDEN");
  CHECK(api().del("/api/v1/superuser-admin/users/" + super_id, super).code() == "FORBIDDEN");
  CHECK(api().get("/api/v1/auth/me", super).data()["user_type"] == "SUPERUSER");
  CHECK(api().get("/api/v1/auth/me", admin).data()["user_type"] == "ADMIN");
}

TEST_CASE("an ADMIN manages buyers and vendors but cannot grant SUPERUSER or touch staff") {
  const std::string admin = token_of(kAdmin), super = token_of(kSuper);
  const std::string email = unique_email("managed");
  Answer created = api().post("/api/v1/superuser-admin/users",
                              {{"email", email}, {"password", seed_password()}, {"full_name", "Cliente Creado"}, {"user_type", "BUYER"}}, admin);
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  for (const char* type : {"ADMIN", "SUPERUSER"})
    CHECK(api().post("/api/v1/superuser-admin/users",
                     {{"email", unique_email("staff")}, {"password", seed_password()}, {"full_name", "Quiere Ser Staff"}, {"user_type", type}},
                     admin).code() == "FORBIDDEN");
  CHECK(api().post("/api/v1/superuser-admin/users",
                   {{"email", unique_email("v")}, {"password", seed_password()}, {"full_name", "Vendedor"}, {"user_type", "VENDOR"}}, admin)
            .detail_type("user_type") == "value_error");

  Answer grant = api().patch("/api/v1/superuser-admin/users/" + id, {{"user_type", "SUPERUSER"}}, admin);
  CHECK(grant.status == 403);
  CHECK(grant.code() == "FORBIDDEN");
  CHECK(api().patch("/api/v1/superuser-admin/users/" + id, {{"user_type", "ADMIN"}}, admin).code() == "FORBIDDEN");
  for (const char* field : {"email", "password", "vendor_status", "id", "created_at"})
    CHECK(api().patch("/api/v1/superuser-admin/users/" + id, {{field, "x"}}, admin).detail_type(field) == "field_not_allowed");

  // Deactivation ends the user's sessions at once and keeps them out.
  Login user = login(api(), email);
  REQUIRE(user.ok());
  Answer off = api().patch("/api/v1/superuser-admin/users/" + id, {{"is_active", false}, {"full_name", "Cliente Suspendido"}}, admin);
  REQUIRE(off.status == 200);
  CHECK(off.data()["is_active"] == false);
  CHECK(off.data()["full_name"] == "Cliente Suspendido");
  CHECK(api().get("/api/v1/auth/me", user.access).code() == "SESSION_ENDED");
  CHECK(login(api(), email).answer.code() == "ACCOUNT_INACTIVE");
  CHECK(api().patch("/api/v1/superuser-admin/users/" + id, {{"is_active", true}}, admin).status == 200);
  CHECK(login(api(), email).ok());

  const std::string super_id = id_of(kSuper, admin);
  CHECK(api().patch("/api/v1/superuser-admin/users/" + super_id, {{"is_active", false}}, admin).code() == "FORBIDDEN");
  CHECK(api().del("/api/v1/superuser-admin/users/" + super_id, admin).code() == "FORBIDDEN");
  CHECK(api().post("/api/v1/superuser-admin/users/" + super_id + "/unlock", json::object(), admin).code() == "FORBIDDEN");
  CHECK(api().get("/api/v1/superuser-admin/users/" + super_id, super).data()["is_active"] == true);
}

TEST_CASE("a SUPERUSER creates staff and changes roles, which ends the user's sessions") {
  const std::string super = token_of(kSuper);
  Answer admin2 = api().post("/api/v1/superuser-admin/users",
                             {{"email", unique_email("admin")}, {"password", seed_password()}, {"full_name", "Segunda Admin"}, {"user_type", "ADMIN"}},
                             super);
  REQUIRE(admin2.status == 201);
  CHECK(admin2.data()["user_type"] == "ADMIN");

  const std::string email = unique_email("promoted");
  const std::string id = register_buyer(api(), email);
  Login before = login(api(), email);
  REQUIRE(before.ok());
  Answer promoted = api().patch("/api/v1/superuser-admin/users/" + id, {{"user_type", "ADMIN"}}, super);
  REQUIRE(promoted.status == 200);
  CHECK(promoted.data()["user_type"] == "ADMIN");
  CHECK(api().get("/api/v1/auth/me", before.access).code() == "SESSION_ENDED");
  CHECK(login(api(), email, seed_password(), "/api/v1/auth/admin-login").ok());
  CHECK(api().patch("/api/v1/superuser-admin/users/" + id, {{"user_type", "VENDOR"}}, super).detail_type("user_type") == "value_error");

  Answer audit = api().get("/api/v1/admin/audit-log?action=user.role_changed", super);
  REQUIRE(audit.status == 200);
  bool found = false;
  for (const auto& e : audit.data())
    found |= e["target"] == "user:" + id && e["details"]["from"] == "BUYER" && e["details"]["to"] == "ADMIN" && e["actor_email"] == kSuper;
  CHECK(found);
}

TEST_CASE("deleting an account is soft: it disappears, signs in no more, and keeps its email") {
  const std::string admin = token_of(kAdmin);
  const std::string email = unique_email("deleted");
  const std::string id = register_buyer(api(), email);
  Login l = login(api(), email);
  REQUIRE(l.ok());
  CHECK(api().del("/api/v1/superuser-admin/users/" + id, admin).status == 200);
  CHECK(api().get("/api/v1/superuser-admin/users/" + id, admin).status == 404);
  CHECK(api().get("/api/v1/auth/me", l.access).code() == "SESSION_ENDED");
  CHECK(login(api(), email).answer.code() == "INVALID_CREDENTIALS");
  CHECK(api().post("/api/v1/auth/register", {{"email", email}, {"password", seed_password()}, {"full_name", "Otra Vez"}}).code() == "EMAIL_TAKEN");
  const std::string row = run_command("sqlite3 '" + stub().data_dir() + "/mestore.sqlite3' \"SELECT email, is_active, deleted_at IS NOT NULL FROM users WHERE id = '" + id + "'\"");
  CHECK(row == email + "|0|1\n");
}

TEST_CASE("bulk actions report a result per id and apply the same rules") {
  const std::string admin = token_of(kAdmin);
  const std::string a = register_buyer(api(), unique_email("bulk")), b = register_buyer(api(), unique_email("bulk"));
  const std::string super_id = id_of(kSuper, admin), admin_id = id_of(kAdmin, admin);
  Answer r = api().post("/api/v1/superuser-admin/users/bulk-action",
                        {{"action", "deactivate"}, {"user_ids", {a, b, super_id, admin_id, "00000000-0000-4000-8000-000000000000"}}}, admin);
  REQUIRE(r.status == 200);
  CHECK(r.data()["succeeded"] == 2);
  CHECK(r.data()["failed"] == 3);
  std::map<std::string, std::string> outcome;
  for (const auto& x : r.data()["results"]) outcome[x["user_id"]] = x["ok"].get<bool>() ? "ok" : x["error_code"].get<std::string>();
  CHECK(outcome[a] == "ok");
  CHECK(outcome[b] == "ok");
  CHECK(outcome[super_id] == "FORBIDDEN");
  CHECK(outcome[admin_id] == "FORBIDDEN");  // not even oneself
  CHECK(outcome["00000000-0000-4000-8000-000000000000"] == "NOT_FOUND");
  CHECK(api().get("/api/v1/superuser-admin/users/" + a, admin).data()["is_active"] == false);
  CHECK(api().post("/api/v1/superuser-admin/users/bulk-action", {{"action", "activate"}, {"user_ids", {a, b}}}, admin).data()["succeeded"] == 2);
  CHECK(api().post("/api/v1/superuser-admin/users/bulk-action", {{"action", "promote"}, {"user_ids", {a}}}, admin).detail_type("action") == "enum_error");
  CHECK(api().post("/api/v1/superuser-admin/users/bulk-action", {{"action", "unlock"}, {"user_ids", json::array()}}, admin).detail_type("user_ids") ==
        "type_error");
}

TEST_CASE("the user list searches, filters by type and status, and pages") {
  const std::string admin = token_of(kAdmin);
  Answer vendors = api().get("/api/v1/superuser-admin/users?user_type=VENDOR&size=100", admin);
  REQUIRE(vendors.status == 200);
  CHECK(vendors.data().size() >= 8);
  for (const auto& u : vendors.data()) {
    CHECK(u["user_type"] == "VENDOR");
    CHECK(u.contains("locked_until"));
    CHECK_FALSE(u.contains("password_hash"));
  }
  Answer camila = api().get("/api/v1/superuser-admin/users?search=camila", admin);
  REQUIRE(camila.data().size() == 1);
  CHECK(camila.data()[0]["email"] == kBuyer);
  Answer page = api().get("/api/v1/superuser-admin/users?size=2&page=2", admin);
  CHECK(page.data().size() == 2);
  CHECK(page.body["pagination"]["has_prev"] == true);
  CHECK(api().get("/api/v1/superuser-admin/users?user_type=ROOT", admin).detail_type("user_type") == "enum_error");
  CHECK(api().get("/api/v1/superuser-admin/users?status=banned", admin).detail_type("status") == "enum_error");
  CHECK(api().get("/api/v1/superuser-admin/users?search=%25%27%20OR%201%3D1--", admin).data().empty());
}
