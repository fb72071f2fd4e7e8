// Vendor applications: a VENDOR pending approval is kept out of vendor routes until an admin
// approves; rejection needs a reason.
#include <doctest/doctest.h>

#include "api_helpers.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

Api api() { return Api(stub().url()); }

json application(const std::string& email) {
  return {{"email", email},
          {"password", seed_password()},
          {"full_name", "Rosa Elena Paternina"},
          {"phone", "+573015550123"},
          {"business_name", "Dulces de Sincelejo"},
          {"city", "Sincelejo"},
          {"document_number", "900555123-4"},
          {"business_type", "empresa"},
          {"description", "Dulces típicos de la costa: cocadas, enyucados y alegrías."}};
}

std::string admin_token() {
  Login l = login(api(), kAdmin);
  REQUIRE(l.ok());
  return l.access;
}

}  // namespace

TEST_CASE("a vendor applies, waits as a VENDOR kept out of vendor routes, and is approved") {
  const std::string email = unique_email("vendor");
  Answer applied = api().post("/api/v1/vendors/register", application(email));
  REQUIRE(applied.status == 201);
  CHECK(applied.data()["status"] == "PENDING");
  const std::string app_id = applied.data()["id"];

  Login pending = login(api(), email);
  REQUIRE(pending.ok());
  CHECK(pending.answer.data()["user"]["user_type"] == "VENDOR");
  CHECK(pending.answer.data()["user"]["vendor_status"] == "PENDING");
  Answer kept_out = api().get("/api/v1/vendors/me", pending.access);
  CHECK(kept_out.status == 403);
  CHECK(kept_out.code() == "VENDOR_NOT_APPROVED");
  CHECK(api().get("/api/v1/auth/me", pending.access).status == 200);  // signed-in routes stay open

  const std::string admin = admin_token();
  Answer queue = api().get("/api/v1/admin/vendor-applications?status=PENDING", admin);
  REQUIRE(queue.status == 200);
  bool listed = false;
  for (const auto& a : queue.data()) listed |= a["id"] == app_id && a["business_name"] == "Dulces de Sincelejo";
  CHECK(listed);

  Answer approved = api().send("PATCH", "/api/v1/admin/vendor-applications/" + app_id + "/approve", std::nullopt, admin);
  REQUIRE(approved.status == 200);
  CHECK(approved.data()["status"] == "APPROVED");
  CHECK(approved.data()["reviewed_at"].is_string());
  Answer again = api().send("PATCH", "/api/v1/admin/vendor-applications/" + app_id + "/approve", std::nullopt, admin);
  CHECK(again.status == 409);
  CHECK(again.code() == "APPLICATION_DECIDED");

  Answer profile = api().get("/api/v1/vendors/me", pending.access);  // same session: the decision applies at once
  REQUIRE(profile.status == 200);
  CHECK(profile.data()["business_name"] == "Dulces de Sincelejo");
  Answer audit = api().get("/api/v1/admin/audit-log?action=vendor.approved", admin);
  bool found = false;
  for (const auto& e : audit.data()) found |= e["target"] == "vendor:" + app_id && e["actor_email"] == kAdmin;
  CHECK(found);
}

TEST_CASE("rejecting an application needs a reason, which the applicant's record keeps") {
  const std::string email = unique_email("rejected");
  Answer applied = api().post("/api/v1/vendors/register", application(email));
  REQUIRE(applied.status == 201);
  const std::string app_id = applied.data()["id"];
  const std::string admin = admin_token();
  Answer no_reason = api().patch("/api/v1/admin/vendor-applications/" + app_id + "/reject", json::object(), admin);
  CHECK(no_reason.status == 422);
  CHECK(no_reason.detail_type("reason") == "missing");
  Answer rejected = api().patch("/api/v1/admin/vendor-applications/" + app_id + "/reject",
                                {{"reason", "El NIT no coincide con el RUT enviado"}}, admin);
  REQUIRE(rejected.status == 200);
  CHECK(rejected.data()["status"] == "REJECTED");
  CHECK(rejected.data()["rejection_reason"] == "El NIT no coincide con el RUT enviado");
  Login l = login(api(), email);
  REQUIRE(l.ok());
  CHECK(api().get("/api/v1/vendors/me", l.access).code() == "VENDOR_NOT_APPROVED");
  CHECK(api().patch("/api/v1/admin/vendor-applications/00000000-0000-4000-8000-000000000000/reject", {{"reason", "no existe"}}, admin).status == 404);
}

TEST_CASE("applications validate MeStore's fields and refuse the rest") {
  json bad = application(unique_email("bad"));
  bad["phone"] = "+57 1 555 0123";  // a Bogotá landline, not a mobile
  bad["document_number"] = "NIT-ABC123";
  bad["user_type"] = "ADMIN";
  bad["vendor_status"] = "APPROVED";
  Answer r = api().post("/api/v1/vendors/register", bad);
  CHECK(r.status == 422);
  CHECK(r.detail_type("phone") == "value_error");
  CHECK(r.detail_type("document_number") == "value_error");
  CHECK(r.detail_type("user_type") == "field_not_allowed");
  CHECK(r.detail_type("vendor_status") == "field_not_allowed");
  for (const char* phone : {"3001234567", "573001234567", "+573001234567"}) {
    json ok = application(unique_email("ok"));
    ok["phone"] = phone;
    CHECK(api().post("/api/v1/vendors/register", ok).status == 201);
  }
  json weak = application(unique_email("weak"));
  weak["password"] = "corta";
  CHECK(api().post("/api/v1/vendors/register", weak).code() == "PASSWORD_POLICY");
}

TEST_CASE("seeded vendors sign in approved and linked to their business") {
  Login l = login(api(), kVendor);
  REQUIRE(l.ok());
  CHECK(l.answer.data()["user"]["vendor_status"] == "APPROVED");
  Answer profile = api().get("/api/v1/vendors/me", l.access);
  REQUIRE(profile.status == 200);
  CHECK(profile.data()["business_name"] == "TecnoAndina S.A.S.");
  CHECK(profile.data()["city"] == "Bogotá");
}
