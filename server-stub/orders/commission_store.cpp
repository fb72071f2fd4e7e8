#include "commission_store.hpp"

#include "../commerce/commission.hpp"
#include "../http/api_failure.hpp"
#include "../ids.hpp"

namespace stub::orders {
namespace {

constexpr const char* kColumns =
    "c.id, c.order_id, o.order_number, c.vendor_id, v.business_name, c.commission_type, c.rate_basis_points, c.base,"
    " c.commission_amount, c.vendor_amount, c.platform_amount, c.status, c.created_at, c.approved_at";
constexpr const char* kFrom = " FROM commissions c JOIN orders o ON o.id = c.order_id JOIN vendors v ON v.id = c.vendor_id";

mestore::Commission from_row(SQLite::Statement& q) {
  mestore::Commission c;
  c.id = q.getColumn(0).getString();
  c.order_id = q.getColumn(1).getString();
  c.order_number = q.getColumn(2).getString();
  c.vendor_id = q.getColumn(3).getString();
  c.vendor_name = q.getColumn(4).getString();
  c.commission_type = q.getColumn(5).getString();
  c.rate_basis_points = q.getColumn(6).getInt();
  c.base = {q.getColumn(7).getInt64()};
  c.commission_amount = {q.getColumn(8).getInt64()};
  c.vendor_amount = {q.getColumn(9).getInt64()};
  c.platform_amount = {q.getColumn(10).getInt64()};
  c.status = q.getColumn(11).getString();
  c.created_at = q.getColumn(12).getString();
  if (!q.getColumn(13).isNull()) c.approved_at = q.getColumn(13).getString();
  return c;
}

std::string where_of(const CommissionFilter& f) {
  std::string w = " WHERE 1=1";
  if (!f.vendor_id.empty()) w += " AND c.vendor_id = ?1";
  if (!f.status.empty()) w += " AND c.status = ?2";
  return w;
}

void bind_filter(SQLite::Statement& q, const CommissionFilter& f) {
  if (!f.vendor_id.empty()) q.bind(1, f.vendor_id);
  if (!f.status.empty()) q.bind(2, f.status);
}

// RFC 4180 quoting, and a leading ' for cells a spreadsheet would run as a formula.
std::string csv_cell(const std::string& v) {
  std::string s = (!v.empty() && std::string("=+-@\t\r").find(v[0]) != std::string::npos) ? "'" + v : v;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

int create_commissions(SQLite::Database& tx, const std::string& order_id, const std::string& now_iso) {
  SQLite::Statement q(tx,
                      "SELECT oi.vendor_id, v.commission_type, oi.unit_price, oi.quantity FROM order_items oi"
                      " JOIN vendors v ON v.id = oi.vendor_id WHERE oi.order_id = ? ORDER BY oi.rowid");
  q.bind(1, order_id);
  std::vector<commerce::SoldLine> lines;
  while (q.executeStep()) {
    auto type = commerce::parse_commission_type(q.getColumn(1).getString());
    if (!type) throw std::runtime_error("vendor with an unknown commission type");
    lines.push_back({q.getColumn(0).getString(), *type, q.getColumn(2).getInt64(), q.getColumn(3).getInt64()});
  }
  auto split = commerce::commissions_for_order(lines);
  if (!split) throw std::runtime_error("commission arithmetic overflowed");
  SQLite::Statement ins(tx,
                        "INSERT INTO commissions(id, order_id, vendor_id, commission_type, rate_basis_points, base,"
                        " commission_amount, vendor_amount, platform_amount, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
  for (const auto& c : *split) {
    ins.reset();
    ins.bind(1, new_uuid());
    ins.bind(2, order_id);
    ins.bind(3, c.vendor_id);
    ins.bind(4, std::string(commerce::to_string(c.type)));
    ins.bind(5, c.split.rate_basis_points);
    ins.bind(6, c.split.base);
    ins.bind(7, c.split.commission);
    ins.bind(8, c.split.vendor_amount);
    ins.bind(9, c.split.platform_amount);
    ins.bind(10, now_iso);
    ins.exec();
  }
  return static_cast<int>(split->size());
}

void cancel_commissions(SQLite::Database& tx, const std::string& order_id) {
  SQLite::Statement q(tx,
                      "UPDATE commissions SET status = CASE status WHEN 'PAID' THEN 'REFUNDED' ELSE 'CANCELLED' END"
                      " WHERE order_id = ? AND status IN ('PENDING','APPROVED','PAID')");
  q.bind(1, order_id);
  q.exec();
}

mestore::Page<mestore::Commission> list_commissions(SQLite::Database& db, const CommissionFilter& f) {
  SQLite::Statement c(db, std::string("SELECT COUNT(*)") + kFrom + where_of(f));
  bind_filter(c, f);
  c.executeStep();
  mestore::Page<mestore::Commission> out;
  out.pagination = mestore::make_pagination(f.page, f.size, c.getColumn(0).getInt64());
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kFrom + where_of(f) + " ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?3 OFFSET ?4");
  bind_filter(q, f);
  q.bind(3, f.size);
  q.bind(4, static_cast<std::int64_t>(f.page - 1) * f.size);
  while (q.executeStep()) out.items.push_back(from_row(q));
  return out;
}

std::optional<mestore::Commission> find_commission(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kFrom + " WHERE c.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

mestore::EarningsSummary earnings_summary(SQLite::Database& db, const std::string& vendor_id) {
  SQLite::Statement q(db,
                      "SELECT COUNT(*), COALESCE(SUM(base),0), COALESCE(SUM(platform_amount),0), COALESCE(SUM(vendor_amount),0),"
                      " COALESCE(SUM(CASE status WHEN 'PENDING' THEN vendor_amount END),0),"
                      " COALESCE(SUM(CASE status WHEN 'APPROVED' THEN vendor_amount END),0),"
                      " COALESCE(SUM(CASE status WHEN 'PAID' THEN vendor_amount END),0)"
                      " FROM commissions WHERE vendor_id = ? AND status NOT IN ('CANCELLED','REFUNDED')");
  q.bind(1, vendor_id);
  q.executeStep();
  mestore::EarningsSummary s;
  s.commissions = q.getColumn(0).getInt64();
  s.total_sales = {q.getColumn(1).getInt64()};
  s.total_commission = {q.getColumn(2).getInt64()};
  s.total_earnings = {q.getColumn(3).getInt64()};
  s.pending_earnings = {q.getColumn(4).getInt64()};
  s.approved_earnings = {q.getColumn(5).getInt64()};
  s.paid_earnings = {q.getColumn(6).getInt64()};
  return s;
}

std::string commissions_csv(SQLite::Database& db, const CommissionFilter& f) {
  std::string out =
      "id,order_number,vendor_id,vendor_name,commission_type,rate_basis_points,base,commission_amount,vendor_amount,"
      "platform_amount,status,created_at,approved_at\r\n";
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + kFrom + where_of(f) + " ORDER BY c.created_at, c.rowid");
  bind_filter(q, f);
  while (q.executeStep()) {
    const auto c = from_row(q);
    for (const std::string& cell :
         {c.id, c.order_number, c.vendor_id, c.vendor_name, c.commission_type, std::to_string(c.rate_basis_points),
          std::to_string(c.base.pesos), std::to_string(c.commission_amount.pesos), std::to_string(c.vendor_amount.pesos),
          std::to_string(c.platform_amount.pesos), c.status, c.created_at, c.approved_at.value_or("")})
      out += csv_cell(cell) + ",";
    out.back() = '\r';
    out += "\n";
  }
  return out;
}

}  // namespace stub::orders
