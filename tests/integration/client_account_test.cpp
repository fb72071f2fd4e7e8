// The native ApiClient against the live stub for the account endpoints the app's account pages
// use: sessions (list, end another), change password, logout, restoring a session from the
// refresh cookie, the vendor application, and the developers' chaos control.
#include <doctest/doctest.h>

#include "client/api_client.hpp"
#include "client_waits.hpp"
#include "money_helpers.hpp"

using namespace testsupport;
using mestore::ApiClient;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

}  // namespace

TEST_CASE("ApiClient: two devices; one ends the other's session, changes the password, logs out; a session restores from its cookie") {
  const std::string email = unique_email("cuenta");
  ApiClient laptop(mestore::make_default_transport(stub().url()));
  done(laptop, laptop.register_buyer({email, seed_password(), "Laura Gómez", ""}));
  done(laptop, laptop.login(email, seed_password()));
  ApiClient phone(mestore::make_default_transport(stub().url()));
  done(phone, phone.login(email, seed_password()));

  // The phone's session comes back from its refresh cookie alone.
  CHECK(done(phone, phone.restore_session()).email == email);

  const auto sessions = done(laptop, laptop.sessions());
  REQUIRE(sessions.size() == 2);
  std::string other;
  int current = 0;
  for (const auto& s : sessions) {
    current += s.current;
    if (!s.current) other = s.id;
  }
  CHECK(current == 1);
  done(laptop, laptop.end_session(other));
  const auto ended = refused(phone, phone.me());
  CHECK(ended.kind == mestore::ErrorKind::SessionEnded);
  CHECK_FALSE(phone.session().signed_in());

  const std::string next = seed_password() + "-nueva";
  CHECK(refused(laptop, laptop.change_password({"not-the-password", next})).http_status == 422);
  done(laptop, laptop.change_password({seed_password(), next}));
  done(laptop, laptop.logout());
  CHECK_FALSE(laptop.session().signed_in());
  CHECK(refused(laptop, laptop.me()).http_status == 401);
  CHECK(refused(laptop, laptop.login(email, seed_password())).http_status == 401);
  CHECK(done(laptop, laptop.login(email, next)).email == email);
}

TEST_CASE("ApiClient: a vendor application is pending review; bad fields come back named") {
  ApiClient api(mestore::make_default_transport(stub().url()));
  mestore::VendorRegisterRequest rq{unique_email("tienda"), seed_password(), "Andrés Mejía", "3109876543",
                                    "Café de la Montaña", "Manizales", "1020304050", "persona_natural", "Café de origen"};
  const auto app = done(api, api.apply_as_vendor(rq));
  CHECK(app.status == "PENDING");
  rq.email = unique_email("tienda");
  rq.phone = "12345";
  const auto bad = refused(api, api.apply_as_vendor(rq));
  CHECK(bad.http_status == 422);
  CHECK_FALSE(bad.field_message("phone").empty());
}

TEST_CASE("ApiClient: chaos rules are set, read back and cleared") {
  ApiClient api(mestore::make_default_transport(stub().url()));
  mestore::ChaosConfig c;
  c.rules = {{"/api/v1/products*", 5, 0}};
  CHECK(done(api, api.set_chaos(c)).rules.size() == 1);
  const auto now = done(api, api.chaos());
  REQUIRE(now.rules.size() == 1);
  CHECK(now.rules[0].pattern == "/api/v1/products*");
  CHECK(now.rules[0].latency_ms == 5);
  CHECK(done(api, api.set_chaos({})).rules.empty());
}

TEST_CASE("ApiClient: an admin finds, deactivates, reactivates and unlocks a buyer; only a superuser changes roles") {
  const std::string email = unique_email("gestion");
  ApiClient buyer(mestore::make_default_transport(stub().url()));
  done(buyer, buyer.register_buyer({email, seed_password(), "Julián Ortiz", ""}));
  for (int i = 0; i < 5; ++i) {  // five wrong passwords lock the account
    auto h = buyer.login(email, "no-es-la-clave-" + std::to_string(i));
    REQUIRE(buyer.wait(h));
  }
  ApiClient admin(mestore::make_default_transport(stub().url()));
  done(admin, admin.login("admin@mestore.com", seed_password()));

  mestore::UserQuery q;
  q.search = email;
  const auto found = done(admin, admin.users(q));
  REQUIRE(found.items.size() == 1);
  const mestore::ManagedUser u = found.items[0];
  CHECK(u.user.email == email);
  CHECK(u.locked_until.has_value());
  q = {};
  q.status = "locked";
  bool listed_locked = false;
  for (const auto& m : done(admin, admin.users(q)).items) listed_locked |= m.user.id == u.user.id;
  CHECK(listed_locked);

  CHECK_FALSE(done(admin, admin.unlock_user(u.user.id)).locked_until.has_value());
  done(buyer, buyer.login(email, seed_password()));  // unlocked: the right password works again

  mestore::UserUpdate off;
  off.is_active = false;
  CHECK_FALSE(done(admin, admin.update_user(u.user.id, off)).user.is_active);
  CHECK_FALSE(done(admin, admin.managed_user(u.user.id)).user.is_active);
  mestore::UserUpdate on;
  on.is_active = true;
  CHECK(done(admin, admin.update_user(u.user.id, on)).user.is_active);

  // An ADMIN cannot grant a role (least of all SUPERUSER); a SUPERUSER can.
  mestore::UserUpdate promote;
  promote.user_type = "SUPERUSER";
  auto refused = admin.update_user(u.user.id, promote);
  REQUIRE(admin.wait(refused));
  CHECK(refused->error.http_status == 403);
  CHECK(done(admin, admin.managed_user(u.user.id)).user.user_type == "BUYER");
  ApiClient super(mestore::make_default_transport(stub().url()));
  done(super, super.login("super@mestore.com", seed_password()));
  promote.user_type = "ADMIN";
  CHECK(done(super, super.update_user(u.user.id, promote)).user.user_type == "ADMIN");
  // Now staff: the ADMIN no longer manages that account at all.
  auto hands_off = admin.update_user(u.user.id, off);
  REQUIRE(admin.wait(hands_off));
  CHECK(hands_off->error.http_status == 403);
}

TEST_CASE("ApiClient: an admin lists pending vendor applications, approves one and rejects another with a reason") {
  ApiClient shop(mestore::make_default_transport(stub().url()));
  mestore::VendorRegisterRequest rq{unique_email("aprobar"), seed_password(), "Lucía Herrera", "3201112233",
                                    "Dulces de Ocaña", "Ocaña", "1098765432", "persona_natural", "Arequipes y cocadas"};
  const auto approved_app = done(shop, shop.apply_as_vendor(rq));
  rq.email = unique_email("rechazar");
  rq.business_name = "Tienda sin papeles";
  rq.document_number = "1098765433";
  const auto rejected_app = done(shop, shop.apply_as_vendor(rq));

  ApiClient admin(mestore::make_default_transport(stub().url()));
  done(admin, admin.login("admin@mestore.com", seed_password()));
  bool listed = false;
  for (const auto& a : done(admin, admin.vendor_applications("PENDING", 1, 100)).items) listed |= a.id == approved_app.id;
  CHECK(listed);
  CHECK(done(admin, admin.approve_vendor_application(approved_app.id)).status == "APPROVED");
  const auto short_reason = refused(admin, admin.reject_vendor_application(rejected_app.id, "no"));
  CHECK(short_reason.http_status == 422);
  CHECK_FALSE(short_reason.field_message("reason").empty());
  const auto rejected = done(admin, admin.reject_vendor_application(rejected_app.id, "Falta el RUT de la empresa"));
  CHECK(rejected.status == "REJECTED");
  CHECK(rejected.rejection_reason == std::optional<std::string>("Falta el RUT de la empresa"));
  // Decided once: a second decision is refused.
  CHECK(refused(admin, admin.approve_vendor_application(rejected_app.id)).http_status == 409);
  // The approved vendor signs in as a VENDOR.
  CHECK(done(shop, shop.login(approved_app.email, seed_password())).user_type == "VENDOR");
}
