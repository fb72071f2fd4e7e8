// Quotes: POST /api/v1/orders/quote. The client sends product ids and quantities only; every
// amount in the answer is computed by the server from database prices.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

struct QuoteItem {
  std::string product_id;
  int quantity = 1;
};

inline void from_json(const json& j, QuoteItem& i) {
  decode::required(j, "product_id", i.product_id);
  decode::required(j, "quantity", i.quantity);
}
inline void to_json(json& j, const QuoteItem& i) { j = {{"product_id", i.product_id}, {"quantity", i.quantity}}; }

// The request body. It has no price or total fields: the server refuses them (422).
struct QuoteRequest {
  std::vector<QuoteItem> items;  // 1 … 100 lines, each product at most once
};

inline void from_json(const json& j, QuoteRequest& r) { decode::required(j, "items", r.items); }
inline void to_json(json& j, const QuoteRequest& r) { j = {{"items", r.items}}; }

// One priced line. `problem` says why a line cannot be ordered as it is:
//   NOT_FOUND    no such product (or not public)
//   UNAVAILABLE  not for sale now: not approved, or sold out (available = 0)
// Such lines count nothing towards the totals. Asking for more than is available is not a line
// problem but a 422 on items[i].quantity (error_type INSUFFICIENT_STOCK), like any bad quantity.
struct QuoteLine {
  std::string product_id;
  std::string sku;
  std::string name;
  Cop unit_price;
  int quantity = 0;
  Cop line_total;
  int available = 0;
  std::optional<std::string> problem;
};

inline void from_json(const json& j, QuoteLine& l) {
  decode::required(j, "product_id", l.product_id);
  decode::optional(j, "sku", l.sku);
  decode::optional(j, "name", l.name);
  decode::required(j, "unit_price", l.unit_price);
  decode::required(j, "quantity", l.quantity);
  decode::required(j, "line_total", l.line_total);
  decode::required(j, "available", l.available);
  decode::optional(j, "problem", l.problem);
}
inline void to_json(json& j, const QuoteLine& l) {
  j = {{"product_id", l.product_id}, {"sku", l.sku}, {"name", l.name}, {"unit_price", l.unit_price},
       {"quantity", l.quantity}, {"line_total", l.line_total}, {"available", l.available},
       {"problem", l.problem ? json(*l.problem) : json(nullptr)}};
}

struct Quote {
  std::vector<QuoteLine> lines;  // in request order
  Cop subtotal;                  // Σ line totals of orderable lines
  Cop iva;                       // 19 % of the subtotal, rounded half up
  Cop shipping;                  // 15 000, or 0 from free_shipping_from
  Cop total;
  Cop free_shipping_from;        // 200 000
  int iva_rate_percent = 19;
  std::string currency = "COP";
  bool orderable = false;        // every line is orderable: POST /orders would accept these lines
};

inline void from_json(const json& j, Quote& q) {
  decode::required(j, "lines", q.lines);
  decode::required(j, "subtotal", q.subtotal);
  decode::required(j, "iva", q.iva);
  decode::required(j, "shipping", q.shipping);
  decode::required(j, "total", q.total);
  decode::required(j, "free_shipping_from", q.free_shipping_from);
  decode::optional(j, "iva_rate_percent", q.iva_rate_percent);
  decode::optional(j, "currency", q.currency);
  decode::required(j, "orderable", q.orderable);
}
inline void to_json(json& j, const Quote& q) {
  j = {{"lines", q.lines}, {"subtotal", q.subtotal}, {"iva", q.iva}, {"shipping", q.shipping}, {"total", q.total},
       {"free_shipping_from", q.free_shipping_from}, {"iva_rate_percent", q.iva_rate_percent},
       {"currency", q.currency}, {"orderable", q.orderable}};
}

}  // namespace mestore
