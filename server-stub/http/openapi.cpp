#include "openapi.hpp"

#include <algorithm>

namespace stub {

using nlohmann::json;

json openapi_document(const Router& router, const std::string& version) {
  json paths = json::object();
  for (const auto& r : router.routes()) {
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    json op = {{"summary", r.summary}, {"tags", {r.tag}}, {"responses", {
        {"200", {{"description", "success envelope {status, data, message?, pagination?}"}}},
        {"default", {{"description", "error envelope"}, {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}}}}}};
    json params = json::array();
    for (const auto& seg : split_path(r.pattern))
      if (!seg.empty() && seg.front() == '{')
        params.push_back({{"name", seg.substr(1, seg.size() - 2)}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    if (!params.empty()) op["parameters"] = params;
    switch (r.access.kind) {
      case Access::Kind::Public: op["security"] = json::array(); op["x-roles"] = "public"; break;
      case Access::Kind::AnyUser: op["security"] = {{{"bearer", json::array()}}}; op["x-roles"] = "any signed-in user"; break;
      case Access::Kind::Roles: op["security"] = {{{"bearer", json::array()}}}; op["x-roles"] = r.access.roles; break;
    }
    if (r.body == BodyKind::Json)
      op["requestBody"] = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
    paths[r.pattern][method] = op;
  }
  return {
      {"openapi", "3.0.3"},
      {"info", {{"title", "MeStore API (stub server)"}, {"version", version},
                {"description", "The MeStore REST API as implemented by the MeStore Web stub server. Money is integer COP."}}},
      {"paths", paths},
      {"components", {
          {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
          {"schemas", {{"Error", {{"type", "object"}, {"required", {"status", "error_code", "error_message", "details", "request_id"}},
              {"properties", {{"status", {{"type", "string"}, {"enum", {"error"}}}}, {"error_code", {{"type", "string"}}},
                              {"error_message", {{"type", "string"}}}, {"details", {{"type", "array"}}}, {"request_id", {{"type", "string"}}}}}}}}}}},
  };
}

}  // namespace stub
