#include "order_store.hpp"

#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../http/context.hpp"
#include "../commerce/numbers.hpp"
#include "../commerce/order_status.hpp"
#include "../commerce/pricing.hpp"
#include "../http/api_failure.hpp"
#include "../ids.hpp"
#include "../stub.hpp"
#include "client/format.hpp"
#include "order_expiry.hpp"

namespace stub::orders {
namespace {

using commerce::QuantityProblem;

struct PricedLine {
  std::string product_id, vendor_id, sku, name;
  std::int64_t unit_price = 0, quantity = 0;
};

// Reads and checks every line; all problems are reported together, each at its own path.
std::vector<PricedLine> check_lines(SQLite::Database& tx, const std::vector<RequestedLine>& lines) {
  std::vector<PricedLine> out;
  std::vector<mestore::FieldError> errors;
  SQLite::Statement q(tx, "SELECT vendor_id, sku, name, price, status, stock_quantity - stock_reserved FROM products WHERE id = ?");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string at = "items[" + std::to_string(i) + "]";
    q.reset();
    q.bind(1, lines[i].product_id);
    if (!q.executeStep() || q.getColumn(4).getString() != "APPROVED") {
      // Unapproved products are not public: the same answer as for an id that does not exist.
      errors.push_back({at + ".product_id", "no such product for sale", "NOT_FOUND"});
      continue;
    }
    const std::int64_t available = q.getColumn(5).getInt64();
    switch (commerce::check_quantity(lines[i].quantity, available)) {
      case QuantityProblem::None: break;
      case QuantityProblem::SoldOut: errors.push_back({at + ".quantity", "sold out", "SOLD_OUT"}); continue;
      case QuantityProblem::InsufficientStock:
        errors.push_back({at + ".quantity", "only " + std::to_string(available) + " available", "INSUFFICIENT_STOCK"});
        continue;
      default: errors.push_back({at + ".quantity", "out of range", "range_error"}); continue;
    }
    out.push_back({lines[i].product_id, q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getInt64(), lines[i].quantity});
  }
  if (!errors.empty()) throw ApiFailure(422, "VALIDATION_ERROR", "some items cannot be ordered as requested", std::move(errors));
  return out;
}

void reserve(SQLite::Database& tx, const PricedLine& l) {
  // Guarded again in SQL: even a logic slip above cannot take more than is available.
  SQLite::Statement u(tx,
                      "UPDATE products SET stock_reserved = stock_reserved + ?1 WHERE id = ?2"
                      " AND stock_quantity - stock_reserved >= ?1");
  u.bind(1, l.quantity);
  u.bind(2, l.product_id);
  if (u.exec() != 1) throw ApiFailure(409, "STOCK_CHANGED", "the stock changed while ordering; try again");
}

std::string unused_order_number(SQLite::Database& tx, std::int64_t now) {
  SQLite::Statement q(tx, "SELECT 1 FROM orders WHERE order_number = ?");
  for (;;) {  // 36^8 codes a day: a clash is rare, and simply drawn again
    std::string n = commerce::order_number(now);
    q.reset();
    q.bind(1, n);
    if (!q.executeStep()) return n;
  }
}

void fill_items(SQLite::Database& db, mestore::Order& o) {
  SQLite::Statement q(db,
                      "SELECT id, product_id, vendor_id, sku, name, unit_price, quantity, line_total, fulfilment_status"
                      " FROM order_items WHERE order_id = ? ORDER BY rowid");
  q.bind(1, o.id);
  while (q.executeStep()) {
    mestore::OrderLine l;
    l.id = q.getColumn(0).getString();
    l.product_id = q.getColumn(1).getString();
    l.vendor_id = q.getColumn(2).getString();
    l.sku = q.getColumn(3).getString();
    l.name = q.getColumn(4).getString();
    l.unit_price = {q.getColumn(5).getInt64()};
    l.quantity = q.getColumn(6).getInt();
    l.line_total = {q.getColumn(7).getInt64()};
    l.fulfilment_status = q.getColumn(8).getString();
    o.items.push_back(std::move(l));
  }
  SQLite::Statement e(db, "SELECT to_status, at, note FROM order_events WHERE order_id = ? ORDER BY id");
  e.bind(1, o.id);
  while (e.executeStep()) o.tracking.events.push_back({e.getColumn(0).getString(), e.getColumn(1).getString(), e.getColumn(2).getString()});
}

std::optional<std::string> text_or_null(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

constexpr const char* kOrderColumns =
    "id, order_number, status, payment_status, buyer_id, subtotal, iva, shipping, total, shipping_name, shipping_phone,"
    " shipping_email, shipping_address, shipping_city, shipping_state, shipping_postal_code, notes, tracking_number,"
    " cancel_reason, created_at, updated_at, confirmed_at, cancelled_at";

mestore::Order order_from_row(SQLite::Database& db, SQLite::Statement& q) {
  mestore::Order o;
  o.id = q.getColumn(0).getString();
  o.order_number = q.getColumn(1).getString();
  o.status = q.getColumn(2).getString();
  o.payment_status = q.getColumn(3).getString();
  o.buyer_id = q.getColumn(4).getString();
  o.subtotal = {q.getColumn(5).getInt64()};
  o.iva = {q.getColumn(6).getInt64()};
  o.shipping = {q.getColumn(7).getInt64()};
  o.total = {q.getColumn(8).getInt64()};
  o.shipping_address = {q.getColumn(9).getString(),  q.getColumn(10).getString(), q.getColumn(11).getString(),
                        q.getColumn(12).getString(), q.getColumn(13).getString(), q.getColumn(14).getString(),
                        q.getColumn(15).getString()};
  o.notes = q.getColumn(16).getString();
  o.tracking.tracking_number = text_or_null(q.getColumn(17));
  o.tracking.carrier = "MeStore Envíos";
  o.cancel_reason = text_or_null(q.getColumn(18));
  o.created_at = q.getColumn(19).getString();
  o.updated_at = q.getColumn(20).getString();
  o.confirmed_at = text_or_null(q.getColumn(21));
  o.cancelled_at = text_or_null(q.getColumn(22));
  const auto status = commerce::parse_order_status(o.status);
  o.can_cancel = status && commerce::actor_may_transition(commerce::Actor::Buyer, *status, commerce::OrderStatus::Cancelled);
  o.can_pay = o.status == "pending" && (o.payment_status == "unpaid" || o.payment_status == "awaiting_cash");
  if (o.can_pay)
    if (auto placed = mestore::parse_iso8601(o.created_at)) o.payment_due_at = iso_utc(payment_due_at(db, o.id, *placed));
  fill_items(db, o);
  return o;
}

}  // namespace

std::string place_order(Stub& s, SQLite::Database& tx, const Context& ctx, const OrderRequest& r) {
  auto lines = check_lines(tx, r.lines);
  std::vector<commerce::PriceLine> to_price;
  for (const auto& l : lines) to_price.push_back({l.unit_price, l.quantity});
  auto totals = commerce::price_lines(to_price);
  if (!totals) throw invalid("items", "the amounts are too large to price", "range_error");

  const std::int64_t now = s.clock.now_seconds();
  const std::string at = iso_utc(now);
  const std::string id = new_uuid();
  const std::string number = unused_order_number(tx, now);
  SQLite::Statement o(tx,
                      "INSERT INTO orders(id, order_number, buyer_id, subtotal, iva, shipping, total, shipping_name, shipping_phone,"
                      " shipping_email, shipping_address, shipping_city, shipping_state, shipping_postal_code, notes, created_at,"
                      " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  int k = 0;
  for (const std::string& v : {id, number, ctx.caller->user_id}) o.bind(++k, v);
  for (std::int64_t v : {totals->subtotal, totals->iva, totals->shipping, totals->total}) o.bind(++k, v);
  for (const std::string& v : {r.shipping.name, r.shipping.phone, r.shipping.email, r.shipping.address, r.shipping.city,
                               r.shipping.state, r.shipping.postal_code, r.notes, at, at})
    o.bind(++k, v);
  o.exec();

  SQLite::Statement item(tx,
                         "INSERT INTO order_items(id, order_id, product_id, vendor_id, sku, name, unit_price, quantity, line_total)"
                         " VALUES (?,?,?,?,?,?,?,?,?)");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& l = lines[i];
    reserve(tx, l);
    item.reset();
    item.bind(1, new_uuid());
    item.bind(2, id);
    item.bind(3, l.product_id);
    item.bind(4, l.vendor_id);
    item.bind(5, l.sku);
    item.bind(6, l.name);
    item.bind(7, l.unit_price);
    item.bind(8, l.quantity);
    item.bind(9, totals->line_totals[i]);
    item.exec();
  }
  SQLite::Statement ev(tx, "INSERT INTO order_events(order_id, from_status, to_status, at, actor_id, note) VALUES (?,NULL,'pending',?,?,?)");
  ev.bind(1, id);
  ev.bind(2, at);
  ev.bind(3, ctx.caller->user_id);
  ev.bind(4, mestore::order_notes::kPlaced);
  ev.exec();
  append_audit(s, tx, audit_event(ctx, "order.created", "order:" + id, "success",
                                  {{"order_number", number}, {"total", totals->total}, {"lines", static_cast<std::int64_t>(lines.size())}}));
  return id;
}

std::optional<mestore::Order> load_order(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db, std::string("SELECT ") + kOrderColumns + " FROM orders WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return order_from_row(db, q);
}

mestore::Order own_order_or_404(SQLite::Database& db, const std::string& id, const std::string& buyer_id) {
  auto o = load_order(db, id);
  if (!o || o->buyer_id != buyer_id) throw not_found("order");
  return *o;
}

mestore::Page<mestore::Order> list_orders(SQLite::Database& db, const std::string& buyer_id, const std::string& status, int page,
                                          int size) {
  const std::string where = " FROM orders WHERE buyer_id = ?1" + std::string(status.empty() ? "" : " AND status = ?2");
  SQLite::Statement c(db, "SELECT COUNT(*)" + where);
  c.bind(1, buyer_id);
  if (!status.empty()) c.bind(2, status);
  c.executeStep();
  mestore::Page<mestore::Order> out;
  out.pagination = mestore::make_pagination(page, size, c.getColumn(0).getInt64());
  SQLite::Statement q(db, std::string("SELECT ") + kOrderColumns + where + " ORDER BY created_at DESC, rowid DESC LIMIT ?3 OFFSET ?4");
  q.bind(1, buyer_id);
  if (!status.empty()) q.bind(2, status);
  q.bind(3, size);
  q.bind(4, static_cast<std::int64_t>(page - 1) * size);
  while (q.executeStep()) out.items.push_back(order_from_row(db, q));
  return out;
}

}  // namespace stub::orders
