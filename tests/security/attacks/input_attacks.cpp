// Hostile input: stored XSS payloads (kept as data, served as JSON), oversized, deeply nested and
// malformed JSON, wrong content types, and path traversal in static files and media.
#include "tally.hpp"
#include "target.hpp"

using namespace attacks;

namespace {

Answer raw_post(const std::string& path, const std::string& body, const std::string& type) {
  httplib::Client c(target().url());
  c.set_read_timeout(30, 0);
  auto r = c.Post(path.c_str(), body, type.c_str());
  Answer a;
  if (!r) return a;
  a.status = r->status;
  a.headers = r->headers;
  a.raw = r->body;
  a.body = json::parse(r->body, nullptr, false);
  return a;
}

Answer raw_get(const std::string& path) {
  httplib::Client c(target().url());
  auto r = c.Get(path.c_str());
  Answer a;
  if (!r) return a;
  a.status = r->status;
  a.headers = r->headers;
  a.raw = r->body;
  return a;
}

}  // namespace

TEST_CASE("stored XSS payloads stay data, served as JSON that browsers will not sniff") {
  const std::string payload = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
  const std::string email = unique_email("xss");
  Answer reg = api().post("/api/v1/auth/register", {{"email", email}, {"password", seed_password()}, {"full_name", payload}});
  REQUIRE(reg.status == 201);
  Login l = login(api(), email);
  REQUIRE(l.ok());
  Answer me = api().get("/api/v1/auth/me", l.access);
  attempt("stored_xss", "name returned verbatim as JSON data",
          me.status == 200 && me.raw.find("alert(document.cookie)") != std::string::npos &&
              me.header("Content-Type").rfind("application/json", 0) == 0 && me.header("X-Content-Type-Options") == "nosniff");
  Answer search = api().get("/api/v1/products?search=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  attempt("stored_xss", "reflected search is JSON", search.header("Content-Type").rfind("application/json", 0) == 0);
  Answer docs = raw_get("/docs/");
  attempt("stored_xss", "/docs has a script-restricting CSP",
          docs.header("Content-Security-Policy").find("script-src") != std::string::npos);
}

TEST_CASE("malformed, oversized and deeply nested bodies get the error envelope") {
  const std::string login = "/api/v1/auth/login";
  const std::pair<std::string, std::string> cases[] = {
      {"not json", "{email: 'a'"},
      {"truncated", "{\"email\":\"a@b.co\",\"password\":"},
      {"array body", "[1,2,3]"},
      {"deep nesting", std::string(5000, '[') + std::string(5000, ']')},
      {"nul byte", std::string("{\"email\":\"a\0b@c.co\",\"password\":\"x\"}", 36)},
      {"invalid utf-8", "{\"email\":\"\xff\xfe@x.co\",\"password\":\"x\"}"},
      {"huge number", "{\"email\":\"a@b.co\",\"password\":1e999999}"},
      {"duplicate keys", "{\"email\":\"a@b.co\",\"email\":\"super@mestore.com\",\"password\":\"x\"}"},
  };
  for (const auto& [name, body] : cases) {
    Answer a = raw_post(login, body, "application/json");
    attempt("malformed_input", name, refused(a) && a.status != 429 && a.body.is_object() && a.body.contains("error_code"));
  }
  Answer big = raw_post(login, "{\"email\":\"" + std::string(2 << 20, 'a') + "\"}", "application/json");
  attempt("malformed_input", "2 MiB JSON body", big.status == 413);
  Answer text = raw_post(login, "{\"email\":\"a@b.co\",\"password\":\"x\"}", "text/plain");
  attempt("content_type", "JSON sent as text/plain", text.status == 415);
  Answer form = raw_post(login, "email=a%40b.co&password=x", "application/x-www-form-urlencoded");
  attempt("content_type", "login as a form post", form.status == 415);
}

TEST_CASE("path traversal never leaves the web root or the media store") {
  const char* paths[] = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                         "/media/../mestore.sqlite3", "/media/%2e%2e/secrets/ed25519.key", "/media/..%2fsecrets%2fseed-password",
                         "/docs/../../../etc/passwd", "/media/products/../../secrets/ed25519.key", "/%00/etc/passwd"};
  for (const char* p : paths) {
    Answer a = raw_get(p);
    const bool leaked = a.raw.find("root:") != std::string::npos || a.raw.find("SQLite format") != std::string::npos ||
                        a.raw.find("PRIVATE") != std::string::npos || (a.status == 200 && a.raw.size() == 64);
    attempt("path_traversal", p, !leaked && (a.status == 400 || a.status == 404 || a.status == 403 || a.status == 200));
  }
}

TEST_CASE("security headers on the app, the API and its errors") {
  for (const char* p : {"/", "/api/v1/health", "/api/v1/nothing-here", "/api/v1/auth/me"}) {
    Answer a = raw_get(p);
    attempt("headers", std::string(p) + " nosniff", a.header("X-Content-Type-Options") == "nosniff");
    attempt("headers", std::string(p) + " frame-ancestors / X-Frame-Options", a.header("X-Frame-Options") == "DENY");
    attempt("headers", std::string(p) + " CSP", !a.header("Content-Security-Policy").empty());
    attempt("headers", std::string(p) + " no server banner", a.header("Server").find("httplib") == std::string::npos);
  }
  attempt("headers", "API answers are not cached", raw_get("/api/v1/auth/me").header("Cache-Control") == "no-store");
}
