// Wire types of accounts and sessions: /api/v1/auth/*, /api/v1/superuser-admin/users*,
// /api/v1/vendors/register and /api/v1/admin/vendor-applications*.
// Tokens are opaque strings; the refresh token also travels as the HttpOnly cookie
// `mestore_refresh` (Path=/api/v1/auth), refreshed with the header `X-MeStore-CSRF: 1`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

// BUYER | VENDOR | ADMIN | SUPERUSER
struct User {
  std::string id;
  std::string email;
  std::string full_name;
  std::string phone;
  std::string user_type;
  bool is_active = true;
  std::optional<std::string> vendor_status;  // PENDING | APPROVED | REJECTED for vendors, else null
  std::string created_at;
};

inline void from_json(const json& j, User& u) {
  decode::required(j, "id", u.id);
  decode::required(j, "email", u.email);
  decode::required(j, "full_name", u.full_name);
  decode::optional(j, "phone", u.phone);
  decode::required(j, "user_type", u.user_type);
  decode::required(j, "is_active", u.is_active);
  decode::optional(j, "vendor_status", u.vendor_status);
  decode::required(j, "created_at", u.created_at);
}
inline void to_json(json& j, const User& u) {
  j = {{"id", u.id}, {"email", u.email}, {"full_name", u.full_name}, {"phone", u.phone},
       {"user_type", u.user_type}, {"is_active", u.is_active},
       {"vendor_status", u.vendor_status ? json(*u.vendor_status) : json(nullptr)}, {"created_at", u.created_at}};
}

// A user as the admin back office sees it: the account plus lockout and last sign-in.
struct ManagedUser {
  User user;
  std::optional<std::string> locked_until;   // set while locked out
  std::optional<std::string> last_login_at;
};

inline void from_json(const json& j, ManagedUser& m) {
  from_json(j, m.user);
  decode::optional(j, "locked_until", m.locked_until);
  decode::optional(j, "last_login_at", m.last_login_at);
}
inline void to_json(json& j, const ManagedUser& m) {
  to_json(j, m.user);
  j["locked_until"] = m.locked_until ? json(*m.locked_until) : json(nullptr);
  j["last_login_at"] = m.last_login_at ? json(*m.last_login_at) : json(nullptr);
}

// POST /api/v1/auth/login and /auth/admin-login
struct LoginRequest {
  std::string email;
  std::string password;
};

inline void from_json(const json& j, LoginRequest& r) {
  decode::required(j, "email", r.email);
  decode::required(j, "password", r.password);
}
inline void to_json(json& j, const LoginRequest& r) { j = {{"email", r.email}, {"password", r.password}}; }

// The answer of login, admin-login and refresh-token.
struct LoginResult {
  std::string access_token;
  std::string refresh_token;
  std::string token_type = "bearer";
  int expires_in = 0;  // seconds the access token lives
  User user;
};

inline void from_json(const json& j, LoginResult& r) {
  decode::required(j, "access_token", r.access_token);
  decode::required(j, "refresh_token", r.refresh_token);
  decode::required(j, "token_type", r.token_type);
  decode::required(j, "expires_in", r.expires_in);
  decode::required(j, "user", r.user);
  if (r.access_token.empty()) throw DecodeError("access_token", "empty");
  if (r.expires_in <= 0) throw DecodeError("expires_in", "must be positive");
}
inline void to_json(json& j, const LoginResult& r) {
  j = {{"access_token", r.access_token}, {"refresh_token", r.refresh_token}, {"token_type", r.token_type},
       {"expires_in", r.expires_in}, {"user", r.user}};
}

// POST /api/v1/auth/register: always a BUYER. Sending user_type other than BUYER, or any other
// field, is a 422 naming the field.
struct RegisterRequest {
  std::string email;
  std::string password;
  std::string full_name;
  std::string phone;  // optional; Colombian mobile when given
};

inline void from_json(const json& j, RegisterRequest& r) {
  decode::required(j, "email", r.email);
  decode::required(j, "password", r.password);
  decode::required(j, "full_name", r.full_name);
  decode::optional(j, "phone", r.phone);
}
inline void to_json(json& j, const RegisterRequest& r) {
  j = {{"email", r.email}, {"password", r.password}, {"full_name", r.full_name}};
  if (!r.phone.empty()) j["phone"] = r.phone;
}

// POST /api/v1/auth/change-password
struct ChangePasswordRequest {
  std::string current_password;
  std::string new_password;
};

inline void from_json(const json& j, ChangePasswordRequest& r) {
  decode::required(j, "current_password", r.current_password);
  decode::required(j, "new_password", r.new_password);
}
inline void to_json(json& j, const ChangePasswordRequest& r) {
  j = {{"current_password", r.current_password}, {"new_password", r.new_password}};
}

// GET /api/v1/auth/sessions: the caller's own live sessions.
struct SessionInfo {
  std::string id;
  std::string created_at;
  std::string last_seen_at;
  std::string expires_at;  // absolute end (12 h after sign-in)
  std::string ip;
  std::string user_agent;
  std::string device;  // a short guess from the user agent: "Chrome en Linux"
  bool current = false;
};

inline void from_json(const json& j, SessionInfo& s) {
  decode::required(j, "id", s.id);
  decode::required(j, "created_at", s.created_at);
  decode::required(j, "last_seen_at", s.last_seen_at);
  decode::optional(j, "expires_at", s.expires_at);
  decode::optional(j, "ip", s.ip);
  decode::optional(j, "user_agent", s.user_agent);
  decode::optional(j, "device", s.device);
  decode::required(j, "current", s.current);
}
inline void to_json(json& j, const SessionInfo& s) {
  j = {{"id", s.id}, {"created_at", s.created_at}, {"last_seen_at", s.last_seen_at}, {"expires_at", s.expires_at},
       {"ip", s.ip}, {"user_agent", s.user_agent}, {"device", s.device}, {"current", s.current}};
}

// POST /api/v1/vendors/register: a VENDOR account pending approval plus its business.
struct VendorRegisterRequest {
  std::string email;
  std::string password;
  std::string full_name;
  std::string phone;            // Colombian mobile: ^(\+57|57)?3\d{9}$
  std::string business_name;
  std::string city;
  std::string document_number;  // NIT (with or without check digit) or cédula
  std::string business_type;    // persona_natural | empresa (optional)
  std::string description;      // optional, ≤ 1000
};

inline void from_json(const json& j, VendorRegisterRequest& r) {
  decode::required(j, "email", r.email);
  decode::required(j, "password", r.password);
  decode::required(j, "full_name", r.full_name);
  decode::required(j, "phone", r.phone);
  decode::required(j, "business_name", r.business_name);
  decode::required(j, "city", r.city);
  decode::required(j, "document_number", r.document_number);
  decode::optional(j, "business_type", r.business_type);
  decode::optional(j, "description", r.description);
}
inline void to_json(json& j, const VendorRegisterRequest& r) {
  j = {{"email", r.email}, {"password", r.password}, {"full_name", r.full_name}, {"phone", r.phone},
       {"business_name", r.business_name}, {"city", r.city}, {"document_number", r.document_number}};
  if (!r.business_type.empty()) j["business_type"] = r.business_type;
  if (!r.description.empty()) j["description"] = r.description;
}

// A vendor application as admins review it (GET /api/v1/admin/vendor-applications).
struct VendorApplication {
  std::string id;  // the vendor's id
  std::string user_id;
  std::string email;
  std::string full_name;
  std::string phone;
  std::string business_name;
  std::string city;
  std::string document_number;
  std::string business_type;
  std::string description;
  std::string status;  // PENDING | APPROVED | REJECTED
  std::string applied_at;
  std::optional<std::string> reviewed_at;
  std::optional<std::string> rejection_reason;
};

inline void from_json(const json& j, VendorApplication& a) {
  decode::required(j, "id", a.id);
  decode::required(j, "user_id", a.user_id);
  decode::required(j, "email", a.email);
  decode::required(j, "full_name", a.full_name);
  decode::optional(j, "phone", a.phone);
  decode::required(j, "business_name", a.business_name);
  decode::required(j, "city", a.city);
  decode::optional(j, "document_number", a.document_number);
  decode::optional(j, "business_type", a.business_type);
  decode::optional(j, "description", a.description);
  decode::required(j, "status", a.status);
  decode::optional(j, "applied_at", a.applied_at);
  decode::optional(j, "reviewed_at", a.reviewed_at);
  decode::optional(j, "rejection_reason", a.rejection_reason);
}
inline void to_json(json& j, const VendorApplication& a) {
  auto opt = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
  j = {{"id", a.id}, {"user_id", a.user_id}, {"email", a.email}, {"full_name", a.full_name}, {"phone", a.phone},
       {"business_name", a.business_name}, {"city", a.city}, {"document_number", a.document_number},
       {"business_type", a.business_type}, {"description", a.description}, {"status", a.status},
       {"applied_at", a.applied_at}, {"reviewed_at", opt(a.reviewed_at)}, {"rejection_reason", opt(a.rejection_reason)}};
}

// Query of GET /api/v1/superuser-admin/users; empty fields are left out.
struct UserQuery {
  int page = 1;
  int size = 20;
  std::string search;     // email or name contains
  std::string user_type;  // BUYER | VENDOR | ADMIN | SUPERUSER
  std::string status;     // active | inactive | locked
};

// PATCH /api/v1/superuser-admin/users/{id}: only the fields that are set are sent. The server
// decides who may change what (user_type: SUPERUSER only, never one's own; ADMIN and SUPERUSER
// accounts: SUPERUSER only) and answers 403 otherwise.
struct UserUpdate {
  std::optional<std::string> full_name;
  std::optional<std::string> phone;
  std::optional<bool> is_active;
  std::optional<std::string> user_type;
};
inline void to_json(json& j, const UserUpdate& u) {
  j = json::object();
  if (u.full_name) j["full_name"] = *u.full_name;
  if (u.phone) j["phone"] = *u.phone;
  if (u.is_active) j["is_active"] = *u.is_active;
  if (u.user_type) j["user_type"] = *u.user_type;
}

}  // namespace mestore
