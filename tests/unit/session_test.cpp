// Session lifecycle against the auth contract, with a scripted transport: login, bearer on every
// request, one shared refresh + one replay on TOKEN_EXPIRED, session endings with a reason,
// ACCOUNT_LOCKED time left, logout, restore on start (cookie in the browser, body natively).
#include <doctest/doctest.h>

#include "fake_transport.hpp"

using namespace mestore;
using namespace fakes;

namespace {

const char* kUser = R"({"id":"u-1","email":"ana.gomez@example.co","full_name":"Ana Gómez","phone":"+573001234567",
  "user_type":"BUYER","is_active":true,"vendor_status":null,"created_at":"2026-01-15T14:30:00Z"})";

HttpResponse grant(const std::string& access, const std::string& refresh, int expires_in = 1800, bool with_user = true) {
  std::string data = R"({"access_token":")" + access + R"(","refresh_token":")" + refresh +
                     R"(","token_type":"bearer","expires_in":)" + std::to_string(expires_in);
  if (with_user) data += std::string(R"(,"user":)") + kUser;
  return ok_data(data + "}");
}

// Signs the rig in as Ana with access token "at1" and refresh token "rt1".
void sign_in(Rig& rig, int expires_in = 1800) {
  rig.transport->script = {grant("at1", "rt1", expires_in)};
  auto h = rig.api->login("ana.gomez@example.co", "una clave bien larga");
  rig.run();
  REQUIRE(h->done());
  REQUIRE(rig.api->session().signed_in());
}

std::string me_body() { return std::string(R"({"status":"success","data":)") + kUser + "}"; }

}  // namespace

TEST_CASE("login keeps the user and the token in memory; every request then carries the bearer") {
  Rig rig;
  int signed_in_events = 0;
  rig.api->session().on_signed_in.connect([&](const AuthUser& u) {
    ++signed_in_events;
    CHECK(u.full_name == "Ana Gómez");
  });
  rig.transport->script = {grant("at1", "rt1")};
  auto h = rig.api->login("ana.gomez@example.co", "una clave bien larga");
  CHECK(rig.api->session().state() == SessionState::SigningIn);
  rig.run();
  REQUIRE(h->done());
  CHECK(h->value.email == "ana.gomez@example.co");
  CHECK(rig.api->session().signed_in());
  CHECK(rig.api->session().user()->user_type == "BUYER");
  CHECK(signed_in_events == 1);

  const auto& login = rig.transport->log[0];
  CHECK(login.request.method == "POST");
  CHECK(login.request.target == "/api/v1/auth/login");
  CHECK_FALSE(login.has_header("Authorization"));
  auto body = json::parse(login.request.body);
  CHECK(body == json{{"email", "ana.gomez@example.co"}, {"password", "una clave bien larga"}});

  rig.transport->script = {ok_data("[]")};
  auto cats = rig.api->categories();
  rig.run();
  CHECK(cats->done());
  CHECK(rig.transport->log[1].header("Authorization") == "Bearer at1");
}

TEST_CASE("wrong credentials leave the session signed out with INVALID_CREDENTIALS, and are not retried") {
  Rig rig;
  rig.transport->script = {error_envelope(401, "INVALID_CREDENTIALS")};
  auto h = rig.api->login("ana.gomez@example.co", "equivocada123");
  rig.settle();
  REQUIRE(h->failed());
  CHECK(h->error.code == "INVALID_CREDENTIALS");
  CHECK(h->error.kind == ErrorKind::Http);
  CHECK(h->error.message_key() == "error.invalid_credentials");
  CHECK(rig.api->session().state() == SessionState::SignedOut);
  CHECK(rig.api->session().end_reason() == EndReason::None);
  CHECK(rig.transport->log.size() == 1);  // no refresh attempted for a login

  Rig down;  // a login that cannot reach the server is not repeated behind the user's back
  down.transport->script = {network_drop()};
  auto d = down.api->login("ana.gomez@example.co", "una clave bien larga");
  down.settle();
  CHECK(d->error.kind == ErrorKind::Network);
  CHECK(down.transport->log.size() == 1);
}

TEST_CASE("ACCOUNT_LOCKED makes the time left available to the UI") {
  Rig rig;
  rig.transport->script = {error_envelope(429, "ACCOUNT_LOCKED", {{"retry-after", "1800"}})};
  auto h = rig.api->login("ana.gomez@example.co", "equivocada123");
  rig.run();
  REQUIRE(h->failed());
  CHECK(h->error.code == "ACCOUNT_LOCKED");
  CHECK(h->error.retry_after_seconds == 1800);
  CHECK(h->error.message_key() == "error.account_locked");
  CHECK(rig.api->session().lock_seconds_left() == 1800);
  rig.clock->advance(60000);
  CHECK(rig.api->session().lock_seconds_left() == 1740);
  rig.clock->advance(1800000);
  CHECK(rig.api->session().lock_seconds_left() == 0);
}

TEST_CASE("an expired access token triggers one refresh and one replay") {
  Rig rig;
  sign_in(rig);
  auto me = rig.api->me();
  rig.api->pump();  // nothing scripted: the request waits
  rig.transport->answer(1, error_envelope(401, "TOKEN_EXPIRED"));
  auto refreshes = rig.transport->to("/api/v1/auth/refresh-token");
  REQUIRE(refreshes.size() == 1);
  CHECK(json::parse(refreshes[0]->request.body) == json{{"refresh_token", "rt1"}});  // native: in the body
  CHECK(refreshes[0]->header("X-MeStore-CSRF") == "1");
  CHECK_FALSE(refreshes[0]->has_header("Authorization"));
  CHECK(rig.api->session().refreshing());

  rig.transport->answer(2, grant("at2", "rt2", 1800, false));
  CHECK_FALSE(rig.api->session().refreshing());
  REQUIRE(rig.transport->log.size() == 4);
  CHECK(rig.transport->log[3].request.target == "/api/v1/auth/me");
  CHECK(rig.transport->log[3].header("Authorization") == "Bearer at2");
  rig.transport->answer(3, answer(200, me_body()));
  REQUIRE(me->done());
  CHECK(me->value.full_name == "Ana Gómez");
  CHECK(rig.api->session().user()->email == "ana.gomez@example.co");  // refresh left the user out: kept

  // The rotated refresh token is the one used next time.
  rig.transport->script = {error_envelope(401, "TOKEN_EXPIRED"), grant("at3", "rt3"), ok_data("[]")};
  auto cats = rig.api->categories();
  rig.run();
  CHECK(cats->done());
  CHECK(json::parse(rig.transport->to("/api/v1/auth/refresh-token").back()->request.body)["refresh_token"] == "rt2");
}

TEST_CASE("concurrent requests hitting TOKEN_EXPIRED share a single refresh") {
  Rig rig;
  sign_in(rig);
  auto a = rig.api->me();
  auto b = rig.api->categories();
  auto c = rig.api->product("p-1");
  REQUIRE(rig.transport->unanswered().size() == 3);
  rig.transport->answer(1, error_envelope(401, "TOKEN_EXPIRED"));
  rig.transport->answer(2, error_envelope(401, "TOKEN_EXPIRED"));
  auto d = rig.api->categories();  // started while the refresh is on its way: waits for it
  rig.transport->answer(3, error_envelope(401, "TOKEN_EXPIRED"));
  CHECK(rig.transport->to("/api/v1/auth/refresh-token").size() == 1);
  CHECK(rig.transport->unanswered().size() == 1);  // only the refresh is on the wire

  const std::size_t refresh_index = rig.transport->unanswered()[0];
  rig.transport->answer(refresh_index, grant("at2", "rt2"));
  auto replays = rig.transport->unanswered();
  REQUIRE(replays.size() == 4);
  for (auto i : replays) CHECK(rig.transport->log[i].header("Authorization") == "Bearer at2");
  CHECK(rig.transport->to("/api/v1/auth/refresh-token").size() == 1);
}

TEST_CASE("an answer to an old token after someone else refreshed is replayed without a second refresh") {
  Rig rig;
  sign_in(rig);
  auto a = rig.api->me();
  auto b = rig.api->categories();
  rig.transport->answer(1, error_envelope(401, "TOKEN_EXPIRED"));
  rig.transport->answer(3, grant("at2", "rt2"));  // the refresh a triggered
  rig.transport->answer(2, error_envelope(401, "TOKEN_EXPIRED"));  // b's answer, sent with at1
  CHECK(rig.transport->to("/api/v1/auth/refresh-token").size() == 1);
  CHECK(rig.transport->log.back().header("Authorization") == "Bearer at2");
}

TEST_CASE("a request refused again after the replay is not refreshed a second time") {
  Rig rig;
  sign_in(rig);
  rig.transport->script = {error_envelope(401, "TOKEN_EXPIRED"), grant("at2", "rt2"), error_envelope(401, "TOKEN_EXPIRED")};
  auto me = rig.api->me();
  rig.settle();
  REQUIRE(me->failed());
  CHECK(me->error.code == "TOKEN_EXPIRED");
  CHECK(rig.transport->to("/api/v1/auth/refresh-token").size() == 1);
  CHECK(rig.transport->log.size() == 4);
}

TEST_CASE("a refused refresh ends the session with the server's reason") {
  Rig rig;
  sign_in(rig);
  std::vector<EndReason> ended;
  rig.api->session().on_session_ended.connect([&](EndReason r) { ended.push_back(r); });
  rig.transport->script = {error_envelope(401, "TOKEN_EXPIRED"), error_envelope(401, "SESSION_EXPIRED")};
  auto me = rig.api->me();
  rig.settle();
  REQUIRE(me->failed());
  CHECK(me->error.kind == ErrorKind::SessionEnded);
  CHECK(me->error.message_key() == "error.session_expired");
  CHECK(rig.api->session().state() == SessionState::SignedOut);
  CHECK(rig.api->session().end_reason() == EndReason::Expired);
  CHECK_FALSE(rig.api->session().user());
  CHECK(ended == std::vector<EndReason>{EndReason::Expired});
  CHECK(end_reason_key(EndReason::Expired) == "session.ended.expired");

  rig.transport->script = {ok_data("[]")};
  rig.api->categories();
  rig.run();
  CHECK_FALSE(rig.transport->log.back().has_header("Authorization"));
}

TEST_CASE("a refresh token refused as invalid ends the session as rejected") {
  Rig rig;
  sign_in(rig);
  rig.transport->script = {error_envelope(401, "TOKEN_EXPIRED"), error_envelope(401, "TOKEN_INVALID")};
  auto me = rig.api->me();
  rig.settle();
  CHECK(me->error.kind == ErrorKind::SessionEnded);
  CHECK(rig.api->session().end_reason() == EndReason::Rejected);
}

TEST_CASE("a refresh that cannot reach the server keeps the session for the next try") {
  Rig rig;
  sign_in(rig);
  rig.transport->script = {error_envelope(401, "TOKEN_EXPIRED"), network_drop()};
  auto me = rig.api->me();
  rig.settle();
  REQUIRE(me->failed());
  CHECK(me->error.kind == ErrorKind::Network);
  CHECK(rig.api->session().signed_in());
}

TEST_CASE("SESSION_EVICTED, SESSION_EXPIRED and SESSION_ENDED end the session; the UI hears why") {
  const std::pair<const char*, EndReason> cases[] = {
      {"SESSION_EVICTED", EndReason::Evicted}, {"SESSION_EXPIRED", EndReason::Expired}, {"SESSION_ENDED", EndReason::Ended}};
  for (const auto& [code, reason] : cases) {
    INFO(code);
    Rig rig;
    sign_in(rig);
    EndReason heard = EndReason::None;
    rig.api->session().on_session_ended.connect([&](EndReason r) { heard = r; });
    rig.transport->script = {error_envelope(401, code)};
    auto h = rig.api->categories();
    rig.settle();
    REQUIRE(h->failed());
    CHECK(h->error.kind == ErrorKind::SessionEnded);
    CHECK(h->error.code == code);
    CHECK(heard == reason);
    CHECK(rig.api->session().end_reason() == reason);
    CHECK(rig.transport->to("/api/v1/auth/refresh-token").empty());  // no refresh for an ended session
  }
  CHECK(end_reason_key(EndReason::Evicted) == "session.ended.evicted");
}

TEST_CASE("logout forgets the session at once, even when the server cannot be reached") {
  Rig rig;
  sign_in(rig);
  std::vector<EndReason> ended;
  rig.api->session().on_session_ended.connect([&](EndReason r) { ended.push_back(r); });
  rig.transport->script = {network_drop()};
  auto out = rig.api->logout();
  CHECK(rig.api->session().state() == SessionState::SignedOut);
  CHECK(ended == std::vector<EndReason>{EndReason::LoggedOut});
  rig.settle();
  CHECK(out->failed());
  const auto& rq = rig.transport->log[1];
  CHECK(rq.request.target == "/api/v1/auth/logout");
  CHECK(rq.header("Authorization") == "Bearer at1");
  CHECK(rq.header("X-MeStore-CSRF") == "1");
  CHECK(rig.transport->log.size() == 2);  // not retried

  rig.transport->script = {ok_data("[]")};
  rig.api->categories();
  rig.run();
  CHECK_FALSE(rig.transport->log.back().has_header("Authorization"));
}

TEST_CASE("in the browser the refresh relies on the cookie: body {}, CSRF header, no refresh token kept") {
  Rig rig(/*browser=*/true);
  sign_in(rig);
  rig.transport->script = {error_envelope(401, "TOKEN_EXPIRED"), grant("at2", "rt2"), ok_data("[]")};
  auto h = rig.api->categories();
  rig.run();
  REQUIRE(h->done());
  auto refresh = rig.transport->to("/api/v1/auth/refresh-token");
  REQUIRE(refresh.size() == 1);
  CHECK(refresh[0]->request.body == "{}");
  CHECK(refresh[0]->header("X-MeStore-CSRF") == "1");
  CHECK(refresh[0]->request.body.find("rt1") == std::string::npos);
}

TEST_CASE("on app start the session is restored through the refresh cookie") {
  Rig rig(/*browser=*/true);
  int signed_in = 0;
  rig.api->session().on_signed_in.connect([&](const AuthUser&) { ++signed_in; });
  auto restore = rig.api->restore_session();
  CHECK(rig.api->session().state() == SessionState::Restoring);
  auto cats = rig.api->categories();  // a screen asking for data meanwhile waits for the session
  REQUIRE(rig.transport->log.size() == 1);
  CHECK(rig.transport->log[0].request.target == "/api/v1/auth/refresh-token");
  CHECK(rig.transport->log[0].request.body == "{}");

  rig.transport->answer(0, grant("at9", "rt9"));
  REQUIRE(restore->done());
  CHECK(restore->value.email == "ana.gomez@example.co");
  CHECK(rig.api->session().signed_in());
  CHECK(signed_in == 1);
  REQUIRE(rig.transport->log.size() == 2);
  CHECK(rig.transport->log[1].header("Authorization") == "Bearer at9");
}

TEST_CASE("a restore whose refresh answer has no user asks /auth/me") {
  Rig rig(true);
  rig.transport->script = {grant("at9", "rt9", 1800, false), answer(200, me_body())};
  auto restore = rig.api->restore_session();
  rig.run();
  REQUIRE(restore->done());
  CHECK(restore->value.full_name == "Ana Gómez");
  CHECK(rig.api->session().user()->full_name == "Ana Gómez");
  CHECK(rig.transport->log[1].request.target == "/api/v1/auth/me");
}

TEST_CASE("with no refresh cookie, restoring fails quietly: signed out, no reason to show") {
  Rig rig(true);
  int ended = 0;
  rig.api->session().on_session_ended.connect([&](EndReason) { ++ended; });
  rig.transport->script = {error_envelope(401, "NOT_AUTHENTICATED")};
  auto restore = rig.api->restore_session();
  rig.run();
  REQUIRE(restore->failed());
  CHECK(rig.api->session().state() == SessionState::SignedOut);
  CHECK(rig.api->session().end_reason() == EndReason::None);
  CHECK(ended == 0);
}

TEST_CASE("a token about to expire is refreshed before the request leaves") {
  Rig rig;
  sign_in(rig, /*expires_in=*/60);
  rig.clock->advance(50000);  // 10 s left: less than the safety margin
  rig.transport->script = {grant("at2", "rt2"), ok_data("[]")};
  auto h = rig.api->categories();
  rig.run();
  REQUIRE(h->done());
  REQUIRE(rig.transport->log.size() == 3);
  CHECK(rig.transport->log[1].request.target == "/api/v1/auth/refresh-token");
  CHECK(rig.transport->log[2].header("Authorization") == "Bearer at2");
}

TEST_CASE("signing keys are fetched once per session") {
  Rig rig;
  rig.transport->script = {ok_data(R"([{"key_id":"k1","algorithm":"Ed25519","public_key":"AAAA"}])")};
  auto a = rig.api->signing_keys();
  rig.run();
  REQUIRE(a->done());
  auto b = rig.api->signing_keys();
  CHECK(a == b);
  CHECK(rig.transport->to("/api/v1/security/keys").size() == 1);

  sign_in(rig);  // a new session fetches them again
  rig.transport->script = {ok_data(R"({"keys":[{"key_id":"k2","algorithm":"Ed25519","public_key":"AAAA"}]})")};
  auto c = rig.api->signing_keys();
  rig.run();
  REQUIRE(c->done());
  CHECK(c->value.find("k2"));
  CHECK(rig.transport->to("/api/v1/security/keys").size() == 2);
}
