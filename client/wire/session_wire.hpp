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
#include "auth.hpp"

namespace mestore {

// The signed-in user is the account as the auth endpoints describe it.
using AuthUser = User;

// What the session keeps from POST /auth/login (LoginResult, wire/auth.hpp) and from
// POST /auth/refresh-token (whose answer may leave out the user and, with the cookie, the token).
struct TokenGrant {
  std::string access_token;
  std::string refresh_token;
  std::string token_type = "bearer";
  int expires_in = 0;  // seconds the access token lives
  std::optional<AuthUser> user;
};


inline void from_json(const json& j, TokenGrant& t) {
  decode::required(j, "access_token", t.access_token);
  decode::optional(j, "refresh_token", t.refresh_token);
  decode::optional(j, "token_type", t.token_type);
  decode::required(j, "expires_in", t.expires_in);
  decode::optional(j, "user", t.user);
  if (t.access_token.empty()) throw DecodeError("access_token", "empty");
  if (t.expires_in <= 0) throw DecodeError("expires_in", "must be positive");
}
inline void to_json(json& j, const TokenGrant& t) {
  j = {{"access_token", t.access_token}, {"refresh_token", t.refresh_token}, {"token_type", t.token_type},
       {"expires_in", t.expires_in}};
  if (t.user) j["user"] = *t.user;
}

inline TokenGrant grant_of(const LoginResult& r) {
  return TokenGrant{r.access_token, r.refresh_token, r.token_type, r.expires_in, r.user};
}

}  // namespace mestore
