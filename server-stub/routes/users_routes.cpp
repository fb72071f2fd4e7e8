// /api/v1/superuser-admin/users: account management for ADMIN and SUPERUSER. The rules live in
// auth/user_admin.hpp; here they are applied to requests.
#include "../audit/audit_log.hpp"
#include "../auth/passwords.hpp"
#include "../auth/user_admin.hpp"
#include "../http/body_reader.hpp"
#include "routes.hpp"

namespace stub {
namespace {

const std::vector<std::string> kUserTypes = {"BUYER", "VENDOR", "ADMIN", "SUPERUSER"};

void throw_if(const std::optional<ApiFailure>& f) {
  if (f) throw *f;
}

Account target_or_404(SQLite::Database& db, const std::string& id) {
  auto a = find_account(db, id);
  if (!a) throw not_found("user");
  return *a;
}

Reply managed_reply(Stub& s, const std::string& id, int status = 200) {
  return Reply::ok(to_managed(target_or_404(s.db.conn(), id), s.clock.now_seconds()), status);
}

Reply list_users(Stub& s, Context& ctx) {
  AccountFilter f;
  f.page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  f.size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  f.search = ctx.query("search");
  if (f.search.size() > 100) throw invalid("search", "at most 100 characters", "length_error");
  f.user_type = ctx.query("user_type");
  if (!f.user_type.empty() && std::find(kUserTypes.begin(), kUserTypes.end(), f.user_type) == kUserTypes.end())
    throw invalid("user_type", "must be one of BUYER, VENDOR, ADMIN, SUPERUSER", "enum_error");
  f.status = ctx.query("status");
  if (!f.status.empty() && f.status != "active" && f.status != "inactive" && f.status != "locked")
    throw invalid("status", "must be one of active, inactive, locked", "enum_error");
  auto page = list_accounts(s.db.conn(), f, s.clock.now_seconds());
  return Reply::page(page.items, page.pagination);
}

Reply create_user(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"email", "password", "full_name", "phone", "user_type", "is_active"});
  const std::string email = b.email();
  const std::string password = b.secret("password");
  const std::string full_name = b.text("full_name", 2, 120);
  const std::string phone = b.colombian_mobile("phone", false);
  const std::string user_type = b.one_of("user_type", kUserTypes, true);
  const bool active = b.boolean("is_active").value_or(true);
  b.check();
  throw_if(denied_to_create(*ctx.caller, user_type));
  passwords::enforce_policy(password, email);

  NewAccount a{email, passwords::hash(password), full_name, phone, user_type, active, std::nullopt};
  const std::string id = s.db.write([&](SQLite::Database& tx) {
    if (email_taken(tx, email))
      throw ApiFailure(409, "EMAIL_TAKEN", "an account with this email already exists", {{"email", "is already registered", "duplicate"}});
    std::string new_id = insert_account(tx, a, s.clock.now_seconds());
    append_audit(s, tx, audit_event(ctx, "user.created", "user:" + new_id, "success",
                                    {{"email", email}, {"user_type", user_type}, {"is_active", active}}));
    return new_id;
  });
  return managed_reply(s, id, 201);
}

Reply get_user(Stub& s, Context& ctx) { return managed_reply(s, ctx.param("id")); }

Reply update_user(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"full_name", "phone", "is_active", "user_type"});
  const std::string full_name = b.text("full_name", 2, 120, false);
  const std::string phone = b.colombian_mobile("phone", false);
  const auto active = b.boolean("is_active");
  const std::string user_type = b.one_of("user_type", kUserTypes, false);
  b.check();

  s.db.write([&](SQLite::Database& tx) {
    const Account target = target_or_404(tx, ctx.param("id"));
    throw_if(denied_to_manage(*ctx.caller, target));
    if (!user_type.empty() && user_type != target.user_type) throw_if(denied_to_change_role(*ctx.caller, target, user_type));
    if (active && *active != target.is_active) throw_if(denied_to_disable(*ctx.caller, target, "deactivate"));

    json changed = json::array();
    if (b.has("full_name") || b.has("phone")) {
      SQLite::Statement q(tx,
                          "UPDATE users SET full_name = COALESCE(NULLIF(?, ''), full_name),"
                          " phone = CASE WHEN ? THEN ? ELSE phone END, updated_at = ? WHERE id = ?");
      q.bind(1, full_name);
      q.bind(2, b.has("phone") ? 1 : 0);
      q.bind(3, phone);
      q.bind(4, iso_utc(s.clock.now_seconds()));
      q.bind(5, target.id);
      q.exec();
      if (b.has("full_name")) changed.push_back("full_name");
      if (b.has("phone")) changed.push_back("phone");
      append_audit(s, tx, audit_event(ctx, "user.updated", "user:" + target.id, "success", {{"email", target.email}, {"fields", changed}}));
    }
    if (!user_type.empty()) set_role(s, tx, ctx, target, user_type);
    if (active) set_active(s, tx, ctx, target, *active);
  });
  return managed_reply(s, ctx.param("id"));
}

Reply delete_user(Stub& s, Context& ctx) {
  s.db.write([&](SQLite::Database& tx) {
    const Account target = target_or_404(tx, ctx.param("id"));
    throw_if(denied_to_disable(*ctx.caller, target, "delete"));
    soft_delete(s, tx, ctx, target);
  });
  return Reply::ok_message({{"id", ctx.param("id")}, {"deleted", true}}, "user deleted");
}

Reply unlock_user(Stub& s, Context& ctx) {
  s.db.write([&](SQLite::Database& tx) {
    const Account target = target_or_404(tx, ctx.param("id"));
    throw_if(denied_to_manage(*ctx.caller, target));
    unlock_account(s, tx, ctx, target);
  });
  return managed_reply(s, ctx.param("id"));
}

// Each id succeeds or fails on its own (a forbidden one does not stop the rest); all of them,
// and their audit entries, commit together.
Reply bulk_action(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"action", "user_ids"});
  const std::string action = b.one_of("action", {"activate", "deactivate", "unlock"}, true);
  std::vector<std::string> ids;
  const json& body = ctx.body();
  if (!body.contains("user_ids")) b.add("user_ids", "is required", "missing");
  else if (!body["user_ids"].is_array() || body["user_ids"].empty() || body["user_ids"].size() > 100)
    b.add("user_ids", "must be a list of 1 to 100 user ids", "type_error");
  else
    for (const auto& id : body["user_ids"]) {
      if (!id.is_string() || id.get<std::string>().size() > 64) {
        b.add("user_ids", "every entry must be a user id", "type_error");
        break;
      }
      if (std::find(ids.begin(), ids.end(), id.get<std::string>()) == ids.end()) ids.push_back(id.get<std::string>());
    }
  b.check();

  json results = json::array();
  int succeeded = 0;
  s.db.write([&](SQLite::Database& tx) {
    for (const auto& id : ids) {
      auto target = find_account(tx, id);
      std::optional<ApiFailure> denied;
      if (!target) denied = not_found("user");
      else if (action == "deactivate") denied = denied_to_disable(*ctx.caller, *target, "deactivate");
      else denied = denied_to_manage(*ctx.caller, *target);
      if (denied) {
        results.push_back({{"user_id", id}, {"ok", false}, {"error_code", denied->code}, {"message", denied->message}});
        continue;
      }
      if (action == "unlock") unlock_account(s, tx, ctx, *target);
      else set_active(s, tx, ctx, *target, action == "activate");
      results.push_back({{"user_id", id}, {"ok", true}});
      ++succeeded;
    }
    append_audit(s, tx, audit_event(ctx, "user.bulk_action", "", "success",
                                    {{"action", action}, {"requested", static_cast<int>(ids.size())}, {"succeeded", succeeded}}));
  });
  return Reply::ok({{"action", action}, {"succeeded", succeeded}, {"failed", static_cast<int>(ids.size()) - succeeded}, {"results", results}});
}

}  // namespace

void add_users_routes(Router& r, Stub& s) {
  const std::string tag = "users";
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  const std::string base = "/api/v1/superuser-admin/users";
  r.add({"GET", base, staff, [&s](Context& c) { return list_users(s, c); },
         "Accounts: search, user_type, status (active|inactive|locked), paged", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("ManagedUser")}}});
  r.add({"POST", base, staff, [&s](Context& c) { return create_user(s, c); },
         "Create an account (ADMIN and SUPERUSER accounts: SUPERUSER only)", tag, BodyKind::Json, ref("UserCreate"),
         ref("ManagedUser"), 201});
  r.add({"GET", base + "/{id}", staff, [&s](Context& c) { return get_user(s, c); }, "One account", tag, BodyKind::None,
         nullptr, ref("ManagedUser")});
  r.add({"PATCH", base + "/{id}", staff, [&s](Context& c) { return update_user(s, c); },
         "Change name, phone, is_active or (SUPERUSER only, never your own) user_type", tag, BodyKind::Json,
         ref("UserUpdate"), ref("ManagedUser")});
  r.add({"DELETE", base + "/{id}", staff, [&s](Context& c) { return delete_user(s, c); },
         "Soft-delete an account and end its sessions", tag});
  r.add({"POST", base + "/bulk-action", staff, [&s](Context& c) { return bulk_action(s, c); },
         "activate | deactivate | unlock up to 100 accounts; a result per id", tag, BodyKind::Json, ref("BulkAction")});
  r.add({"POST", base + "/{id}/unlock", staff, [&s](Context& c) { return unlock_user(s, c); },
         "Lift a lockout", tag, BodyKind::None, nullptr, ref("ManagedUser")});
}

}  // namespace stub
