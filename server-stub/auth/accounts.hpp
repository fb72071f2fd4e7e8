// The users table as the rest of the stub sees it: one row type, finders, and its wire forms.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

#include "client/wire/auth.hpp"
#include "client/wire/common.hpp"

namespace stub {

struct Account {
  std::string id;
  std::string email;
  std::string password_hash;
  std::string full_name;
  std::string phone;
  std::string user_type;
  bool is_active = true;
  std::optional<std::string> vendor_status;
  std::int64_t locked_until = 0;
  std::int64_t failures_after = 0;  // login_attempts.id watermark (lockout.hpp)
  std::optional<std::int64_t> last_login_at;
  std::string created_at;

  bool is_staff() const { return user_type == "ADMIN" || user_type == "SUPERUSER"; }
};

// Soft-deleted accounts are invisible to both finders.
std::optional<Account> find_account(SQLite::Database& db, const std::string& id);
std::optional<Account> find_account_by_email(SQLite::Database& db, const std::string& email);
bool email_taken(SQLite::Database& db, const std::string& email);  // deleted ones too: emails are never reused

struct NewAccount {
  std::string email;  // already normalised
  std::string password_hash;
  std::string full_name;
  std::string phone;
  std::string user_type;
  bool is_active = true;
  std::optional<std::string> vendor_status;
};
// Inserts inside the caller's transaction; returns the new id.
std::string insert_account(SQLite::Database& tx, const NewAccount& a, std::int64_t now);

struct AccountFilter {
  std::string search;     // email or name contains
  std::string user_type;  // exact, or empty
  std::string status;     // active | inactive | locked, or empty
  int page = 1;
  int size = 20;
};
mestore::Page<mestore::ManagedUser> list_accounts(SQLite::Database& db, const AccountFilter& f, std::int64_t now);

mestore::User to_wire(const Account& a);
mestore::ManagedUser to_managed(const Account& a, std::int64_t now);

}  // namespace stub
