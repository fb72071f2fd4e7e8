#include "authorize.hpp"

#include <algorithm>

#include "../audit/audit_log.hpp"
#include "../http/router.hpp"
#include "../stub.hpp"
#include "sessions.hpp"

namespace stub {

std::string bearer_token(const std::string& h) {
  if (h.size() < 7) return {};
  std::string scheme = h.substr(0, 7);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (scheme != "bearer ") return {};
  std::string token = h.substr(7);
  const auto b = token.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  token = token.substr(b);
  return token.substr(0, token.find_last_not_of(' ') + 1);
}

void authorize(Stub& s, Context& ctx, const Route& route) {
  const std::string token = bearer_token(ctx.req.get_header_value("Authorization"));
  if (token.empty()) throw ApiFailure(401, "NOT_AUTHENTICATED", "sign in to use this endpoint");
  auto caller = std::make_shared<const Caller>(authenticate(s, token));
  ctx.caller_storage = caller;
  ctx.caller = caller.get();

  if (!route.access.allows_role(caller->role)) {
    // A signed-in user probing for more than their role allows is worth a line in the audit log.
    s.db.write([&](SQLite::Database& tx) {
      append_audit(s, tx, audit_event(ctx, "access.denied", route.method + " " + route.pattern, "denied",
                                      {{"role", caller->role}}));
    });
    throw ApiFailure(403, "FORBIDDEN", "your account's role may not use this endpoint");
  }
  // A vendor whose application is pending or rejected is still a VENDOR, but no vendor route is
  // open to them until an admin approves it.
  if (caller->role == "VENDOR" && route.access.kind == Access::Kind::Roles && caller->vendor_status != "APPROVED")
    throw ApiFailure(403, "VENDOR_NOT_APPROVED",
                     "your vendor application is " + (caller->vendor_status.empty() ? std::string("not approved") : caller->vendor_status) +
                         "; vendor features open once an administrator approves it");
}

}  // namespace stub
