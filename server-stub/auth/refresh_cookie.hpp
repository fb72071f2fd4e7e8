// The refresh token as a cookie, so the web app never keeps a token where scripts can read it:
// HttpOnly, SameSite=Strict, only sent to /api/v1/auth. Refreshing with the cookie alone also
// needs the header X-MeStore-CSRF: 1, which a cross-site form cannot add.
#pragma once
#include <cstdint>
#include <string>

namespace stub {

constexpr const char* kRefreshCookie = "mestore_refresh";
constexpr const char* kCsrfHeader = "X-MeStore-CSRF";

// `secure` adds the Secure attribute (only when served over TLS; the stub never is).
std::string refresh_cookie(const std::string& token, std::int64_t max_age_seconds, bool secure = false);
std::string clear_refresh_cookie(bool secure = false);
// The value of `name` in a Cookie request header, or "".
std::string cookie_value(const std::string& cookie_header, const std::string& name);

}  // namespace stub
