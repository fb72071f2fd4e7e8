// OpenAPI schemas of the account, session and audit wire types (client/wire/auth.hpp and
// audit.hpp), referred to by the routes with ref("Name").
#include "routes.hpp"

namespace stub {
namespace {

json str(const char* description = nullptr) {
  json j = {{"type", "string"}};
  if (description) j["description"] = description;
  return j;
}
json nullable_str(const char* description = nullptr) {
  json j = str(description);
  j["nullable"] = true;
  return j;
}
json integer() { return {{"type", "integer"}}; }
json boolean() { return {{"type", "boolean"}}; }
json enumeration(std::initializer_list<const char*> values) {
  json list = json::array();
  for (const char* v : values) list.push_back(v);
  return {{"type", "string"}, {"enum", list}};
}
// Closed objects: additionalProperties false documents that unknown fields are refused (422).
json object(std::initializer_list<const char*> required, json properties, bool closed = false) {
  json j = {{"type", "object"}, {"properties", std::move(properties)}};
  if (required.size()) {
    j["required"] = json::array();
    for (const char* name : required) j["required"].push_back(name);
  }
  if (closed) j["additionalProperties"] = false;
  return j;
}

json user_properties() {
  return {{"id", str()}, {"email", str()}, {"full_name", str()}, {"phone", str()},
          {"user_type", enumeration({"BUYER", "VENDOR", "ADMIN", "SUPERUSER"})}, {"is_active", boolean()},
          {"vendor_status", {{"type", "string"}, {"nullable", true}, {"enum", {"PENDING", "APPROVED", "REJECTED", nullptr}}}},
          {"created_at", str()}};
}

}  // namespace

void define_auth_schemas(Router& r) {
  r.define_schema("User", object({"id", "email", "full_name", "user_type", "is_active", "vendor_status", "created_at"}, user_properties()));
  json managed = user_properties();
  managed["locked_until"] = nullable_str("set while the account is locked out");
  managed["last_login_at"] = nullable_str();
  r.define_schema("ManagedUser", object({"id", "email", "user_type", "is_active"}, managed));
  r.define_schema("LoginRequest", object({"email", "password"}, {{"email", str()}, {"password", {{"type", "string"}, {"format", "password"}}}}, true));
  r.define_schema("LoginResult", object({"access_token", "refresh_token", "token_type", "expires_in", "user"},
                                        {{"access_token", str("opaque; 30 minutes")},
                                         {"refresh_token", str("opaque; rotates on every use; also the mestore_refresh cookie")},
                                         {"token_type", enumeration({"bearer"})},
                                         {"expires_in", integer()},
                                         {"user", ref("User")}}));
  r.define_schema("RefreshRequest", object({}, {{"refresh_token", str("omit to use the cookie (then send X-MeStore-CSRF: 1)")}}, true));
  r.define_schema("RegisterRequest", object({"email", "password", "full_name"},
                                            {{"email", str()}, {"password", {{"type", "string"}, {"format", "password"}, {"minLength", 12}, {"maxLength", 128}}},
                                             {"full_name", str()}, {"phone", str("Colombian mobile")},
                                             {"user_type", enumeration({"BUYER"})}}, true));
  r.define_schema("ProfileUpdate", object({}, {{"full_name", str()}, {"phone", str()}}, true));
  r.define_schema("ChangePasswordRequest", object({"current_password", "new_password"},
                                                  {{"current_password", {{"type", "string"}, {"format", "password"}}},
                                                   {"new_password", {{"type", "string"}, {"format", "password"}, {"minLength", 12}, {"maxLength", 128}}}}, true));
  r.define_schema("Session", object({"id", "created_at", "last_seen_at", "current"},
                                    {{"id", str()}, {"created_at", str()}, {"last_seen_at", str()}, {"expires_at", str()},
                                     {"ip", str()}, {"user_agent", str()}, {"device", str()}, {"current", boolean()}}));
  r.define_schema("UserCreate", object({"email", "password", "full_name", "user_type"},
                                       {{"email", str()}, {"password", {{"type", "string"}, {"format", "password"}}}, {"full_name", str()},
                                        {"phone", str()}, {"user_type", enumeration({"BUYER", "ADMIN", "SUPERUSER"})}, {"is_active", boolean()}}, true));
  r.define_schema("UserUpdate", object({}, {{"full_name", str()}, {"phone", str()}, {"is_active", boolean()},
                                            {"user_type", enumeration({"BUYER", "ADMIN", "SUPERUSER"})}}, true));
  r.define_schema("BulkAction", object({"action", "user_ids"}, {{"action", enumeration({"activate", "deactivate", "unlock"})},
                                                               {"user_ids", {{"type", "array"}, {"items", str()}, {"minItems", 1}, {"maxItems", 100}}}}, true));
  r.define_schema("VendorRegisterRequest",
                  object({"email", "password", "full_name", "phone", "business_name", "city", "document_number"},
                         {{"email", str()}, {"password", {{"type", "string"}, {"format", "password"}}}, {"full_name", str()},
                          {"phone", {{"type", "string"}, {"pattern", "^(\\+57|57)?3\\d{9}$"}}}, {"business_name", str()}, {"city", str()},
                          {"document_number", {{"type", "string"}, {"pattern", "^\\d{6,10}(-\\d)?$"}}},
                          {"business_type", enumeration({"persona_natural", "empresa"})}, {"description", str()}}, true));
  r.define_schema("VendorApplication",
                  object({"id", "user_id", "email", "business_name", "status"},
                         {{"id", str()}, {"user_id", str()}, {"email", str()}, {"full_name", str()}, {"phone", str()},
                          {"business_name", str()}, {"city", str()}, {"document_number", str()}, {"business_type", str()},
                          {"description", str()}, {"status", enumeration({"PENDING", "APPROVED", "REJECTED"})},
                          {"applied_at", str()}, {"reviewed_at", nullable_str()}, {"rejection_reason", nullable_str()}}));
  r.define_schema("RejectRequest", object({"reason"}, {{"reason", {{"type", "string"}, {"minLength", 5}, {"maxLength", 500}}}}, true));
  r.define_schema("AuditEntry",
                  object({"seq", "at", "actor_id", "actor_email", "action", "target", "result", "ip", "details", "prev_hash", "hash"},
                         {{"seq", integer()}, {"at", str()}, {"actor_id", str()}, {"actor_email", str()}, {"action", str()},
                          {"target", str()}, {"result", str()}, {"ip", str()}, {"details", {{"type", "object"}}},
                          {"prev_hash", str("hex BLAKE2b-256")},
                          {"hash", str("hex BLAKE2b-256(prev_hash ‖ canonical JSON of seq, at, actor_id, actor_email, action, target, result, ip, details)")}}));
  r.define_schema("AuditHead", object({"seq", "hash", "signature", "key_id", "signed_at"},
                                      {{"seq", integer()}, {"hash", str()},
                                       {"signature", str("base64 Ed25519 over \"mestore-audit-head/v1\\n\" + seq + \"\\n\" + hash")},
                                       {"key_id", str()}, {"signed_at", str()}}));
  r.define_schema("AuditVerification", object({"ok", "entries", "head_seq", "signature_valid"},
                                              {{"ok", boolean()}, {"entries", integer()}, {"head_seq", integer()},
                                               {"first_broken_seq", {{"type", "integer"}, {"nullable", true}}},
                                               {"problem", str()}, {"signature_valid", boolean()}}));
  r.define_schema("KeySet", object({"keys"}, {{"keys", {{"type", "array"}, {"items", object({"key_id", "algorithm", "public_key"},
      {{"key_id", str()}, {"algorithm", enumeration({"Ed25519"})}, {"public_key", str("base64, 32 bytes")}})}}}}));
}

}  // namespace stub
