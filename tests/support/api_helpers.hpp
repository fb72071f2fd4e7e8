// Raw HTTP helpers for tests that check the wire itself (status, error_code, headers, cookies)
// against a live stub, plus the options that start a stub with a known seed password and the
// developer clock. Header-only; integration tests include it.
#pragma once
#include <httplib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "stub_process.hpp"

namespace testsupport {

using nlohmann::json;

// A password for test data dirs only: passes the policy and contains no demo email's name.
inline const std::string& seed_password() {
  static const std::string pw = "tinto-arepa-guayaba-2031";
  return pw;
}

// Demo accounts seeded by the stub (see server-stub/seed/seed_accounts.cpp).
inline constexpr const char* kSuper = "super@mestore.com";
inline constexpr const char* kAdmin = "admin@mestore.com";
inline constexpr const char* kVendor = "tecnoandina@mestore.com";
inline constexpr const char* kBuyer = "camila.rodriguez@mestore.com";
inline constexpr const char* kBuyer2 = "santiago.gomez@mestore.com";
inline constexpr const char* kBuyer3 = "valentina.ospina@mestore.com";
inline constexpr const char* kBuyer4 = "juanpablo.restrepo@mestore.com";

// A stub with the known seed password, the developer controls on, and a login rate high enough
// for a test that signs in many times.
inline StubOptions auth_stub_options(std::vector<std::string> extra_args = {}, int login_rate_per_minute = 100000) {
  StubOptions o;
  o.env = {{"MESTORE_SEED_PASSWORD", seed_password()}};
  o.extra_args = {"--dev-controls", "--login-rate-per-minute", std::to_string(login_rate_per_minute), "--quiet"};
  for (auto& a : extra_args) o.extra_args.push_back(std::move(a));
  return o;
}

struct Answer {
  int status = 0;
  json body;
  httplib::Headers headers;
  std::string raw;

  std::string code() const { return body.is_object() && body.contains("error_code") ? body["error_code"].get<std::string>() : ""; }
  std::string message() const { return body.is_object() && body.contains("error_message") ? body["error_message"].get<std::string>() : ""; }
  const json& data() const { return body.at("data"); }
  std::string header(const char* name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
  // error_type of the first detail about `field`, or "".
  std::string detail_type(const std::string& field) const {
    if (!body.is_object() || !body.contains("details")) return "";
    for (const auto& d : body["details"])
      if (d.value("field", "") == field) return d.value("error_type", "");
    return "";
  }
};

class Api {
 public:
  explicit Api(std::string url) : url_(std::move(url)) {}

  Answer send(const std::string& method, const std::string& path, const std::optional<json>& body = std::nullopt,
              const std::string& token = "", httplib::Headers headers = {}) const {
    httplib::Client c(url_);
    c.set_read_timeout(30, 0);
    httplib::Request req;
    req.method = method;
    req.path = path;
    req.headers = std::move(headers);
    if (!token.empty()) req.headers.emplace("Authorization", "Bearer " + token);
    if (body) {
      req.body = body->dump();
      req.headers.emplace("Content-Type", "application/json");
    }
    auto res = c.send(req);
    Answer a;
    if (!res) {
      a.raw = "transport error: " + httplib::to_string(res.error());  // status stays 0
      return a;
    }
    a.status = res->status;
    a.headers = res->headers;
    a.raw = res->body;
    a.body = json::parse(res->body, nullptr, false);
    return a;
  }
  Answer get(const std::string& path, const std::string& token = "", httplib::Headers h = {}) const {
    return send("GET", path, std::nullopt, token, std::move(h));
  }
  Answer post(const std::string& path, const json& body, const std::string& token = "", httplib::Headers h = {}) const {
    return send("POST", path, body, token, std::move(h));
  }
  Answer patch(const std::string& path, const json& body, const std::string& token = "") const {
    return send("PATCH", path, body, token);
  }
  Answer del(const std::string& path, const std::string& token = "") const { return send("DELETE", path, std::nullopt, token); }
  const std::string& url() const { return url_; }

 private:
  std::string url_;
};

struct Login {
  Answer answer;
  std::string access;
  std::string refresh;
  std::string user_id;
  bool ok() const { return answer.status == 200; }
};

inline Login login(const Api& api, const std::string& email, const std::string& password = seed_password(),
                   const char* path = "/api/v1/auth/login", const std::string& user_agent = "") {
  Login l;
  httplib::Headers h;
  if (!user_agent.empty()) h.emplace("User-Agent", user_agent);
  l.answer = api.post(path, {{"email", email}, {"password", password}}, "", h);
  if (l.answer.status == 200) {
    l.access = l.answer.data()["access_token"];
    l.refresh = l.answer.data()["refresh_token"];
    l.user_id = l.answer.data()["user"]["id"];
  }
  return l;
}

// Moves the stub's clock forward through the developer controls.
inline Answer advance_clock(const Api& api, long long seconds) {
  return api.post("/api/v1/dev/clock", {{"advance_seconds", seconds}});
}

// Runs a shell command and returns its stdout; `status` receives the exit code.
inline std::string run_command(const std::string& cmd, int* status = nullptr) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

}  // namespace testsupport

namespace testsupport {

// A fresh address per call, so tests that lock or evict never disturb each other.
inline std::string unique_email(const std::string& tag) {
  static int n = 0;
  return tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + "@example.com";
}

// Registers a BUYER with the seed password; returns the new user's id ("" on failure).
inline std::string register_buyer(const Api& api, const std::string& email, const std::string& password = seed_password()) {
  Answer a = api.post("/api/v1/auth/register", {{"email", email}, {"password", password}, {"full_name", "Persona de Prueba"}});
  return a.status == 201 ? a.data()["id"].get<std::string>() : "";
}

}  // namespace testsupport
