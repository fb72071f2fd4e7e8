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
