#include "vendor_orders.hpp"

#include "../audit/audit_log.hpp"
#include "../http/api_failure.hpp"
#include "../stub.hpp"
#include "order_transitions.hpp"

namespace stub::orders {
namespace {

// Orders "sold": confirmed or later and not undone (cancelled or refunded).
constexpr const char* kLiveStatuses = "('confirmed','processing','shipped','delivered')";

mestore::VendorOrder vendor_order_from_row(SQLite::Database& db, SQLite::Statement& q, const std::string& vendor_id) {
  mestore::VendorOrder o;
  o.order_id = q.getColumn(0).getString();
  o.order_number = q.getColumn(1).getString();
  o.status = q.getColumn(2).getString();
  o.payment_status = q.getColumn(3).getString();
  o.shipping_city = q.getColumn(4).getString();
  o.created_at = q.getColumn(5).getString();
  SQLite::Statement i(db,
                      "SELECT id, product_id, vendor_id, sku, name, unit_price, quantity, line_total, fulfilment_status"
                      " FROM order_items WHERE order_id = ? AND vendor_id = ? ORDER BY rowid");
  i.bind(1, o.order_id);
  i.bind(2, vendor_id);
  while (i.executeStep()) {
    mestore::OrderLine l;
    l.id = i.getColumn(0).getString();
    l.product_id = i.getColumn(1).getString();
    l.vendor_id = i.getColumn(2).getString();
    l.sku = i.getColumn(3).getString();
    l.name = i.getColumn(4).getString();
    l.unit_price = {i.getColumn(5).getInt64()};
    l.quantity = i.getColumn(6).getInt();
    l.line_total = {i.getColumn(7).getInt64()};
    l.fulfilment_status = i.getColumn(8).getString();
    o.vendor_subtotal.pesos += l.line_total.pesos;
    o.items.push_back(std::move(l));
  }
  return o;
}

constexpr const char* kVendorOrderColumns = "o.id, o.order_number, o.status, o.payment_status, o.shipping_city, o.created_at";

}  // namespace

std::string vendor_id_of_user(SQLite::Database& db, const std::string& user_id) {
  SQLite::Statement q(db, "SELECT id FROM vendors WHERE user_id = ?");
  q.bind(1, user_id);
  if (!q.executeStep()) throw not_found("vendor profile");
  return q.getColumn(0).getString();
}

mestore::Page<mestore::VendorOrder> list_vendor_orders(SQLite::Database& db, const std::string& vendor_id, const std::string& status,
                                                       int page, int size) {
  const std::string where = " FROM orders o WHERE o.id IN (SELECT order_id FROM order_items WHERE vendor_id = ?1)" +
                            std::string(status.empty() ? "" : " AND o.status = ?2");
  SQLite::Statement c(db, "SELECT COUNT(*)" + where);
  c.bind(1, vendor_id);
  if (!status.empty()) c.bind(2, status);
  c.executeStep();
  mestore::Page<mestore::VendorOrder> out;
  out.pagination = mestore::make_pagination(page, size, c.getColumn(0).getInt64());
  SQLite::Statement q(db, std::string("SELECT ") + kVendorOrderColumns + where + " ORDER BY o.created_at DESC, o.rowid DESC LIMIT ?3 OFFSET ?4");
  q.bind(1, vendor_id);
  if (!status.empty()) q.bind(2, status);
  q.bind(3, size);
  q.bind(4, static_cast<std::int64_t>(page - 1) * size);
  while (q.executeStep()) out.items.push_back(vendor_order_from_row(db, q, vendor_id));
  return out;
}

std::optional<mestore::VendorOrder> vendor_order(SQLite::Database& db, const std::string& vendor_id, const std::string& order_id) {
  SQLite::Statement q(db, std::string("SELECT ") + kVendorOrderColumns + " FROM orders o WHERE o.id = ?");
  q.bind(1, order_id);
  if (!q.executeStep()) return std::nullopt;
  auto o = vendor_order_from_row(db, q, vendor_id);
  if (o.items.empty()) return std::nullopt;
  return o;
}

void set_fulfilment(Stub& s, SQLite::Database& tx, const Context& ctx, const std::string& vendor_id, const std::string& order_id,
                    const std::string& item_id, const std::string& to) {
  SQLite::Statement q(tx,
                      "SELECT i.fulfilment_status, o.status FROM order_items i JOIN orders o ON o.id = i.order_id"
                      " WHERE i.id = ? AND i.order_id = ? AND i.vendor_id = ?");
  q.bind(1, item_id);
  q.bind(2, order_id);
  q.bind(3, vendor_id);
  // Another vendor's line answers exactly like a line that does not exist.
  if (!q.executeStep()) throw not_found("order item");
  const std::string from = q.getColumn(0).getString();
  const std::string order_status = q.getColumn(1).getString();
  if (order_status != "confirmed" && order_status != "processing")
    throw ApiFailure(409, "INVALID_TRANSITION", "items are prepared only once the order is paid and before it ships; this order is " + order_status,
                     {{"status", "order is " + order_status, "transition_error"}});
  const std::string expected_from = to == "preparing" ? "pending" : "preparing";
  if (from != expected_from)
    throw ApiFailure(409, "INVALID_TRANSITION", "an item that is " + from + " cannot become " + to,
                     {{"status", "allowed next: " + std::string(from == "pending" ? "preparing" : from == "preparing" ? "ready_to_ship" : "none"),
                       "transition_error"}});
  SQLite::Statement u(tx, "UPDATE order_items SET fulfilment_status = ? WHERE id = ? AND fulfilment_status = ?");
  u.bind(1, to);
  u.bind(2, item_id);
  u.bind(3, from);
  u.exec();
  append_audit(s, tx, audit_event(ctx, "order.item_fulfilment", "order:" + order_id, "success",
                                  {{"item_id", item_id}, {"from", from}, {"to", to}, {"vendor_id", vendor_id}}));
  if (order_status != "confirmed") return;
  SQLite::Statement left(tx, "SELECT COUNT(*) FROM order_items WHERE order_id = ? AND fulfilment_status != 'ready_to_ship'");
  left.bind(1, order_id);
  left.executeStep();
  if (left.getColumn(0).getInt64() == 0)
    transition_order(s, tx, ctx, commerce::Actor::System, order_id, commerce::OrderStatus::Processing,
                     mestore::order_notes::kAllReadyToShip);
}

mestore::VendorDashboard vendor_dashboard(SQLite::Database& db, const std::string& vendor_id, std::int64_t now) {
  mestore::VendorDashboard d;
  const std::string today = iso_utc(now);
  d.month = today.substr(0, 7);
  SQLite::Statement sales(db, std::string("SELECT COALESCE(SUM(i.line_total), 0), COUNT(DISTINCT i.order_id) FROM order_items i"
                                          " JOIN orders o ON o.id = i.order_id WHERE i.vendor_id = ? AND o.created_at >= ? AND o.status IN ") +
                                  kLiveStatuses);
  sales.bind(1, vendor_id);
  sales.bind(2, d.month + "-01T00:00:00Z");
  sales.executeStep();
  d.sales_this_month = {sales.getColumn(0).getInt64()};
  d.orders_this_month = sales.getColumn(1).getInt64();
  SQLite::Statement prep(db,
                         "SELECT COUNT(DISTINCT i.order_id) FROM order_items i JOIN orders o ON o.id = i.order_id"
                         " WHERE i.vendor_id = ? AND o.status IN ('confirmed','processing') AND i.fulfilment_status IN ('pending','preparing')");
  prep.bind(1, vendor_id);
  prep.executeStep();
  d.orders_to_prepare = prep.getColumn(0).getInt64();
  SQLite::Statement due(db,
                        "SELECT COALESCE(SUM(vendor_amount), 0), COALESCE(SUM(commission_amount), 0) FROM commissions"
                        " WHERE vendor_id = ? AND status IN ('PENDING','APPROVED')");
  due.bind(1, vendor_id);
  due.executeStep();
  d.earnings_due = {due.getColumn(0).getInt64()};
  d.commission_due = {due.getColumn(1).getInt64()};
  SQLite::Statement p(db, "SELECT status, COUNT(*) FROM products WHERE vendor_id = ? GROUP BY status ORDER BY status");
  p.bind(1, vendor_id);
  while (p.executeStep()) d.products_by_status.push_back({p.getColumn(0).getString(), p.getColumn(1).getInt64()});
  return d;
}

}  // namespace stub::orders
