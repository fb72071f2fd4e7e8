// Signed receipts: GET /api/v1/orders/{id}/receipt → {receipt, signature, key_id} for a paid
// order, signed with the server's Ed25519 key (the one /api/v1/security/keys publishes). The
// buyer sees their own; staff see any; everyone else gets 404, as for an order that does not exist.
#include <cstring>

#include "../auth/caller.hpp"
#include "../commerce/receipt_signing.hpp"
#include "../orders/order_store.hpp"
#include "routes.hpp"

namespace stub {
namespace {

mestore::ReceiptPayment paid_with(SQLite::Database& db, const std::string& order_id) {
  SQLite::Statement q(db,
                      "SELECT method, card_brand, card_last4, bank_name, reference FROM payments"
                      " WHERE order_id = ? AND status IN ('APPROVED','REFUNDED') ORDER BY created_at DESC LIMIT 1");
  q.bind(1, order_id);
  if (!q.executeStep()) throw ApiFailure(409, "ORDER_NOT_PAID", "a receipt exists once the order is paid");
  mestore::ReceiptPayment p;
  p.method = q.getColumn(0).getString();
  p.card_brand = q.getColumn(1).getString();
  p.last_four = q.getColumn(2).getString();
  p.bank = q.getColumn(3).getString();
  p.reference = q.getColumn(4).getString();
  return p;
}

Reply receipt(Stub& s, Context& ctx) {
  auto& db = s.db.conn();
  auto order = orders::load_order(db, ctx.param("id"));
  const bool staff = ctx.caller->role == "ADMIN" || ctx.caller->role == "SUPERUSER";
  if (!order || (!staff && order->buyer_id != ctx.caller->user_id)) throw not_found("order");
  mestore::Receipt r;
  r.payment = paid_with(db, order->id);
  r.order_number = order->order_number;
  r.issued_at = order->confirmed_at.value_or(order->created_at);  // the moment it was paid: the same receipt every time
  SQLite::Statement u(db, "SELECT email FROM users WHERE id = ?");
  u.bind(1, order->buyer_id);
  if (u.executeStep()) r.buyer_email = u.getColumn(0).getString();
  for (const auto& l : order->items) r.lines.push_back({l.sku, l.name, l.unit_price, l.quantity, l.line_total});
  r.subtotal = order->subtotal;
  r.iva = order->iva;
  r.shipping = order->shipping;
  r.total = order->total;
  r.status = order->status;
  mestore::ReceiptSecretKey key{};
  if (s.signing_key.secret_key.size() != key.size()) throw std::runtime_error("signing key has the wrong size");
  std::memcpy(key.data(), s.signing_key.secret_key.data(), key.size());
  auto signed_receipt = commerce::sign_receipt(r, key);
  if (!signed_receipt) throw std::runtime_error("receipt has no canonical form");
  return Reply::ok(*signed_receipt);
}

}  // namespace

void add_receipt_routes(Router& r, Stub& s) {
  r.add({"GET", "/api/v1/orders/{id}/receipt", Access::signed_in(), [&s](Context& c) { return receipt(s, c); },
         "Signed receipt of a paid order {receipt, signature, key_id} (your own; staff: any)", "orders", BodyKind::None,
         nullptr, ref("SignedReceipt")});
}

}  // namespace stub
