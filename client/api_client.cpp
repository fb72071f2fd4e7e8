#include "api_client.hpp"

#include <chrono>
#include <thread>

namespace mestore {

ApiClient::ApiClient(std::unique_ptr<Transport> transport) : transport_(std::move(transport)) {}

Handle<Health> ApiClient::health() { return start<Health>({"GET", "/api/v1/health"}); }

Handle<Page<Product>> ApiClient::products(const ProductQuery& q) {
  std::string target = "/api/v1/products" + build_query({{"page", std::to_string(q.page)},
                                                         {"size", std::to_string(q.size)},
                                                         {"search", q.search},
                                                         {"category", q.category},
                                                         {"sort_by", q.sort_by},
                                                         {"sort_order", q.sort_order}});
  return start<Page<Product>>({"GET", target});
}

Handle<Product> ApiClient::product(const std::string& id) {
  return start<Product>({"GET", "/api/v1/products/" + percent_encode(id)});
}

namespace {

HttpRequest with_bearer(HttpRequest r, const std::string& access_token) {
  r.headers.emplace_back("Authorization", "Bearer " + access_token);
  return r;
}

}  // namespace

Handle<LoginResult> ApiClient::login(const LoginRequest& r) {
  return start<LoginResult>({"POST", "/api/v1/auth/login", {}, json(r).dump()});
}

Handle<LoginResult> ApiClient::admin_login(const LoginRequest& r) {
  return start<LoginResult>({"POST", "/api/v1/auth/admin-login", {}, json(r).dump()});
}

Handle<User> ApiClient::register_buyer(const RegisterRequest& r) {
  return start<User>({"POST", "/api/v1/auth/register", {}, json(r).dump()});
}

// With the cookie, the server wants the CSRF header; a body token needs none, but it does no harm.
Handle<LoginResult> ApiClient::refresh(const std::string& refresh_token) {
  HttpRequest r{"POST", "/api/v1/auth/refresh-token", {{"X-MeStore-CSRF", "1"}}};
  if (!refresh_token.empty()) r.body = json{{"refresh_token", refresh_token}}.dump();
  return start<LoginResult>(std::move(r));
}

Handle<json> ApiClient::logout(const std::string& access_token) {
  return start<json>(with_bearer({"POST", "/api/v1/auth/logout"}, access_token));
}

Handle<User> ApiClient::me(const std::string& access_token) {
  return start<User>(with_bearer({"GET", "/api/v1/auth/me"}, access_token));
}

Handle<std::vector<Session>> ApiClient::sessions(const std::string& access_token) {
  return start<std::vector<Session>>(with_bearer({"GET", "/api/v1/auth/sessions"}, access_token));
}

Handle<json> ApiClient::end_session(const std::string& access_token, const std::string& session_id) {
  return start<json>(with_bearer({"DELETE", "/api/v1/auth/sessions/" + percent_encode(session_id)}, access_token));
}

Handle<json> ApiClient::change_password(const std::string& access_token, const ChangePasswordRequest& r) {
  return start<json>(with_bearer({"POST", "/api/v1/auth/change-password", {}, json(r).dump()}, access_token));
}

Handle<VendorApplication> ApiClient::apply_as_vendor(const VendorRegisterRequest& r) {
  return start<VendorApplication>({"POST", "/api/v1/vendors/register", {}, json(r).dump()});
}

Handle<Page<AuditEntry>> ApiClient::audit_log(const std::string& access_token, const AuditQuery& q) {
  std::string target = "/api/v1/admin/audit-log" + build_query({{"page", std::to_string(q.page)},
                                                                {"size", std::to_string(q.size)},
                                                                {"actor", q.actor},
                                                                {"action", q.action},
                                                                {"from", q.from},
                                                                {"to", q.to},
                                                                {"sort_order", q.sort_order}});
  return start<Page<AuditEntry>>(with_bearer({"GET", target}, access_token));
}

Handle<AuditHead> ApiClient::audit_head(const std::string& access_token) {
  return start<AuditHead>(with_bearer({"GET", "/api/v1/admin/audit-log/head"}, access_token));
}

Handle<KeySet> ApiClient::security_keys() { return start<KeySet>({"GET", "/api/v1/security/keys"}); }

void ApiClient::pump() { transport_->pump(); }

bool ApiClient::wait_until(const std::function<bool()>& settled, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!settled()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    pump();
    if (!settled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

ApiError error_from_response(const HttpResponse& r) {
  ApiError e;
  e.http_status = r.status;
  if (r.status == 0) {
    e.kind = r.timed_out ? ErrorKind::Timeout : ErrorKind::Network;
    e.code = r.timed_out ? "TIMEOUT" : "NETWORK_ERROR";
    e.message = r.transport_error.empty() ? "the server could not be reached" : r.transport_error;
    return e;
  }
  e.kind = ErrorKind::Http;
  if (auto ra = r.header("retry-after"); !ra.empty()) e.retry_after_seconds = std::atoi(ra.c_str());
  ErrorBody body;
  if (!decode_text(r.body, body)) {
    e.code = body.error_code;
    e.message = body.error_message;
    e.details = std::move(body.details);
    e.request_id = body.request_id;
  } else {
    e.code = "HTTP_" + std::to_string(r.status);
    e.message = "unexpected answer from the server (HTTP " + std::to_string(r.status) + ")";
  }
  return e;
}

std::string percent_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out.push_back(static_cast<char>(c));
    else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

std::string build_query(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string q;
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    q += q.empty() ? '?' : '&';
    q += k + "=" + percent_encode(v);
  }
  return q;
}

}  // namespace mestore
