// Each feature adds its routes to the one table. A handler is a one-line call into a named function.
#pragma once
#include "../http/router.hpp"
#include "../stub.hpp"
#include "client/wire/audit.hpp"
#include "client/wire/auth.hpp"
#include "client/wire/health.hpp"
#include "client/wire/product.hpp"

namespace stub {

// A reference to a named schema of /openapi.json (Router::define_schema).
inline nlohmann::json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

void add_health_routes(Router& r, Stub& s);
void add_catalog_routes(Router& r, Stub& s);
void add_auth_routes(Router& r, Stub& s);
void add_session_routes(Router& r, Stub& s);
void add_users_routes(Router& r, Stub& s);
void add_vendor_application_routes(Router& r, Stub& s);
void add_audit_routes(Router& r, Stub& s);
void add_dev_routes(Router& r, Stub& s);
void define_auth_schemas(Router& r);
void add_quote_routes(Router& r, Stub& s);
void define_catalog_schemas(Router& r);
void add_vendor_product_routes(Router& r, Stub& s);
void add_product_image_routes(Router& r, Stub& s);
void add_product_approval_routes(Router& r, Stub& s);
void add_order_routes(Router& r, Stub& s);
void add_payment_routes(Router& r, Stub& s);
void add_fraud_routes(Router& r, Stub& s);
void add_commission_routes(Router& r, Stub& s);
void add_receipt_routes(Router& r, Stub& s);
void define_money_schemas(Router& r);
void define_backoffice_schemas(Router& r);
void add_admin_order_routes(Router& r, Stub& s);
void add_vendor_order_routes(Router& r, Stub& s);
void add_admin_dashboard_routes(Router& r, Stub& s);
// An OpenAPI schema derived from a filled-in example of a wire type (money_schemas.cpp), and the
// same closed to unknown fields with its required ones listed (for request bodies).
nlohmann::json schema_from_example(const nlohmann::json& example);
nlohmann::json closed_schema(nlohmann::json schema, std::initializer_list<const char*> required);

inline void add_all_routes(Router& r, Stub& s) {
  add_health_routes(r, s);
  define_catalog_schemas(r);
  add_catalog_routes(r, s);
  define_auth_schemas(r);
  add_auth_routes(r, s);
  add_session_routes(r, s);
  add_users_routes(r, s);
  add_vendor_application_routes(r, s);
  add_audit_routes(r, s);
  add_dev_routes(r, s);
  add_quote_routes(r, s);
  add_vendor_product_routes(r, s);
  add_product_image_routes(r, s);
  add_product_approval_routes(r, s);
  define_money_schemas(r);
  add_order_routes(r, s);
  add_payment_routes(r, s);
  add_fraud_routes(r, s);
  add_commission_routes(r, s);
  add_receipt_routes(r, s);
  define_backoffice_schemas(r);
  add_admin_order_routes(r, s);
  add_vendor_order_routes(r, s);
  add_admin_dashboard_routes(r, s);
}

}  // namespace stub
