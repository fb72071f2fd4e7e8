#include "admin_orders.hpp"

#include <map>

#include "../commerce/order_status.hpp"
#include "../http/api_failure.hpp"
#include "../payments/payment_store.hpp"
#include "order_store.hpp"

namespace stub::orders {
namespace {

// Every value is bound as a parameter; only whitelisted column names are spliced into the SQL.
struct Where {
  std::string sql;
  std::vector<std::string> values;
  bool needs_buyer = false;
};

std::string like_pattern(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

Where where_of(const AdminOrderQuery& q) {
  Where w;
  auto add = [&](const std::string& clause, const std::string& value) {
    w.sql += (w.sql.empty() ? " WHERE " : " AND ") + clause;
    w.values.push_back(value);
  };
  if (!q.status.empty()) add("o.status = ?", q.status);
  if (!q.date_from.empty()) add("o.created_at >= ?", q.date_from + "T00:00:00Z");
  if (!q.date_to.empty()) add("o.created_at <= ?", q.date_to + "T23:59:59Z");
  if (!q.vendor_id.empty()) add("EXISTS (SELECT 1 FROM order_items i WHERE i.vendor_id = ? AND i.order_id = o.id)", q.vendor_id);
  if (!q.q.empty()) {
    const std::string pattern = like_pattern(q.q);
    add("(o.order_number LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')", pattern);
    w.values.push_back(pattern);
    w.needs_buyer = true;
  }
  return w;
}

void bind_all(SQLite::Statement& st, const std::vector<std::string>& values) {
  int k = 0;
  for (const auto& v : values) st.bind(++k, v);
}

const char* order_column(const std::string& sort) {
  static const std::map<std::string, const char*> columns = {
      {"created_at", "o.created_at"}, {"total", "o.total"}, {"status", "o.status"}, {"order_number", "o.order_number"}};
  auto it = columns.find(sort);
  return it == columns.end() ? "o.created_at" : it->second;
}

}  // namespace

mestore::Page<mestore::AdminOrderRow> list_admin_orders(SQLite::Database& db, const AdminOrderQuery& q) {
  const Where w = where_of(q);
  // The count joins users only when the filter needs the buyer's email: same rows, less work.
  const std::string count_from = std::string(" FROM orders o") + (w.needs_buyer ? " JOIN users u ON u.id = o.buyer_id" : "");
  SQLite::Statement c(db, "SELECT COUNT(*)" + count_from + w.sql);
  bind_all(c, w.values);
  c.executeStep();
  mestore::Page<mestore::AdminOrderRow> out;
  out.pagination = mestore::make_pagination(q.page, q.size, c.getColumn(0).getInt64());

  const std::string dir = q.descending ? " DESC" : " ASC";
  SQLite::Statement s(db,
                      "SELECT o.id, o.order_number, o.buyer_id, u.full_name, u.email, o.status, o.payment_status, o.total,"
                      " (SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id), o.created_at"
                      " FROM orders o JOIN users u ON u.id = o.buyer_id" +
                          w.sql + " ORDER BY " + order_column(q.sort) + dir + ", o.rowid" + dir + " LIMIT ? OFFSET ?");
  bind_all(s, w.values);
  const int n = static_cast<int>(w.values.size());
  s.bind(n + 1, q.size);
  s.bind(n + 2, static_cast<std::int64_t>(q.page - 1) * q.size);
  while (s.executeStep()) {
    mestore::AdminOrderRow r;
    r.id = s.getColumn(0).getString();
    r.order_number = s.getColumn(1).getString();
    r.buyer_id = s.getColumn(2).getString();
    r.buyer_name = s.getColumn(3).getString();
    r.buyer_email = s.getColumn(4).getString();
    r.status = s.getColumn(5).getString();
    r.payment_status = s.getColumn(6).getString();
    r.total = {s.getColumn(7).getInt64()};
    r.item_count = s.getColumn(8).getInt();
    r.created_at = s.getColumn(9).getString();
    out.items.push_back(std::move(r));
  }
  return out;
}

mestore::AdminOrderDetail admin_order_detail(SQLite::Database& db, const std::string& id) {
  auto order = load_order(db, id);
  if (!order) throw not_found("order");
  mestore::AdminOrderDetail d;
  d.order = *order;
  SQLite::Statement b(db, "SELECT id, email, full_name, phone FROM users WHERE id = ?");
  b.bind(1, order->buyer_id);
  if (b.executeStep())
    d.buyer = {b.getColumn(0).getString(), b.getColumn(1).getString(), b.getColumn(2).getString(), b.getColumn(3).getString()};
  SQLite::Statement e(db, "SELECT from_status, to_status, at, actor_id, note FROM order_events WHERE order_id = ? ORDER BY id");
  e.bind(1, id);
  while (e.executeStep()) {
    mestore::OrderEvent ev;
    if (!e.getColumn(0).isNull()) ev.from_status = e.getColumn(0).getString();
    ev.to_status = e.getColumn(1).getString();
    ev.at = e.getColumn(2).getString();
    ev.actor_id = e.getColumn(3).getString();
    ev.note = e.getColumn(4).getString();
    d.events.push_back(std::move(ev));
  }
  d.payments = payments::payment_status_of(db, id).payments;
  if (const auto from = commerce::parse_order_status(order->status))
    for (auto next : commerce::allowed_next_for(commerce::Actor::Admin, *from)) d.allowed_next.emplace_back(commerce::to_string(next));
  return d;
}

}  // namespace stub::orders
