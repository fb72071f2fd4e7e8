// Authorization, in one place: HttpServer::authorize calls this for every non-public route
// before any body is read. It authenticates the bearer token, checks the route's roles and
// decides, for every vendor-only route at once, that a vendor pending approval may not use it.
#pragma once
#include <string>

namespace stub {

struct Stub;
struct Context;
struct Route;

void authorize(Stub& s, Context& ctx, const Route& route);

// The token of "Authorization: Bearer <token>", or "" when there is none.
std::string bearer_token(const std::string& authorization_header);

}  // namespace stub
