// Orders: POST /api/v1/orders (Idempotency-Key), GET /orders, GET /orders/{id},
// POST /orders/{id}/cancel. The request names products and quantities only; every amount in
// an Order comes from the server's database (a price or total field in the request is a 422).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"
#include "commerce.hpp"

namespace mestore {

// Where the order goes. MeStore's flat field names (shipping_name, …) on the wire.
struct ShippingAddress {
  std::string name;         // 2–120 characters
  std::string phone;        // Colombian mobile: 3001234567, +573001234567
  std::string email;        // optional
  std::string address;      // 5–200
  std::string city;         // 2–80
  std::string state;        // department, 2–80
  std::string postal_code;  // optional, 6 digits
};

struct CreateOrderRequest {
  std::vector<QuoteItem> items;  // 1 … 100 lines, each product once, quantity 1 … available
  ShippingAddress shipping;
  std::string notes;             // optional, ≤ 500
};

inline void to_json(json& j, const CreateOrderRequest& r) {
  j = {{"items", r.items},
       {"shipping_name", r.shipping.name},
       {"shipping_phone", r.shipping.phone},
       {"shipping_address", r.shipping.address},
       {"shipping_city", r.shipping.city},
       {"shipping_state", r.shipping.state}};
  if (!r.shipping.email.empty()) j["shipping_email"] = r.shipping.email;
  if (!r.shipping.postal_code.empty()) j["shipping_postal_code"] = r.shipping.postal_code;
  if (!r.notes.empty()) j["notes"] = r.notes;
}
inline void from_json(const json& j, CreateOrderRequest& r) {
  decode::required(j, "items", r.items);
  decode::required(j, "shipping_name", r.shipping.name);
  decode::required(j, "shipping_phone", r.shipping.phone);
  decode::required(j, "shipping_address", r.shipping.address);
  decode::required(j, "shipping_city", r.shipping.city);
  decode::required(j, "shipping_state", r.shipping.state);
  decode::optional(j, "shipping_email", r.shipping.email);
  decode::optional(j, "shipping_postal_code", r.shipping.postal_code);
  decode::optional(j, "notes", r.notes);
}

struct OrderLine {
  std::string id;
  std::string product_id;
  std::string vendor_id;
  std::string sku;
  std::string name;
  Cop unit_price;  // the database price when the order was placed
  int quantity = 0;
  Cop line_total;
  std::string fulfilment_status;  // pending | preparing | ready_to_ship | shipped | delivered | cancelled
};

inline void from_json(const json& j, OrderLine& l) {
  decode::required(j, "id", l.id);
  decode::required(j, "product_id", l.product_id);
  decode::required(j, "vendor_id", l.vendor_id);
  decode::required(j, "sku", l.sku);
  decode::required(j, "name", l.name);
  decode::required(j, "unit_price", l.unit_price);
  decode::required(j, "quantity", l.quantity);
  decode::required(j, "line_total", l.line_total);
  decode::required(j, "fulfilment_status", l.fulfilment_status);
}
inline void to_json(json& j, const OrderLine& l) {
  j = {{"id", l.id}, {"product_id", l.product_id}, {"vendor_id", l.vendor_id}, {"sku", l.sku}, {"name", l.name},
       {"unit_price", l.unit_price}, {"quantity", l.quantity}, {"line_total", l.line_total},
       {"fulfilment_status", l.fulfilment_status}};
}

struct TrackingEvent {
  std::string status;  // the order status entered
  std::string at;      // ISO 8601 UTC
  std::string note;
};

inline void from_json(const json& j, TrackingEvent& e) {
  decode::required(j, "status", e.status);
  decode::required(j, "at", e.at);
  decode::optional(j, "note", e.note);
}
inline void to_json(json& j, const TrackingEvent& e) { j = {{"status", e.status}, {"at", e.at}, {"note", e.note}}; }

struct Tracking {
  std::optional<std::string> tracking_number;  // SHIP-YYYYMMDDHHMMSS-XXXXXXXX once confirmed
  std::string carrier;
  std::vector<TrackingEvent> events;           // oldest first
};

inline void from_json(const json& j, Tracking& t) {
  decode::required(j, "tracking_number", t.tracking_number);
  decode::required(j, "carrier", t.carrier);
  decode::required(j, "events", t.events);
}
inline void to_json(json& j, const Tracking& t) {
  j = {{"tracking_number", t.tracking_number ? json(*t.tracking_number) : json(nullptr)}, {"carrier", t.carrier},
       {"events", t.events}};
}

// Notes the server writes on tracking events (and as cancel reasons) by itself, in English like
// the rest of the API; screens translate them. Any other note is a person's own words (a buyer's
// cancel reason, an admin's note) and is shown as written.
namespace order_notes {
inline constexpr const char* kPlaced = "order placed";
inline constexpr const char* kPaymentApproved = "payment approved";
inline constexpr const char* kAllReadyToShip = "every item is ready to ship";
inline constexpr const char* kSetByAdmin = "status set by an admin";
inline constexpr const char* kFraudRejectedPrefix = "payment rejected by fraud review: ";  // + the analyst's reason
}  // namespace order_notes

// The cancel reason of an order nobody paid within its payment window (72 h; see the stub's
// orders/order_expiry.hpp).
inline constexpr const char* kPaymentWindowExpired = "payment window expired";

struct Order {
  std::string id;
  std::string order_number;    // ORD-YYYYMMDD-XXXXXXXX
  std::string status;          // pending | confirmed | processing | shipped | delivered | cancelled | refunded
  // unpaid | awaiting_cash (Efecty code issued) | in_review (held by fraud screening) | paid | refunded | void
  std::string payment_status;
  std::string buyer_id;
  std::vector<OrderLine> items;
  Cop subtotal, iva, shipping, total;
  std::string currency = "COP";
  ShippingAddress shipping_address;
  std::string notes;
  Tracking tracking;
  bool can_cancel = false;     // the buyer may cancel now
  bool can_pay = false;        // a payment may be started now
  // While payable: when the payment window closes and the order is cancelled (stock released).
  std::optional<std::string> payment_due_at;
  std::optional<std::string> cancel_reason;  // kPaymentWindowExpired when the system cancelled it
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> confirmed_at;
  std::optional<std::string> cancelled_at;
};

inline void from_json(const json& j, Order& o) {
  decode::required(j, "id", o.id);
  decode::required(j, "order_number", o.order_number);
  decode::required(j, "status", o.status);
  decode::required(j, "payment_status", o.payment_status);
  decode::required(j, "buyer_id", o.buyer_id);
  decode::required(j, "items", o.items);
  decode::required(j, "subtotal", o.subtotal);
  decode::required(j, "iva", o.iva);
  decode::required(j, "shipping", o.shipping);
  decode::required(j, "total", o.total);
  decode::optional(j, "currency", o.currency);
  decode::required(j, "shipping_name", o.shipping_address.name);
  decode::required(j, "shipping_phone", o.shipping_address.phone);
  decode::optional(j, "shipping_email", o.shipping_address.email);
  decode::required(j, "shipping_address", o.shipping_address.address);
  decode::required(j, "shipping_city", o.shipping_address.city);
  decode::required(j, "shipping_state", o.shipping_address.state);
  decode::optional(j, "shipping_postal_code", o.shipping_address.postal_code);
  decode::optional(j, "notes", o.notes);
  decode::required(j, "tracking", o.tracking);
  decode::required(j, "can_cancel", o.can_cancel);
  decode::required(j, "can_pay", o.can_pay);
  decode::optional(j, "payment_due_at", o.payment_due_at);
  decode::optional(j, "cancel_reason", o.cancel_reason);
  decode::required(j, "created_at", o.created_at);
  decode::required(j, "updated_at", o.updated_at);
  decode::optional(j, "confirmed_at", o.confirmed_at);
  decode::optional(j, "cancelled_at", o.cancelled_at);
}

inline json json_or_null(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

inline void to_json(json& j, const Order& o) {
  j = {{"id", o.id}, {"order_number", o.order_number}, {"status", o.status}, {"payment_status", o.payment_status},
       {"buyer_id", o.buyer_id}, {"items", o.items}, {"subtotal", o.subtotal}, {"iva", o.iva},
       {"shipping", o.shipping}, {"total", o.total}, {"currency", o.currency},
       {"shipping_name", o.shipping_address.name}, {"shipping_phone", o.shipping_address.phone},
       {"shipping_email", o.shipping_address.email}, {"shipping_address", o.shipping_address.address},
       {"shipping_city", o.shipping_address.city}, {"shipping_state", o.shipping_address.state},
       {"shipping_postal_code", o.shipping_address.postal_code}, {"notes", o.notes}, {"tracking", o.tracking},
       {"can_cancel", o.can_cancel}, {"can_pay", o.can_pay},
       {"payment_due_at", json_or_null(o.payment_due_at)}, {"cancel_reason", json_or_null(o.cancel_reason)},
       {"created_at", o.created_at}, {"updated_at", o.updated_at}, {"confirmed_at", json_or_null(o.confirmed_at)},
       {"cancelled_at", json_or_null(o.cancelled_at)}};
}

struct CancelOrderRequest {
  std::string reason;  // 3–500 characters
};
inline void to_json(json& j, const CancelOrderRequest& r) { j = {{"reason", r.reason}}; }
inline void from_json(const json& j, CancelOrderRequest& r) { decode::required(j, "reason", r.reason); }

}  // namespace mestore
