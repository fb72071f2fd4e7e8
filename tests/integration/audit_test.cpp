// The tamper-evident audit log over real HTTP: it verifies with the same code the browser runs,
// and an entry edited behind the server's back is found at its seq by the API and by `verify`.
#include <doctest/doctest.h>

#include "api_helpers.hpp"
#include "client/api_client.hpp"
#include "client/audit_chain.hpp"

using namespace testsupport;

namespace {

StubProcess& stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

Api api() { return Api(stub().url()); }

std::string admin_token(const Api& a) {
  Login l = login(a, kAdmin);
  REQUIRE(l.ok());
  return l.access;
}

// An ApiClient signed in as the demo admin, as the back office would be.
std::unique_ptr<mestore::ApiClient> admin_client(const std::string& url) {
  auto client = std::make_unique<mestore::ApiClient>(mestore::make_default_transport(url));
  auto signed_in = client->login(kAdmin, seed_password());
  REQUIRE(client->wait(signed_in));
  REQUIRE(signed_in->done());
  return client;
}

// Reads the whole log oldest first through the typed client and checks it like the browser does.
mestore::audit::ChainVerifier verify_through_client(mestore::ApiClient& client) {
  mestore::audit::ChainVerifier chain;
  for (int page = 1;; ++page) {
    mestore::AuditQuery q;
    q.page = page;
    q.size = 200;
    q.sort_order = "asc";
    auto h = client.audit_log(q);
    REQUIRE(client.wait(h));
    REQUIRE(h->done());
    for (const auto& e : h->value.items) chain.feed(e);
    if (!h->value.pagination.has_next) break;
  }
  return chain;
}

mestore::audit::ChainVerifier verify_through_client(const std::string& url) {
  auto client = admin_client(url);
  return verify_through_client(*client);
}

std::string verify_cli(const std::string& data_dir, int* status) {
  return run_command(stub_binary() + " verify --data-dir '" + data_dir + "' 2>&1", status);
}

std::string sqlite(const std::string& data_dir, const std::string& sql, int* status = nullptr) {
  return run_command("sqlite3 -cmd '.timeout 5000' '" + data_dir + "/mestore.sqlite3' \"" + sql + "\" 2>&1", status);
}

}  // namespace

TEST_CASE("the audit log verifies end to end with the browser's own code, head signature included") {
  const Api a = api();
  a.post("/api/v1/auth/login", {{"email", kBuyer2}, {"password", "equivocada del todo"}});
  Login buyer = login(a, kBuyer2);
  REQUIRE(buyer.ok());
  REQUIRE(a.post("/api/v1/auth/logout", json::object(), buyer.access).status == 200);
  const std::string token = admin_token(a);

  // The admin signs in first (itself an audit entry), then reads the chain and the head.
  auto owned = admin_client(stub().url());
  mestore::ApiClient& client = *owned;
  auto chain = verify_through_client(client);
  INFO(chain.problem());
  CHECK(chain.ok());
  CHECK(chain.checked() >= 5);

  auto head = client.audit_head();
  auto keys = client.signing_keys();
  REQUIRE(client.wait(head));
  REQUIRE(client.wait(keys));
  REQUIRE(head->done());
  REQUIRE(keys->done());
  REQUIRE(keys->value.keys.size() == 1);
  CHECK(keys->value.keys[0].algorithm == "Ed25519");
  CHECK(head->value.seq == chain.last_seq());
  CHECK(head->value.hash == chain.last_hash());
  CHECK(mestore::audit::verify_head(head->value, keys->value.keys[0]));
  mestore::AuditHead forged = head->value;
  forged.hash = mestore::audit::genesis_hash();
  CHECK_FALSE(mestore::audit::verify_head(forged, keys->value.keys[0]));

  Answer server_check = a.get("/api/v1/admin/audit-log/verify", token);
  REQUIRE(server_check.status == 200);
  CHECK(server_check.data()["ok"] == true);
  CHECK(server_check.data()["signature_valid"] == true);
  CHECK(server_check.data()["first_broken_seq"].is_null());

  int status = -1;
  const std::string out = verify_cli(stub().data_dir(), &status);
  INFO(out);
  CHECK(status == 0);
  CHECK(out.find("audit log OK") != std::string::npos);
  CHECK(out.find(keys->value.keys[0].key_id) != std::string::npos);
}

TEST_CASE("audit entries say who did what to whom, from where and when, and filter by it") {
  const Api a = api();
  const std::string wrong = "clave-equivocada-unica-7731";
  a.post("/api/v1/auth/login", {{"email", kBuyer3}, {"password", wrong}});
  const std::string token = admin_token(a);
  Answer r = a.get("/api/v1/admin/audit-log?action=auth.login&actor=" + std::string(kBuyer3), token);
  REQUIRE(r.status == 200);
  REQUIRE_FALSE(r.data().empty());
  const auto& e = r.data()[0];  // newest first
  CHECK(e["action"] == "auth.login");
  CHECK(e["result"] == "failure");
  CHECK(e["actor_email"] == kBuyer3);
  CHECK(e["target"].get<std::string>().rfind("user:", 0) == 0);
  CHECK(e["ip"] == "127.0.0.1");
  CHECK(e["details"]["reason"] == "wrong_password");
  CHECK(e["at"].get<std::string>().size() == 20);
  for (const auto& x : r.data()) CHECK(x["actor_email"] == kBuyer3);

  CHECK(r.raw.find(wrong) == std::string::npos);
  CHECK(r.raw.find(seed_password()) == std::string::npos);
  CHECK(a.get("/api/v1/admin/audit-log?from=2999-01-01", token).data().empty());
  CHECK(a.get("/api/v1/admin/audit-log?to=2000-01-01", token).data().empty());
  CHECK(a.get("/api/v1/admin/audit-log?from=2000-01-01&action=system.seeded", token).data().size() == 1);
  CHECK(a.get("/api/v1/admin/audit-log?from=ayer", token).detail_type("from") == "value_error");
  CHECK(a.get("/api/v1/admin/audit-log?size=500", token).detail_type("size") == "range_error");
}

TEST_CASE("an entry edited in the database is found at its seq by the API and by verify") {
  StubProcess s(auth_stub_options());
  const Api a(s.url());
  for (int i = 0; i < 3; ++i) a.post("/api/v1/auth/login", {{"email", kBuyer}, {"password", "equivocada " + std::to_string(i)}});
  const std::string token = admin_token(a);
  Answer failures = a.get("/api/v1/admin/audit-log?action=auth.login&sort_order=asc", token);
  REQUIRE(failures.status == 200);
  const std::int64_t seq = failures.data()[1]["seq"];  // the second failed login
  REQUIRE(failures.data()[1]["result"] == "failure");

  // The table refuses a plain edit…
  int status = 0;
  std::string out = sqlite(s.data_dir(), "UPDATE audit_log SET result = 'success' WHERE seq = " + std::to_string(seq), &status);
  CHECK(status != 0);
  CHECK(out.find("append-only") != std::string::npos);
  // …but whoever holds the file can drop the trigger; the chain is what gives them away.
  out = sqlite(s.data_dir(), "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET result = 'success' WHERE seq = " + std::to_string(seq), &status);
  REQUIRE(status == 0);
  REQUIRE(sqlite(s.data_dir(), "SELECT result FROM audit_log WHERE seq = " + std::to_string(seq)) == "success\n");

  Answer server_check = a.get("/api/v1/admin/audit-log/verify", token);
  REQUIRE(server_check.status == 200);
  CHECK(server_check.data()["ok"] == false);
  CHECK(server_check.data()["first_broken_seq"] == seq);
  CHECK(server_check.data()["entries"] == seq - 1);

  auto chain = verify_through_client(s.url());
  CHECK_FALSE(chain.ok());
  CHECK(chain.first_broken_seq() == seq);

  out = verify_cli(s.data_dir(), &status);
  INFO(out);
  CHECK(status == 2);
  CHECK(out.find("first_broken_seq=" + std::to_string(seq) + "\n") != std::string::npos);
  CHECK(out.find("BROKEN at seq " + std::to_string(seq)) != std::string::npos);
}

TEST_CASE("a deleted entry leaves a gap that verify reports") {
  StubProcess s(auth_stub_options());
  const Api a(s.url());
  for (int i = 0; i < 3; ++i) a.post("/api/v1/auth/login", {{"email", kBuyer}, {"password", "equivocada " + std::to_string(i)}});
  int status = 0;
  sqlite(s.data_dir(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3", &status);
  REQUIRE(status == 0);
  const std::string out = verify_cli(s.data_dir(), &status);
  INFO(out);
  CHECK(status == 2);
  CHECK(out.find("first_broken_seq=3\n") != std::string::npos);
  CHECK(run_command(stub_binary() + " verify --data-dir /nonexistent-mestore-dir 2>&1", &status).find("no signing key") != std::string::npos);
  CHECK(status == 1);
}
