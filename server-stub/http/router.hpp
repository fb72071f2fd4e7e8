// The route table: every API route declares its method, path pattern, who may call it and a
// one-line handler. Authorization is decided here, in one place, before any handler runs; the
// table is also what /openapi.json and the RBAC test walk.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "context.hpp"

namespace stub {

// Who may call a route. Roles are MeStore's user_type values.
struct Access {
  enum class Kind { Public, AnyUser, Roles } kind = Kind::Public;
  std::vector<std::string> roles;

  static Access anyone() { return {}; }
  static Access signed_in() { return {Kind::AnyUser, {}}; }
  static Access only(std::vector<std::string> roles) { return {Kind::Roles, std::move(roles)}; }
  bool allows_role(const std::string& role) const;
};

enum class BodyKind { None, Json, Upload };

struct Route {
  std::string method;   // GET POST PUT PATCH DELETE
  std::string pattern;  // "/api/v1/products/{id}"
  Access access;
  std::function<Reply(Context&)> handler;
  std::string summary;  // one line, for /openapi.json
  std::string tag;      // OpenAPI grouping
  BodyKind body = BodyKind::None;
};

class Router {
 public:
  void add(Route route);
  // Matches method + path. Sets `params`; returns null and sets `method_mismatch` when the path
  // exists under another method (405) and null alone when nothing matches (404).
  const Route* match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params, bool& method_mismatch) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{name}" marks a parameter
    int literal_count = 0;
  };
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace stub
