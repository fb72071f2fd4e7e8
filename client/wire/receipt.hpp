// A paid order's receipt, signed by the server with Ed25519 (GET /api/v1/orders/{id}/receipt):
//   {receipt: {...}, signature: base64(Ed25519 over canonical(receipt)), key_id}
// canonical() and verification live in client/receipt.hpp, shared by the server and the browser.
#pragma once
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

struct ReceiptLine {
  std::string sku;
  std::string name;
  Cop unit_price;
  int quantity = 0;
  Cop line_total;
};

inline void from_json(const json& j, ReceiptLine& l) {
  decode::required(j, "sku", l.sku);
  decode::required(j, "name", l.name);
  decode::required(j, "unit_price", l.unit_price);
  decode::required(j, "quantity", l.quantity);
  decode::required(j, "line_total", l.line_total);
}
inline void to_json(json& j, const ReceiptLine& l) {
  j = {{"sku", l.sku}, {"name", l.name}, {"unit_price", l.unit_price}, {"quantity", l.quantity}, {"line_total", l.line_total}};
}

// How it was paid. Only what a receipt may show: a card's brand and last four, a PSE bank, the
// gateway's reference; never a card number.
struct ReceiptPayment {
  std::string method;      // CARD | PSE | EFECTY
  std::string card_brand;  // CARD only
  std::string last_four;   // CARD only
  std::string bank;        // PSE only
  std::string reference;   // the gateway's payment reference
};

inline void from_json(const json& j, ReceiptPayment& p) {
  decode::required(j, "method", p.method);
  decode::optional(j, "card_brand", p.card_brand);
  decode::optional(j, "last_four", p.last_four);
  decode::optional(j, "bank", p.bank);
  decode::required(j, "reference", p.reference);
}
// Fields that do not apply are left out, so the canonical form has one spelling per receipt.
inline void to_json(json& j, const ReceiptPayment& p) {
  j = {{"method", p.method}, {"reference", p.reference}};
  if (!p.card_brand.empty()) j["card_brand"] = p.card_brand;
  if (!p.last_four.empty()) j["last_four"] = p.last_four;
  if (!p.bank.empty()) j["bank"] = p.bank;
}

struct Receipt {
  int version = 1;
  std::string order_number;  // ORD-YYYYMMDD-XXXXXXXX
  std::string issued_at;     // ISO 8601 UTC
  std::string buyer_email;
  std::vector<ReceiptLine> lines;
  Cop subtotal;
  Cop iva;
  Cop shipping;
  Cop total;
  std::string currency = "COP";
  ReceiptPayment payment;
  std::string status;  // the order's status when the receipt was issued
};

inline void from_json(const json& j, Receipt& r) {
  decode::required(j, "version", r.version);
  decode::required(j, "order_number", r.order_number);
  decode::required(j, "issued_at", r.issued_at);
  decode::required(j, "buyer_email", r.buyer_email);
  decode::required(j, "lines", r.lines);
  decode::required(j, "subtotal", r.subtotal);
  decode::required(j, "iva", r.iva);
  decode::required(j, "shipping", r.shipping);
  decode::required(j, "total", r.total);
  decode::required(j, "currency", r.currency);
  decode::required(j, "payment", r.payment);
  decode::required(j, "status", r.status);
}
inline void to_json(json& j, const Receipt& r) {
  j = {{"version", r.version}, {"order_number", r.order_number}, {"issued_at", r.issued_at},
       {"buyer_email", r.buyer_email}, {"lines", r.lines}, {"subtotal", r.subtotal}, {"iva", r.iva},
       {"shipping", r.shipping}, {"total", r.total}, {"currency", r.currency}, {"payment", r.payment},
       {"status", r.status}};
}

// The signed document as it travels. `receipt` stays raw JSON: verification runs over exactly what
// the server sent, and decode it into Receipt only for display.
struct SignedReceipt {
  json receipt;
  std::string signature;  // base64 (standard alphabet, padded) of the 64-byte Ed25519 signature
  std::string key_id;     // which server key signed it, see receipt_key_id()
};

inline void from_json(const json& j, SignedReceipt& s) {
  decode::required(j, "receipt", s.receipt);
  if (!s.receipt.is_object()) throw DecodeError("receipt", "expected object");
  decode::required(j, "signature", s.signature);
  decode::required(j, "key_id", s.key_id);
}
inline void to_json(json& j, const SignedReceipt& s) {
  j = {{"receipt", s.receipt}, {"signature", s.signature}, {"key_id", s.key_id}};
}

}  // namespace mestore
