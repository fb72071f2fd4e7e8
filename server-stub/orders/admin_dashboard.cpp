#include "admin_dashboard.hpp"

#include <map>

#include "../clock.hpp"

namespace stub::orders {
namespace {

constexpr const char* kLiveStatuses = "('confirmed','processing','shipped','delivered')";

std::vector<mestore::StatusCount> counts(SQLite::Statement& q) {
  std::vector<mestore::StatusCount> out;
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64()});
  return out;
}

// GMV and order count of live orders placed in [from, to).
std::pair<std::int64_t, std::int64_t> gmv_between(SQLite::Database& db, const std::string& from, const std::string& to) {
  SQLite::Statement q(db, std::string("SELECT COALESCE(SUM(total), 0), COUNT(*) FROM orders WHERE status IN ") + kLiveStatuses +
                              " AND created_at >= ? AND created_at < ?");
  q.bind(1, from);
  q.bind(2, to);
  q.executeStep();
  return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
}

std::int64_t scalar(SQLite::Database& db, const std::string& sql, const std::string& bound = "") {
  SQLite::Statement q(db, sql);
  if (!bound.empty()) q.bind(1, bound);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace

mestore::AdminDashboard admin_dashboard(SQLite::Database& db, std::int64_t now, int days) {
  mestore::AdminDashboard d;
  d.days = days;
  const std::int64_t day = 86400;
  const std::int64_t first_day = now - now % day - static_cast<std::int64_t>(days - 1) * day;
  // ISO strings of one format compare like the instants they name, so ranges run on the index.
  const std::string from = iso_utc(first_day), to = iso_utc(now + 1), previous_from = iso_utc(first_day - days * day);
  d.period_from = from;
  d.period_to = iso_utc(now);

  const auto now_period = gmv_between(db, from, to);
  const auto previous = gmv_between(db, previous_from, from);
  d.gmv = {now_period.first};
  d.orders = now_period.second;
  d.gmv_previous = {previous.first};
  d.orders_previous = previous.second;

  SQLite::Statement by_status(db, "SELECT status, COUNT(*) FROM orders WHERE created_at >= ? GROUP BY status ORDER BY status");
  by_status.bind(1, from);
  d.orders_by_status = counts(by_status);
  SQLite::Statement products(db, "SELECT status, COUNT(*) FROM products GROUP BY status ORDER BY status");
  d.products_by_status = counts(products);
  d.active_vendors = scalar(db,
                            "SELECT COUNT(*) FROM vendors v JOIN users u ON u.id = v.user_id WHERE u.vendor_status = 'APPROVED'"
                            " AND u.is_active = 1 AND u.deleted_at IS NULL");
  d.commission_revenue = {scalar(db,
                                 "SELECT COALESCE(SUM(platform_amount), 0) FROM commissions WHERE status IN ('PENDING','APPROVED','PAID')"
                                 " AND created_at >= ?",
                                 from)};
  d.open_fraud_alerts = scalar(db, "SELECT COUNT(*) FROM fraud_alerts WHERE status = 'open'");

  std::map<std::string, mestore::DailyPoint> by_day;
  SQLite::Statement daily(db, std::string("SELECT substr(created_at, 1, 10), SUM(total), COUNT(*) FROM orders WHERE status IN ") +
                                  kLiveStatuses + " AND created_at >= ? GROUP BY 1");
  daily.bind(1, from);
  while (daily.executeStep())
    by_day[daily.getColumn(0).getString()] = {daily.getColumn(0).getString(), {daily.getColumn(1).getInt64()}, daily.getColumn(2).getInt64()};
  for (int i = 0; i < days; ++i) {  // every day present, a quiet one with zeros
    const std::string date = iso_utc(first_day + i * day).substr(0, 10);
    auto it = by_day.find(date);
    d.daily.push_back(it == by_day.end() ? mestore::DailyPoint{date, {0}, 0} : it->second);
  }

  // Sales by vendor from the commissions (one per vendor per confirmed order, base = that vendor's
  // lines): the same money as summing order lines, read from one covering index instead of a join.
  SQLite::Statement top(db,
                        "SELECT c.vendor_id, v.business_name, SUM(c.base), COUNT(*) FROM commissions c JOIN vendors v ON v.id = c.vendor_id"
                        " WHERE c.status IN ('PENDING','APPROVED','PAID') AND c.created_at >= ? GROUP BY c.vendor_id ORDER BY 3 DESC, 1 LIMIT 5");
  top.bind(1, from);
  while (top.executeStep())
    d.top_vendors.push_back({top.getColumn(0).getString(), top.getColumn(1).getString(), {top.getColumn(2).getInt64()}, top.getColumn(3).getInt64()});
  return d;
}

}  // namespace stub::orders
