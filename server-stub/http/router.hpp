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

// OptionalJson: no body at all is fine, but a body that is sent must be JSON (refresh-token,
// which the browser calls with the cookie alone).
enum class BodyKind { None, Json, Upload, OptionalJson };

struct Route {
  std::string method;   // GET POST PUT PATCH DELETE
  std::string pattern;  // "/api/v1/products/{id}"
  Access access;
  std::function<Reply(Context&)> handler;
  std::string summary;  // one line, for /openapi.json
  std::string tag;      // OpenAPI grouping
  BodyKind body = BodyKind::None;
  // For /openapi.json, where cheap: the request body's schema and the schema of `data` in the
  // success envelope (either may be a {"$ref": "#/components/schemas/Name"}).
  nlohmann::json request_schema = nullptr;
  nlohmann::json response_schema = nullptr;
  int success_status = 200;
};

class Router {
 public:
  void add(Route route);
  // Matches method + path. Sets `params`; returns null and sets `method_mismatch` when the path
  // exists under another method (405) and null alone when nothing matches (404).
  const Route* match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params, bool& method_mismatch) const;
  const std::vector<Route>& routes() const { return routes_; }
  // Named schemas for /openapi.json's components (routes refer to them with $ref).
  void define_schema(const std::string& name, nlohmann::json schema) { schemas_[name] = std::move(schema); }
  const std::map<std::string, nlohmann::json>& schemas() const { return schemas_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{name}" marks a parameter
    int literal_count = 0;
  };
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
  std::map<std::string, nlohmann::json> schemas_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace stub
