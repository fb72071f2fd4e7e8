// Who may do what to which account: the rules as pure decisions.
#include <doctest/doctest.h>

#include "auth/user_admin.hpp"

using namespace stub;

namespace {

Caller caller(const char* id, const char* role) { return Caller{id, std::string(id) + "@mestore.com", role, "", "s"}; }

Account account(const char* id, const char* type) {
  Account a;
  a.id = id;
  a.email = std::string(id) + "@mestore.com";
  a.user_type = type;
  if (a.user_type == "VENDOR") a.vendor_status = "APPROVED";
  return a;
}

std::string outcome(const std::optional<ApiFailure>& f) { return f ? std::to_string(f->status) + " " + f->code : "allowed"; }

}  // namespace

TEST_CASE("admins manage buyers and vendors; only a superuser manages staff") {
  const auto admin = caller("a1", "ADMIN"), super = caller("s1", "SUPERUSER");
  CHECK(outcome(denied_to_manage(admin, account("b", "BUYER"))) == "allowed");
  CHECK(outcome(denied_to_manage(admin, account("v", "VENDOR"))) == "allowed");
  CHECK(outcome(denied_to_manage(admin, account("a2", "ADMIN"))) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_manage(admin, account("s2", "SUPERUSER"))) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_manage(super, account("a2", "ADMIN"))) == "allowed");
  CHECK(outcome(denied_to_manage(super, account("s2", "SUPERUSER"))) == "allowed");
}

TEST_CASE("only a superuser creates staff; nobody creates vendors outside an application") {
  const auto admin = caller("a1", "ADMIN"), super = caller("s1", "SUPERUSER");
  CHECK(outcome(denied_to_create(admin, "BUYER")) == "allowed");
  CHECK(outcome(denied_to_create(admin, "ADMIN")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_create(admin, "SUPERUSER")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_create(super, "SUPERUSER")) == "allowed");
  CHECK(outcome(denied_to_create(super, "VENDOR")) == "422 VALIDATION_ERROR");
}

TEST_CASE("roles change only by a superuser, never one's own, never to or from VENDOR") {
  const auto admin = caller("a1", "ADMIN"), super = caller("s1", "SUPERUSER");
  CHECK(outcome(denied_to_change_role(admin, account("b", "BUYER"), "SUPERUSER")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_change_role(admin, account("b", "BUYER"), "ADMIN")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_change_role(super, account("b", "BUYER"), "ADMIN")) == "allowed");
  CHECK(outcome(denied_to_change_role(super, account("s1", "SUPERUSER"), "ADMIN")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_change_role(admin, account("a1", "ADMIN"), "SUPERUSER")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_change_role(super, account("b", "BUYER"), "VENDOR")) == "422 VALIDATION_ERROR");
  CHECK(outcome(denied_to_change_role(super, account("v", "VENDOR"), "BUYER")) == "422 VALIDATION_ERROR");
}

TEST_CASE("nobody deactivates or deletes themselves") {
  const auto super = caller("s1", "SUPERUSER"), admin = caller("a1", "ADMIN");
  CHECK(outcome(denied_to_disable(super, account("s1", "SUPERUSER"), "deactivate")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_disable(admin, account("a1", "ADMIN"), "delete")) == "403 FORBIDDEN");
  CHECK(outcome(denied_to_disable(admin, account("b", "BUYER"), "delete")) == "allowed");
  CHECK(outcome(denied_to_disable(admin, account("s2", "SUPERUSER"), "deactivate")) == "403 FORBIDDEN");
}
