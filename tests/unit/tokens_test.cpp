// Session tokens, their stored hashes, the refresh cookie, bearer parsing and the rate limiter.
#include <doctest/doctest.h>
#include <sodium.h>

#include <set>

#include "auth/authorize.hpp"
#include "auth/rate_limiter.hpp"
#include "auth/refresh_cookie.hpp"
#include "auth/sessions.hpp"
#include "auth/tokens.hpp"

using namespace stub;

TEST_CASE("tokens are 256 random bits in base64url, never repeated") {
  REQUIRE(sodium_init() >= 0);
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const std::string t = tokens::generate();
    CHECK(t.size() == 43);  // 32 bytes, unpadded
    CHECK(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
    seen.insert(t);
  }
  CHECK(seen.size() == 200);
}

TEST_CASE("only a token's BLAKE2b-256 hash is stored, and it is stable") {
  const std::string t = tokens::generate();
  const std::string h = tokens::hash(t);
  CHECK(h.size() == 64);
  CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(tokens::hash(t) == h);
  CHECK(h.find(t) == std::string::npos);
  CHECK(tokens::hash(t + "x") != h);
  // Known answer (Python: hashlib.blake2b(b"abc", digest_size=32)).
  CHECK(tokens::hash("abc") == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

TEST_CASE("the refresh cookie is HttpOnly, SameSite=Strict, scoped to /api/v1/auth, Secure only over TLS") {
  CHECK(refresh_cookie("tok", 43200) == "mestore_refresh=tok; HttpOnly; SameSite=Strict; Path=/api/v1/auth; Max-Age=43200");
  CHECK(refresh_cookie("tok", 60, true).find("; Secure") != std::string::npos);
  CHECK(clear_refresh_cookie().find("Max-Age=0") != std::string::npos);
  CHECK(cookie_value("a=1; mestore_refresh=xyz; b=2", "mestore_refresh") == "xyz");
  CHECK(cookie_value("xmestore_refresh=no", "mestore_refresh").empty());
  CHECK(cookie_value("", "mestore_refresh").empty());
}

TEST_CASE("bearer tokens are read case-insensitively and blank ones are none") {
  CHECK(bearer_token("Bearer abc") == "abc");
  CHECK(bearer_token("bearer   abc  ") == "abc");
  CHECK(bearer_token("Bearer ").empty());
  CHECK(bearer_token("Basic abc").empty());
  CHECK(bearer_token("").empty());
}

TEST_CASE("idle timeouts: 30 minutes for buyers, 15 for everyone else") {
  CHECK(idle_seconds_for("BUYER") == 1800);
  CHECK(idle_seconds_for("VENDOR") == 900);
  CHECK(idle_seconds_for("ADMIN") == 900);
  CHECK(idle_seconds_for("SUPERUSER") == 900);
}

TEST_CASE("the rate limiter allows N per sliding minute per key") {
  RateLimiter r;
  r.set_limit(3);
  CHECK(r.hit("1.2.3.4", 1000) == 0);
  CHECK(r.hit("1.2.3.4", 1010) == 0);
  CHECK(r.hit("1.2.3.4", 1020) == 0);
  CHECK(r.hit("1.2.3.4", 1030) == 30);  // the first hit leaves the window at 1060
  CHECK(r.hit("5.6.7.8", 1030) == 0);   // per key
  CHECK(r.hit("1.2.3.4", 1060) == 0);
  r.set_limit(0);
  for (int i = 0; i < 100; ++i) CHECK(r.hit("1.2.3.4", 1061) == 0);
}

TEST_CASE("the device name is a short guess from the user agent") {
  CHECK(device_from_user_agent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36") ==
        "Chrome · Linux");
  CHECK(device_from_user_agent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1") ==
        "Safari · iOS");
  CHECK(device_from_user_agent("cpp-httplib/0.11.4") == "cpp-httplib/0.11.4");
  CHECK(device_from_user_agent("") == "unknown");
}
