// The few auth wire types the client's session needs (POST /auth/login, /auth/refresh-token,
// GET /auth/me). Kept minimal on purpose: client/wire/auth.hpp (the auth issue) owns the full
// set; when both exist these are the ones to fold into it.
//
// Login answer: {data:{access_token, refresh_token, token_type, expires_in,
//                      user:{id,email,full_name,phone,user_type,is_active,vendor_status,created_at}}}
// plus an HttpOnly cookie `mestore_refresh` (Path=/api/v1/auth) that the browser keeps.
#pragma once
#include <optional>
#include <string>

#include "../decode.hpp"

namespace mestore {

struct AuthUser {
  std::string id;
  std::string email;
  std::string full_name;
  std::string phone;          // empty when the account has none
  std::string user_type;      // BUYER | VENDOR | ADMIN | SUPERUSER
  bool is_active = true;
  std::string vendor_status;  // empty unless a vendor (or an applicant)
  std::string created_at;     // ISO-8601 UTC
};

inline void from_json(const json& j, AuthUser& u) {
  decode::required(j, "id", u.id);
  decode::required(j, "email", u.email);
  decode::optional(j, "full_name", u.full_name);
  decode::optional(j, "phone", u.phone);
  decode::required(j, "user_type", u.user_type);
  decode::optional(j, "is_active", u.is_active);
  decode::optional(j, "vendor_status", u.vendor_status);
  decode::optional(j, "created_at", u.created_at);
}
inline void to_json(json& j, const AuthUser& u) {
  j = {{"id", u.id}, {"email", u.email}, {"full_name", u.full_name},
       {"phone", u.phone.empty() ? json(nullptr) : json(u.phone)}, {"user_type", u.user_type},
       {"is_active", u.is_active}, {"vendor_status", u.vendor_status.empty() ? json(nullptr) : json(u.vendor_status)},
       {"created_at", u.created_at}};
}

struct LoginRequest {
  std::string email;
  std::string password;
};
inline void to_json(json& j, const LoginRequest& r) { j = {{"email", r.email}, {"password", r.password}}; }

// POST /auth/login (all fields required) and POST /auth/refresh-token (the refresh answer may
// leave out the user and, when the cookie carries it, the refresh token).
struct TokenGrant {
  std::string access_token;
  std::string refresh_token;
  std::string token_type = "bearer";
  int expires_in = 0;  // seconds the access token lives
  std::optional<AuthUser> user;
};

struct LoginResult : TokenGrant {};

inline void from_json(const json& j, TokenGrant& t) {
  decode::required(j, "access_token", t.access_token);
  decode::optional(j, "refresh_token", t.refresh_token);
  decode::optional(j, "token_type", t.token_type);
  decode::required(j, "expires_in", t.expires_in);
  decode::optional(j, "user", t.user);
  if (t.access_token.empty()) throw DecodeError("access_token", "empty");
  if (t.expires_in <= 0) throw DecodeError("expires_in", "must be positive");
}
inline void from_json(const json& j, LoginResult& r) {
  from_json(j, static_cast<TokenGrant&>(r));
  decode::required(j, "refresh_token", r.refresh_token);
  decode::required(j, "token_type", r.token_type);
  decode::required(j, "user", r.user);
  if (!r.user) throw DecodeError("user", "missing");
}
inline void to_json(json& j, const TokenGrant& t) {
  j = {{"access_token", t.access_token}, {"refresh_token", t.refresh_token}, {"token_type", t.token_type},
       {"expires_in", t.expires_in}};
  if (t.user) j["user"] = *t.user;
}

}  // namespace mestore
