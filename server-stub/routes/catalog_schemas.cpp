// OpenAPI schemas of the catalog and catalog-management wire types (client/wire/product.hpp,
// vendor_product.hpp, dev_controls.hpp), referred to by the routes with ref("Name").
#include "routes.hpp"

namespace stub {
namespace {

json type(const char* t) { return {{"type", t}}; }
json nullable(const char* t) { return {{"type", t}, {"nullable", true}}; }
json pesos() { return {{"type", "integer"}, {"description", "whole Colombian pesos"}}; }
json object(std::vector<std::string> required, json properties, bool closed = false) {
  json j = {{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) j["required"] = required;
  if (closed) j["additionalProperties"] = false;  // unknown fields are refused with a 422 naming them
  return j;
}
json statuses() { return {{"type", "string"}, {"enum", {"DRAFT", "PENDING", "APPROVED", "REJECTED", "INACTIVE"}}}; }

json product_input(bool create, bool full) {
  json props = {{"name", {{"type", "string"}, {"minLength", 2}, {"maxLength", 200}}},
                {"sku", {{"type", "string"}, {"pattern", "^[A-Z0-9-]{3,50}$"}, {"description", "unique; lowercase is upper-cased"}}},
                {"description", {{"type", "string"}, {"maxLength", 1000}}},
                {"price", {{"type", "integer"}, {"minimum", 100}, {"maximum", 100000000}}},
                {"cost_price", {{"type", "integer"}, {"minimum", 0}, {"nullable", true}, {"description", "≤ price; never public"}}},
                {"category_id", {{"type", "string"}, {"description", "category id or slug"}}},
                {"stock", {{"type", "integer"}, {"minimum", 0}, {"maximum", 1000000}, {"description", "units on hand"}}}};
  if (create) props["draft"] = {{"type", "boolean"}, {"description", "true: keep as DRAFT instead of PENDING"}};
  std::vector<std::string> required;
  if (full) required = {"name", "sku", "price", "category_id"};
  if (full && !create) required.push_back("stock");
  return object(required, props, true);
}

}  // namespace

void define_catalog_schemas(Router& r) {
  r.define_schema("Product", object({"id", "sku", "name", "price", "stock_available"},
                                    {{"id", type("string")}, {"sku", type("string")}, {"name", type("string")},
                                     {"description", type("string")}, {"price", pesos()}, {"category_id", type("string")},
                                     {"category_name", type("string")}, {"vendor_id", type("string")},
                                     {"vendor_name", type("string")}, {"stock_available", type("integer")},
                                     {"image_url", type("string")}, {"status", type("string")},
                                     {"images", {{"type", "array"}, {"items", type("string")}}},
                                     {"vendor", object({"id", "name", "city"}, {{"id", type("string")}, {"name", type("string")}, {"city", type("string")}})}}));
  r.define_schema("ProductImage", object({"id", "url", "mime", "width", "height", "bytes", "position"},
                                         {{"id", type("string")}, {"url", type("string")},
                                          {"mime", {{"type", "string"}, {"enum", {"image/jpeg", "image/png", "image/webp"}}}},
                                          {"width", type("integer")}, {"height", type("integer")}, {"bytes", type("integer")},
                                          {"position", type("integer")}}));
  r.define_schema("VendorProduct",
                  object({"id", "sku", "name", "description", "price", "cost_price", "category_id", "category_name", "status",
                          "stock_quantity", "stock_reserved", "stock_available", "image_url", "images", "rejection_reason",
                          "submitted_at", "reviewed_at", "created_at", "updated_at"},
                         {{"id", type("string")}, {"sku", type("string")}, {"name", type("string")}, {"description", type("string")},
                          {"price", pesos()}, {"cost_price", nullable("integer")}, {"category_id", type("string")},
                          {"category_name", type("string")}, {"status", statuses()}, {"stock_quantity", type("integer")},
                          {"stock_reserved", type("integer")}, {"stock_available", type("integer")}, {"image_url", type("string")},
                          {"images", {{"type", "array"}, {"items", ref("ProductImage")}}},
                          {"rejection_reason", nullable("string")}, {"submitted_at", nullable("string")},
                          {"reviewed_at", nullable("string")}, {"created_at", type("string")}, {"updated_at", type("string")}}));
  r.define_schema("ProductCreate", product_input(true, true));
  r.define_schema("ProductReplace", product_input(false, true));
  r.define_schema("ProductPatch", product_input(false, false));
  r.define_schema("PendingProduct",
                  object({"id", "sku", "name", "description", "price", "category_id", "category_name", "vendor_id", "vendor_name",
                          "stock_available", "image_url", "image_count", "status", "submitted_at", "updated_at"},
                         {{"id", type("string")}, {"sku", type("string")}, {"name", type("string")}, {"description", type("string")},
                          {"price", pesos()}, {"category_id", type("string")}, {"category_name", type("string")},
                          {"vendor_id", type("string")}, {"vendor_name", type("string")}, {"stock_available", type("integer")},
                          {"image_url", type("string")}, {"image_count", type("integer")}, {"status", statuses()},
                          {"submitted_at", type("string")}, {"updated_at", type("string")}}));
  r.define_schema("ChaosRule", object({"pattern"}, {{"pattern", {{"type", "string"}, {"description", "glob over the path: * and ?"}}},
                                                    {"latency_ms", {{"type", "integer"}, {"minimum", 0}, {"maximum", 30000}}},
                                                    {"error_rate", {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}}},
                                      true));
  r.define_schema("ChaosConfig", object({"rules"}, {{"rules", {{"type", "array"}, {"maxItems", 50}, {"items", ref("ChaosRule")}}}}, true));
  r.define_schema("Faults", object({"active"}, {{"active", {{"type", "array"}, {"items", type("string")}}},
                                                {"known", {{"type", "array"}, {"items", type("string")}}}}));
  r.define_schema("ResetResult", object({"tables", "rows", "ms"}, {{"tables", type("integer")}, {"rows", type("integer")}, {"ms", type("integer")}}));
}

}  // namespace stub
