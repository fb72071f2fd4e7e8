// OpenAPI schemas of the back office's wire types (client/wire/backoffice.hpp), derived from
// filled-in examples like the money schemas, so the document follows the types.
#include "client/wire/backoffice.hpp"
#include "routes.hpp"

namespace stub {

void define_backoffice_schemas(Router& r) {
  r.define_schema("AdminOrderRow", schema_from_example(mestore::AdminOrderRow{}));
  mestore::AdminOrderDetail detail;
  detail.order.items.push_back({});
  detail.order.tracking.events.push_back({});
  detail.events.push_back({std::string("pending"), "confirmed", "", "", ""});
  mestore::Payment payment;
  payment.fraud = mestore::FraudSummary{};
  detail.payments.push_back(payment);
  detail.allowed_next.push_back("processing");
  r.define_schema("AdminOrderDetail", schema_from_example(detail));
  r.define_schema("OrderStatusRequest", closed_schema(schema_from_example(mestore::OrderStatusRequest{"shipped", "x"}), {"status"}));
  mestore::VendorOrder vendor_order;
  vendor_order.items.push_back({});
  r.define_schema("VendorOrder", schema_from_example(vendor_order));
  r.define_schema("FulfilmentRequest", closed_schema(schema_from_example(mestore::FulfilmentRequest{"preparing"}), {"status"}));
  mestore::VendorDashboard vendor_dashboard;
  vendor_dashboard.products_by_status.push_back({});
  r.define_schema("VendorDashboard", schema_from_example(vendor_dashboard));
  mestore::AdminDashboard admin;
  admin.orders_by_status.push_back({});
  admin.products_by_status.push_back({});
  admin.daily.push_back({});
  admin.top_vendors.push_back({});
  r.define_schema("AdminDashboard", schema_from_example(admin));
}

}  // namespace stub
