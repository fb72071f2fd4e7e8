// Vendors apply (a VENDOR account pending approval plus its business) and admins decide.
// An application is the vendors row; its status is the account's vendor_status.
#include <regex>

#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../auth/login.hpp"
#include "../auth/passwords.hpp"
#include "../http/body_reader.hpp"
#include "../ids.hpp"
#include "routes.hpp"

namespace stub {
namespace {

constexpr const char* kApplicationColumns =
    "v.id, u.id, u.email, u.full_name, u.phone, v.business_name, v.city, v.document_number, v.business_type,"
    " v.description, u.vendor_status, COALESCE(v.applied_at, u.created_at), v.reviewed_at, v.rejection_reason";
constexpr const char* kApplicationJoin = " FROM vendors v JOIN users u ON u.id = v.user_id WHERE u.deleted_at IS NULL";

mestore::VendorApplication application_from_row(SQLite::Statement& q) {
  mestore::VendorApplication a;
  a.id = q.getColumn(0).getString();
  a.user_id = q.getColumn(1).getString();
  a.email = q.getColumn(2).getString();
  a.full_name = q.getColumn(3).getString();
  a.phone = q.getColumn(4).getString();
  a.business_name = q.getColumn(5).getString();
  a.city = q.getColumn(6).getString();
  a.document_number = q.getColumn(7).getString();
  a.business_type = q.getColumn(8).getString();
  a.description = q.getColumn(9).getString();
  a.status = q.getColumn(10).getString();
  a.applied_at = q.getColumn(11).getString();
  if (!q.getColumn(12).isNull()) a.reviewed_at = q.getColumn(12).getString();
  if (!q.getColumn(13).isNull()) a.rejection_reason = q.getColumn(13).getString();
  return a;
}

std::optional<mestore::VendorApplication> find_application(SQLite::Database& db, const char* column, const std::string& value) {
  SQLite::Statement q(db, std::string("SELECT ") + kApplicationColumns + kApplicationJoin + " AND " + column + " = ?");
  q.bind(1, value);
  if (!q.executeStep()) return std::nullopt;
  return application_from_row(q);
}

Reply apply_as_vendor(Stub& s, Context& ctx) {
  throttle_auth_request(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"email", "password", "full_name", "phone", "business_name", "city", "document_number", "business_type", "description"});
  const std::string email = b.email();
  const std::string password = b.secret("password");
  const std::string full_name = b.text("full_name", 2, 120);
  const std::string phone = b.colombian_mobile("phone", true);
  const std::string business = b.text("business_name", 2, 120);
  const std::string city = b.text("city", 2, 80);
  const std::string document = b.text("document_number", 6, 12);
  // NIT (9 digits, optional "-check digit") or cédula (6–10 digits).
  static const std::regex doc_re(R"(^\d{6,10}(-\d)?$)");
  if (!document.empty() && !std::regex_match(document, doc_re))
    b.add("document_number", "must be a NIT (900123456-7) or a cédula number", "value_error");
  const std::string business_type = b.one_of("business_type", {"persona_natural", "empresa"}, false);
  const std::string description = b.text("description", 0, 1000, false);
  b.check();
  passwords::enforce_policy(password, email);

  NewAccount a{email, passwords::hash(password), full_name, phone, "VENDOR", true, std::string("PENDING")};
  const std::int64_t now = s.clock.now_seconds();
  const std::string vendor_id = s.db.write([&](SQLite::Database& tx) {
    if (email_taken(tx, email))
      throw ApiFailure(409, "EMAIL_TAKEN", "an account with this email already exists", {{"email", "is already registered", "duplicate"}});
    const std::string user_id = insert_account(tx, a, now);
    const std::string id = new_uuid();
    SQLite::Statement q(tx,
                        "INSERT INTO vendors(id, business_name, city, commission_type, user_id, document_number, business_type,"
                        " description, applied_at) VALUES (?,?,?,'STANDARD',?,?,?,?,?)");
    q.bind(1, id);
    q.bind(2, business);
    q.bind(3, city);
    q.bind(4, user_id);
    q.bind(5, document);
    q.bind(6, business_type);
    q.bind(7, description);
    q.bind(8, iso_utc(now));
    q.exec();
    AuditEvent e = audit_event(ctx, "vendor.applied", "vendor:" + id);
    e.actor_id = user_id;
    e.actor_email = email;
    e.details = {{"business_name", business}, {"city", city}};
    append_audit(s, tx, e);
    return id;
  });
  auto app = find_application(s.db.conn(), "v.id", vendor_id);
  return Reply::ok_message(*app, "application received; an administrator will review it", 201);
}

Reply own_vendor_profile(Stub& s, Context& ctx) {
  auto app = find_application(s.db.conn(), "u.id", ctx.caller->user_id);
  if (!app) throw not_found("vendor profile");
  return Reply::ok(*app);
}

Reply list_applications(Stub& s, Context& ctx) {
  const int page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  const int size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  const std::string status = ctx.query("status");
  if (!status.empty() && status != "PENDING" && status != "APPROVED" && status != "REJECTED")
    throw invalid("status", "must be one of PENDING, APPROVED, REJECTED", "enum_error");
  const std::string where = status.empty() ? "" : " AND u.vendor_status = ?1";
  auto& db = s.db.conn();
  SQLite::Statement count(db, std::string("SELECT COUNT(*)") + kApplicationJoin + where);
  if (!status.empty()) count.bind(1, status);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string("SELECT ") + kApplicationColumns + kApplicationJoin + where +
                              " ORDER BY COALESCE(v.applied_at, u.created_at) DESC, v.id LIMIT ?2 OFFSET ?3");
  if (!status.empty()) q.bind(1, status);
  q.bind(2, size);
  q.bind(3, static_cast<std::int64_t>(page - 1) * size);
  json items = json::array();
  while (q.executeStep()) items.push_back(application_from_row(q));
  return Reply::page(items, mestore::make_pagination(page, size, total));
}

// PENDING → APPROVED | REJECTED, once; the decision, its reviewer and reason are kept.
Reply decide(Stub& s, Context& ctx, bool approve) {
  std::string reason;
  if (!approve) {
    BodyReader b(ctx.body());
    b.allow_only({"reason"});
    reason = b.text("reason", 5, 500);
    b.check();
  }
  s.db.write([&](SQLite::Database& tx) {
    auto app = find_application(tx, "v.id", ctx.param("id"));
    if (!app) throw not_found("vendor application");
    if (app->status != "PENDING")
      throw ApiFailure(409, "APPLICATION_DECIDED", "this application was already " + app->status);
    const std::string now = iso_utc(s.clock.now_seconds());
    SQLite::Statement u(tx, "UPDATE users SET vendor_status = ?, updated_at = ? WHERE id = ?");
    u.bind(1, approve ? "APPROVED" : "REJECTED");
    u.bind(2, now);
    u.bind(3, app->user_id);
    u.exec();
    SQLite::Statement v(tx, "UPDATE vendors SET reviewed_at = ?, reviewed_by = ?, rejection_reason = ? WHERE id = ?");
    v.bind(1, now);
    v.bind(2, ctx.caller->user_id);
    if (approve) v.bind(3);
    else v.bind(3, reason);
    v.bind(4, app->id);
    v.exec();
    json details = {{"business_name", app->business_name}, {"vendor_user_id", app->user_id}};
    if (!approve) details["reason"] = reason;
    append_audit(s, tx, audit_event(ctx, approve ? "vendor.approved" : "vendor.rejected", "vendor:" + app->id, "success", details));
  });
  return Reply::ok(*find_application(s.db.conn(), "v.id", ctx.param("id")));
}

}  // namespace

void add_vendor_application_routes(Router& r, Stub& s) {
  const std::string tag = "vendors";
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  r.add({"POST", "/api/v1/vendors/register", Access::anyone(), [&s](Context& c) { return apply_as_vendor(s, c); },
         "Apply as a vendor: a VENDOR account pending approval", tag, BodyKind::Json, ref("VendorRegisterRequest"),
         ref("VendorApplication"), 201});
  r.add({"GET", "/api/v1/vendors/me", Access::only({"VENDOR"}), [&s](Context& c) { return own_vendor_profile(s, c); },
         "Your vendor profile (approved vendors)", tag, BodyKind::None, nullptr, ref("VendorApplication")});
  r.add({"GET", "/api/v1/admin/vendor-applications", staff, [&s](Context& c) { return list_applications(s, c); },
         "Vendor applications, newest first; filter status", tag, BodyKind::None, nullptr,
         {{"type", "array"}, {"items", ref("VendorApplication")}}});
  r.add({"PATCH", "/api/v1/admin/vendor-applications/{id}/approve", staff, [&s](Context& c) { return decide(s, c, true); },
         "Approve a pending application", tag, BodyKind::None, nullptr, ref("VendorApplication")});
  r.add({"PATCH", "/api/v1/admin/vendor-applications/{id}/reject", staff, [&s](Context& c) { return decide(s, c, false); },
         "Reject a pending application (reason required)", tag, BodyKind::Json, ref("RejectRequest"), ref("VendorApplication")});
}

}  // namespace stub
