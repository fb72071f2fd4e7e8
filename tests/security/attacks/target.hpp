// The one stub every attack case of this process shoots at: the demo seed, a known seed
// password, the developer clock, and the login throttle raised so brute-force cases reach the
// per-account lockout (the throttle has its own case with a stub of its own).
#pragma once
#include "api_helpers.hpp"

namespace attacks {

using namespace testsupport;

inline StubProcess& target() {
  static StubProcess s(auth_stub_options());
  return s;
}

inline Api api() { return Api(target().url()); }

inline std::string token_of(const char* email) {
  Login l = login(api(), email);
  REQUIRE(l.ok());
  return l.access;
}

// A 4xx refusal (never a 5xx crash, never a success).
inline bool refused(const Answer& a) { return a.status >= 400 && a.status < 500; }

}  // namespace attacks
