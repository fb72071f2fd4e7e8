// The vendor portal's and the admin back office's order views and dashboards:
//   GET  /api/v1/admin/orders, /admin/orders/{id}, POST /admin/orders/{id}/status
//   GET  /api/v1/vendors/me/orders, POST /vendors/me/orders/{order_id}/items/{item_id}/fulfilment
//   GET  /api/v1/vendors/me/dashboard, /admin/dashboard?days=N
// Money is integer COP everywhere; dates are ISO 8601 UTC (daily points: YYYY-MM-DD).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"
#include "orders.hpp"
#include "payments.hpp"

namespace mestore {

// GET /admin/orders parameters; empty strings are left out of the query.
struct AdminOrderQuery {
  int page = 1;
  int size = 20;             // ≤ 100
  std::string status;
  std::string q;             // order number or buyer email substring
  std::string date_from;     // YYYY-MM-DD, inclusive
  std::string date_to;       // YYYY-MM-DD, inclusive
  std::string vendor_id;
  std::string sort;          // created_at | total | status | order_number
  std::string order;         // asc | desc
};

// One row of the admin's order table: enough to list, never the whole order.
struct AdminOrderRow {
  std::string id;
  std::string order_number;
  std::string buyer_id;
  std::string buyer_name;
  std::string buyer_email;
  std::string status;
  std::string payment_status;
  Cop total;
  int item_count = 0;  // lines of the order
  std::string created_at;
};
inline void from_json(const json& j, AdminOrderRow& r) {
  decode::required(j, "id", r.id);
  decode::required(j, "order_number", r.order_number);
  decode::required(j, "buyer_id", r.buyer_id);
  decode::required(j, "buyer_name", r.buyer_name);
  decode::required(j, "buyer_email", r.buyer_email);
  decode::required(j, "status", r.status);
  decode::required(j, "payment_status", r.payment_status);
  decode::required(j, "total", r.total);
  decode::required(j, "item_count", r.item_count);
  decode::required(j, "created_at", r.created_at);
}
inline void to_json(json& j, const AdminOrderRow& r) {
  j = {{"id", r.id}, {"order_number", r.order_number}, {"buyer_id", r.buyer_id}, {"buyer_name", r.buyer_name},
       {"buyer_email", r.buyer_email}, {"status", r.status}, {"payment_status", r.payment_status}, {"total", r.total},
       {"item_count", r.item_count}, {"created_at", r.created_at}};
}

struct OrderBuyer {
  std::string id;
  std::string email;
  std::string full_name;
  std::string phone;
};
inline void from_json(const json& j, OrderBuyer& b) {
  decode::required(j, "id", b.id);
  decode::required(j, "email", b.email);
  decode::required(j, "full_name", b.full_name);
  decode::optional(j, "phone", b.phone);
}
inline void to_json(json& j, const OrderBuyer& b) {
  j = {{"id", b.id}, {"email", b.email}, {"full_name", b.full_name}, {"phone", b.phone}};
}

// One status change, with who made it (the buyer's tracking view leaves the actor out).
struct OrderEvent {
  std::optional<std::string> from_status;  // null for the order's creation
  std::string to_status;
  std::string at;
  std::string actor_id;
  std::string note;
};
inline void from_json(const json& j, OrderEvent& e) {
  decode::required(j, "from_status", e.from_status);
  decode::required(j, "to_status", e.to_status);
  decode::required(j, "at", e.at);
  decode::optional(j, "actor_id", e.actor_id);
  decode::optional(j, "note", e.note);
}
inline void to_json(json& j, const OrderEvent& e) {
  j = {{"from_status", json_or_null(e.from_status)}, {"to_status", e.to_status}, {"at", e.at}, {"actor_id", e.actor_id},
       {"note", e.note}};
}

struct AdminOrderDetail {
  Order order;
  OrderBuyer buyer;
  std::vector<OrderEvent> events;          // oldest first
  std::vector<Payment> payments;           // newest first
  std::vector<std::string> allowed_next;   // the statuses an admin may move it to now
};
inline void from_json(const json& j, AdminOrderDetail& d) {
  decode::required(j, "order", d.order);
  decode::required(j, "buyer", d.buyer);
  decode::required(j, "events", d.events);
  decode::required(j, "payments", d.payments);
  decode::required(j, "allowed_next", d.allowed_next);
}
inline void to_json(json& j, const AdminOrderDetail& d) {
  j = {{"order", d.order}, {"buyer", d.buyer}, {"events", d.events}, {"payments", d.payments}, {"allowed_next", d.allowed_next}};
}

struct OrderStatusRequest {
  std::string status;
  std::string note;  // optional, ≤ 500
};
inline void from_json(const json& j, OrderStatusRequest& r) {
  decode::required(j, "status", r.status);
  decode::optional(j, "note", r.note);
}
inline void to_json(json& j, const OrderStatusRequest& r) {
  j = {{"status", r.status}};
  if (!r.note.empty()) j["note"] = r.note;
}

// An order as one vendor sees it: only that vendor's lines, and no buyer contact beyond the city.
struct VendorOrder {
  std::string order_id;
  std::string order_number;
  std::string status;
  std::string payment_status;
  std::string shipping_city;
  std::string created_at;
  Cop vendor_subtotal;  // Σ line_total of this vendor's lines
  std::vector<OrderLine> items;
};
inline void from_json(const json& j, VendorOrder& o) {
  decode::required(j, "order_id", o.order_id);
  decode::required(j, "order_number", o.order_number);
  decode::required(j, "status", o.status);
  decode::required(j, "payment_status", o.payment_status);
  decode::required(j, "shipping_city", o.shipping_city);
  decode::required(j, "created_at", o.created_at);
  decode::required(j, "vendor_subtotal", o.vendor_subtotal);
  decode::required(j, "items", o.items);
}
inline void to_json(json& j, const VendorOrder& o) {
  j = {{"order_id", o.order_id}, {"order_number", o.order_number}, {"status", o.status}, {"payment_status", o.payment_status},
       {"shipping_city", o.shipping_city}, {"created_at", o.created_at}, {"vendor_subtotal", o.vendor_subtotal}, {"items", o.items}};
}

struct FulfilmentRequest {
  std::string status;  // preparing | ready_to_ship
};
inline void from_json(const json& j, FulfilmentRequest& r) { decode::required(j, "status", r.status); }
inline void to_json(json& j, const FulfilmentRequest& r) { j = {{"status", r.status}}; }

struct StatusCount {
  std::string status;
  std::int64_t count = 0;
};
inline void from_json(const json& j, StatusCount& c) {
  decode::required(j, "status", c.status);
  decode::required(j, "count", c.count);
}
inline void to_json(json& j, const StatusCount& c) { j = {{"status", c.status}, {"count", c.count}}; }

struct VendorDashboard {
  std::string month;                // YYYY-MM (UTC) the sales figure covers
  Cop sales_this_month;             // Σ this vendor's line totals in orders confirmed or later, not cancelled/refunded
  std::int64_t orders_this_month = 0;
  std::int64_t orders_to_prepare = 0;  // paid orders with a line of this vendor still pending or preparing
  Cop earnings_due;                 // Σ vendor_amount of PENDING/APPROVED commissions: what MeStore owes the vendor
  Cop commission_due;               // Σ commission_amount of the same commissions: the platform's share
  std::vector<StatusCount> products_by_status;
};
inline void from_json(const json& j, VendorDashboard& d) {
  decode::required(j, "month", d.month);
  decode::required(j, "sales_this_month", d.sales_this_month);
  decode::required(j, "orders_this_month", d.orders_this_month);
  decode::required(j, "orders_to_prepare", d.orders_to_prepare);
  decode::required(j, "earnings_due", d.earnings_due);
  decode::required(j, "commission_due", d.commission_due);
  decode::required(j, "products_by_status", d.products_by_status);
}
inline void to_json(json& j, const VendorDashboard& d) {
  j = {{"month", d.month}, {"sales_this_month", d.sales_this_month}, {"orders_this_month", d.orders_this_month},
       {"orders_to_prepare", d.orders_to_prepare}, {"earnings_due", d.earnings_due}, {"commission_due", d.commission_due},
       {"products_by_status", d.products_by_status}};
}

struct DailyPoint {
  std::string date;  // YYYY-MM-DD (UTC)
  Cop gmv;
  std::int64_t orders = 0;
};
inline void from_json(const json& j, DailyPoint& p) {
  decode::required(j, "date", p.date);
  decode::required(j, "gmv", p.gmv);
  decode::required(j, "orders", p.orders);
}
inline void to_json(json& j, const DailyPoint& p) { j = {{"date", p.date}, {"gmv", p.gmv}, {"orders", p.orders}}; }

struct VendorSales {
  std::string vendor_id;
  std::string business_name;
  Cop sales;
  std::int64_t orders = 0;
};
inline void from_json(const json& j, VendorSales& v) {
  decode::required(j, "vendor_id", v.vendor_id);
  decode::required(j, "business_name", v.business_name);
  decode::required(j, "sales", v.sales);
  decode::required(j, "orders", v.orders);
}
inline void to_json(json& j, const VendorSales& v) {
  j = {{"vendor_id", v.vendor_id}, {"business_name", v.business_name}, {"sales", v.sales}, {"orders", v.orders}};
}

// GMV and order counts count orders confirmed or later that were not cancelled or refunded,
// by the day they were placed; the previous period is the `days` before this one (the trend).
struct AdminDashboard {
  int days = 30;
  std::string period_from;  // ISO, inclusive
  std::string period_to;    // ISO, exclusive (now)
  Cop gmv;
  Cop gmv_previous;
  std::int64_t orders = 0;
  std::int64_t orders_previous = 0;
  std::vector<StatusCount> orders_by_status;  // every order placed in the period, any status
  std::int64_t active_vendors = 0;
  std::vector<StatusCount> products_by_status;
  Cop commission_revenue;                     // Σ platform_amount of live commissions of the period's orders
  std::vector<DailyPoint> daily;              // one per day, oldest first, zero days present
  std::vector<VendorSales> top_vendors;       // at most 5, by sales
  std::int64_t open_fraud_alerts = 0;
};
inline void from_json(const json& j, AdminDashboard& d) {
  decode::required(j, "days", d.days);
  decode::required(j, "period_from", d.period_from);
  decode::required(j, "period_to", d.period_to);
  decode::required(j, "gmv", d.gmv);
  decode::required(j, "gmv_previous", d.gmv_previous);
  decode::required(j, "orders", d.orders);
  decode::required(j, "orders_previous", d.orders_previous);
  decode::required(j, "orders_by_status", d.orders_by_status);
  decode::required(j, "active_vendors", d.active_vendors);
  decode::required(j, "products_by_status", d.products_by_status);
  decode::required(j, "commission_revenue", d.commission_revenue);
  decode::required(j, "daily", d.daily);
  decode::required(j, "top_vendors", d.top_vendors);
  decode::required(j, "open_fraud_alerts", d.open_fraud_alerts);
}
inline void to_json(json& j, const AdminDashboard& d) {
  j = {{"days", d.days}, {"period_from", d.period_from}, {"period_to", d.period_to}, {"gmv", d.gmv},
       {"gmv_previous", d.gmv_previous}, {"orders", d.orders}, {"orders_previous", d.orders_previous},
       {"orders_by_status", d.orders_by_status}, {"active_vendors", d.active_vendors},
       {"products_by_status", d.products_by_status}, {"commission_revenue", d.commission_revenue}, {"daily", d.daily},
       {"top_vendors", d.top_vendors}, {"open_fraud_alerts", d.open_fraud_alerts}};
}

}  // namespace mestore
