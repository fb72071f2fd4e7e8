#include "user_admin.hpp"

#include "../audit/audit_log.hpp"
#include "../http/context.hpp"
#include "../stub.hpp"
#include "lockout.hpp"
#include "sessions.hpp"

namespace stub {
namespace {

bool is_staff_type(const std::string& t) { return t == "ADMIN" || t == "SUPERUSER"; }

ApiFailure forbidden(const std::string& why) { return ApiFailure(403, "FORBIDDEN", why); }

}  // namespace

std::optional<ApiFailure> denied_to_manage(const Caller& c, const Account& target) {
  if (target.is_staff() && !c.is_superuser()) return forbidden("only a SUPERUSER manages ADMIN and SUPERUSER accounts");
  return std::nullopt;
}

std::optional<ApiFailure> denied_to_create(const Caller& c, const std::string& user_type) {
  if (user_type == "VENDOR")
    return ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields",
                      {{"user_type", "vendor accounts are created by applying at /api/v1/vendors/register", "value_error"}});
  if (is_staff_type(user_type) && !c.is_superuser()) return forbidden("only a SUPERUSER creates ADMIN and SUPERUSER accounts");
  return std::nullopt;
}

std::optional<ApiFailure> denied_to_change_role(const Caller& c, const Account& target, const std::string& new_type) {
  if (target.id == c.user_id) return forbidden("nobody changes their own role");
  if (!c.is_superuser()) return forbidden("only a SUPERUSER changes roles");
  if (new_type == "VENDOR" || target.user_type == "VENDOR")
    return ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields",
                      {{"user_type", "vendor accounts come from vendor applications; their role does not change", "value_error"}});
  return std::nullopt;
}

std::optional<ApiFailure> denied_to_disable(const Caller& c, const Account& target, const char* verb) {
  if (target.id == c.user_id) return forbidden(std::string("you cannot ") + verb + " your own account");
  return denied_to_manage(c, target);
}

void set_active(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target, bool active) {
  if (target.is_active == active) return;
  const std::int64_t now = s.clock.now_seconds();
  SQLite::Statement q(tx, "UPDATE users SET is_active = ?, updated_at = ? WHERE id = ?");
  q.bind(1, active ? 1 : 0);
  q.bind(2, iso_utc(now));
  q.bind(3, target.id);
  q.exec();
  const int ended = active ? 0 : end_user_sessions(tx, target.id, "DEACTIVATED", now);
  append_audit(s, tx, audit_event(ctx, active ? "user.activated" : "user.deactivated", "user:" + target.id, "success",
                                  {{"email", target.email}, {"sessions_ended", ended}}));
}

// Sessions end with a role change: the new role's idle timeout and rights start with a new sign-in.
void set_role(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target, const std::string& new_type) {
  if (target.user_type == new_type) return;
  const std::int64_t now = s.clock.now_seconds();
  SQLite::Statement q(tx, "UPDATE users SET user_type = ?, updated_at = ? WHERE id = ?");
  q.bind(1, new_type);
  q.bind(2, iso_utc(now));
  q.bind(3, target.id);
  q.exec();
  const int ended = end_user_sessions(tx, target.id, "REVOKED", now);
  append_audit(s, tx, audit_event(ctx, "user.role_changed", "user:" + target.id, "success",
                                  {{"email", target.email}, {"from", target.user_type}, {"to", new_type}, {"sessions_ended", ended}}));
}

void unlock_account(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target) {
  const bool was_locked = lock_remaining(target, s.clock.now_seconds()) > 0;
  reset_failures(tx, target.id);
  append_audit(s, tx, audit_event(ctx, "user.unlocked", "user:" + target.id, "success",
                                  {{"email", target.email}, {"was_locked", was_locked}}));
}

void soft_delete(Stub& s, SQLite::Database& tx, const Context& ctx, const Account& target) {
  const std::int64_t now = s.clock.now_seconds();
  SQLite::Statement q(tx, "UPDATE users SET deleted_at = ?, is_active = 0, updated_at = ? WHERE id = ?");
  q.bind(1, iso_utc(now));
  q.bind(2, iso_utc(now));
  q.bind(3, target.id);
  q.exec();
  const int ended = end_user_sessions(tx, target.id, "DEACTIVATED", now);
  append_audit(s, tx, audit_event(ctx, "user.deleted", "user:" + target.id, "success",
                                  {{"email", target.email}, {"user_type", target.user_type}, {"sessions_ended", ended}}));
}

}  // namespace stub
