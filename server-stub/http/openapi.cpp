#include "openapi.hpp"

#include <algorithm>

namespace stub {

using nlohmann::json;

namespace {

json success_envelope(const json& data_schema) {
  json props = {{"status", {{"type", "string"}, {"enum", {"success"}}}}, {"message", {{"type", "string"}}}};
  if (!data_schema.is_null()) props["data"] = data_schema;
  return {{"type", "object"}, {"required", {"status", "data"}}, {"properties", props}};
}

json error_schema() {
  return {{"type", "object"},
          {"required", {"status", "error_code", "error_message", "details", "request_id"}},
          {"properties",
           {{"status", {{"type", "string"}, {"enum", {"error"}}}},
            {"error_code", {{"type", "string"}}},
            {"error_message", {{"type", "string"}}},
            {"details", {{"type", "array"}, {"items", {{"type", "object"}, {"properties",
                {{"field", {{"type", "string"}}}, {"message", {{"type", "string"}}}, {"error_type", {{"type", "string"}}}}}}}}},
            {"request_id", {{"type", "string"}}}}}};
}

json operation(const Route& r) {
  const json error_ref = {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}};
  json responses = {{std::to_string(r.success_status),
                     {{"description", "success envelope {status, data, message?, pagination?}"},
                      {"content", {{"application/json", {{"schema", success_envelope(r.response_schema)}}}}}}},
                    {"default", {{"description", "error envelope"}, {"content", error_ref}}}};
  if (r.access.kind != Access::Kind::Public) {
    responses["401"] = {{"description", "NOT_AUTHENTICATED, TOKEN_INVALID, TOKEN_EXPIRED, SESSION_EXPIRED, SESSION_EVICTED or SESSION_ENDED"},
                        {"content", error_ref}};
    if (r.access.kind == Access::Kind::Roles)
      responses["403"] = {{"description", "FORBIDDEN for other roles (VENDOR_NOT_APPROVED for vendors pending approval)"},
                          {"content", error_ref}};
  }
  json op = {{"summary", r.summary}, {"tags", {r.tag}}, {"responses", responses}};
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
  if (r.body == BodyKind::Json || r.body == BodyKind::OptionalJson) {
    json schema = r.request_schema.is_null() ? json{{"type", "object"}} : r.request_schema;
    op["requestBody"] = {{"required", r.body == BodyKind::Json}, {"content", {{"application/json", {{"schema", schema}}}}}};
  }
  if (r.body == BodyKind::Upload) {
    const json binary = {{"type", "string"}, {"format", "binary"}};
    const json form = {{"type", "object"}, {"properties", {{"file", binary}}}};
    json content = json::object();
    content["image/*"] = {{"schema", binary}};
    content["multipart/form-data"] = {{"schema", form}};
    op["requestBody"] = {{"required", true}, {"content", content}};
  }
  return op;
}

}  // namespace

json openapi_document(const Router& router, const std::string& version) {
  json paths = json::object();
  for (const auto& r : router.routes()) {
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    paths[r.pattern][method] = operation(r);
  }
  json schemas = {{"Error", error_schema()}};
  for (const auto& [name, schema] : router.schemas()) schemas[name] = schema;
  return {
      {"openapi", "3.0.3"},
      {"info", {{"title", "MeStore API (stub server)"}, {"version", version},
                {"description", "The MeStore REST API as implemented by the MeStore Web stub server. Money is integer COP. "
                                "Bearer tokens are opaque; the refresh token also travels as the HttpOnly cookie "
                                "mestore_refresh, sent back with the header X-MeStore-CSRF: 1."}}},
      {"paths", paths},
      {"components", {
          {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
                               {"refreshCookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "mestore_refresh"}}}}},
          {"schemas", schemas}}},
  };
}

}  // namespace stub
