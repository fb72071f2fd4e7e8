#include "accounts.hpp"

#include "../clock.hpp"
#include "../ids.hpp"

namespace stub {
namespace {

constexpr const char* kColumns =
    "id, email, password_hash, full_name, phone, user_type, is_active, vendor_status, locked_until, failures_after, "
    "last_login_at, created_at";

Account from_row(SQLite::Statement& q) {
  Account a;
  a.id = q.getColumn(0).getString();
  a.email = q.getColumn(1).getString();
  a.password_hash = q.getColumn(2).getString();
  a.full_name = q.getColumn(3).getString();
  a.phone = q.getColumn(4).getString();
  a.user_type = q.getColumn(5).getString();
  a.is_active = q.getColumn(6).getInt() != 0;
  if (!q.getColumn(7).isNull()) a.vendor_status = q.getColumn(7).getString();
  a.locked_until = q.getColumn(8).getInt64();
  a.failures_after = q.getColumn(9).getInt64();
  if (!q.getColumn(10).isNull()) a.last_login_at = q.getColumn(10).getInt64();
  a.created_at = q.getColumn(11).getString();
  return a;
}

std::optional<Account> find_where(SQLite::Database& db, const char* column, const std::string& value) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM users WHERE " + column + " = ? AND deleted_at IS NULL");
  q.bind(1, value);
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

}  // namespace

std::optional<Account> find_account(SQLite::Database& db, const std::string& id) { return find_where(db, "id", id); }

std::optional<Account> find_account_by_email(SQLite::Database& db, const std::string& email) {
  return find_where(db, "email", email);
}

bool email_taken(SQLite::Database& db, const std::string& email) {
  SQLite::Statement q(db, "SELECT 1 FROM users WHERE email = ?");
  q.bind(1, email);
  return q.executeStep();
}

std::string insert_account(SQLite::Database& tx, const NewAccount& a, std::int64_t now) {
  const std::string id = new_uuid();
  SQLite::Statement q(tx,
                      "INSERT INTO users(id, email, password_hash, full_name, phone, user_type, is_active, vendor_status,"
                      " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, id);
  q.bind(2, a.email);
  q.bind(3, a.password_hash);
  q.bind(4, a.full_name);
  q.bind(5, a.phone);
  q.bind(6, a.user_type);
  q.bind(7, a.is_active ? 1 : 0);
  if (a.vendor_status) q.bind(8, *a.vendor_status);
  else q.bind(8);
  q.bind(9, iso_utc(now));
  q.bind(10, iso_utc(now));
  q.exec();
  return id;
}

mestore::Page<mestore::ManagedUser> list_accounts(SQLite::Database& db, const AccountFilter& f, std::int64_t now) {
  std::string where = " WHERE deleted_at IS NULL";
  if (!f.search.empty()) where += " AND (email LIKE ?1 ESCAPE '\\' OR full_name LIKE ?1 ESCAPE '\\')";
  if (!f.user_type.empty()) where += " AND user_type = ?2";
  if (f.status == "active") where += " AND is_active = 1";
  if (f.status == "inactive") where += " AND is_active = 0";
  if (f.status == "locked") where += " AND locked_until > ?3";
  std::string pattern = "%";
  for (char c : f.search) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern += "%";
  auto bind = [&](SQLite::Statement& q) {
    if (!f.search.empty()) q.bind(1, pattern);
    if (!f.user_type.empty()) q.bind(2, f.user_type);
    if (f.status == "locked") q.bind(3, now);
  };
  SQLite::Statement count(db, "SELECT COUNT(*) FROM users" + where);
  bind(count);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM users" + where +
                              " ORDER BY created_at DESC, email LIMIT ?4 OFFSET ?5");
  bind(q);
  q.bind(4, f.size);
  q.bind(5, static_cast<std::int64_t>(f.page - 1) * f.size);
  mestore::Page<mestore::ManagedUser> page;
  while (q.executeStep()) page.items.push_back(to_managed(from_row(q), now));
  page.pagination = mestore::make_pagination(f.page, f.size, total);
  return page;
}

mestore::User to_wire(const Account& a) {
  mestore::User u;
  u.id = a.id;
  u.email = a.email;
  u.full_name = a.full_name;
  u.phone = a.phone;
  u.user_type = a.user_type;
  u.is_active = a.is_active;
  u.vendor_status = a.vendor_status;
  u.created_at = a.created_at;
  return u;
}

mestore::ManagedUser to_managed(const Account& a, std::int64_t now) {
  mestore::ManagedUser m;
  m.user = to_wire(a);
  if (a.locked_until > now) m.locked_until = iso_utc(a.locked_until);
  if (a.last_login_at) m.last_login_at = iso_utc(*a.last_login_at);
  return m;
}

}  // namespace stub
