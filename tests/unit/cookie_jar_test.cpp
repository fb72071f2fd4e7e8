// The native transport's cookie jar: the refresh cookie goes only where a browser would send it.
#include <doctest/doctest.h>

#include "client/cookie_jar.hpp"

using mestore::CookieJar;

TEST_CASE("the refresh cookie is sent to the auth endpoints only, as its Path says") {
  CookieJar jar;
  jar.store("mestore_refresh=abc123; Path=/api/v1/auth; HttpOnly; SameSite=Strict; Max-Age=604800");
  CHECK(jar.header_for("/api/v1/auth/refresh-token") == "mestore_refresh=abc123");
  CHECK(jar.header_for("/api/v1/auth/logout?x=1") == "mestore_refresh=abc123");
  CHECK(jar.header_for("/api/v1/auth") == "mestore_refresh=abc123");
  CHECK(jar.header_for("/api/v1/products") == "");
  CHECK(jar.header_for("/api/v1/authority") == "");  // a prefix, but not at a '/'
}

TEST_CASE("cookies are replaced, deleted by Max-Age=0, an old Expires or an empty value") {
  CookieJar jar;
  jar.store("a=1");
  jar.store("b=2; Path=/");
  CHECK(jar.header_for("/x") == "a=1; b=2");
  jar.store("a=3");
  CHECK(jar.header_for("/x") == "a=3; b=2");
  jar.store("a=gone; Max-Age=0");
  CHECK(jar.header_for("/x") == "b=2");
  jar.store("b=; Path=/");
  CHECK(jar.size() == 0);
  jar.store("c=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(jar.size() == 0);
  jar.store("d=1; max-age=10");
  CHECK(jar.size() == 1);
  jar.store("=nameless");
  jar.store("garbage");
  CHECK(jar.size() == 1);
}
