// /api/v1/auth: sign in (customers and the staff-only door), register a buyer, refresh, sign out,
// and the caller's own profile. Sessions and password changes are in session_routes.cpp.
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../auth/login.hpp"
#include "../auth/passwords.hpp"
#include "../auth/refresh_cookie.hpp"
#include "../http/body_reader.hpp"
#include "routes.hpp"

namespace stub {
namespace {

// Login, admin-login and refresh answer alike: the token pair, the user, and the refresh cookie.
Reply token_reply(Stub& s, const IssuedTokens& t, const Account& a) {
  const std::int64_t left = t.session_expires_at - s.clock.now_seconds();
  mestore::LoginResult r;
  r.access_token = t.access_token;
  r.refresh_token = t.refresh_token;
  r.expires_in = static_cast<int>(std::min<std::int64_t>(kAccessTokenSeconds, left));
  r.user = to_wire(a);
  Reply reply = Reply::ok(r);
  reply.headers.emplace_back("Set-Cookie", refresh_cookie(t.refresh_token, left));
  return reply;
}

Reply login(Stub& s, Context& ctx, bool staff_only) {
  throttle_auth_request(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"email", "password"});
  const std::string email = b.email();
  const std::string password = b.secret("password");
  b.check();
  SignedIn in = sign_in(s, ctx, email, password, staff_only);
  return token_reply(s, in.tokens, in.account);
}

Reply register_buyer(Stub& s, Context& ctx) {
  throttle_auth_request(s, ctx);
  BodyReader b(ctx.body());
  b.allow_only({"email", "password", "full_name", "phone", "user_type"});
  const std::string email = b.email();
  const std::string password = b.secret("password");
  const std::string full_name = b.text("full_name", 2, 120);
  const std::string phone = b.colombian_mobile("phone", false);
  // Public registration makes buyers. Saying so explicitly is fine; asking for more is refused.
  if (b.has("user_type") && ctx.body()["user_type"] != "BUYER")
    b.add("user_type", "field not allowed: public registration creates BUYER accounts only "
                       "(vendors apply at /api/v1/vendors/register)", "field_not_allowed");
  b.check();
  passwords::enforce_policy(password, email);

  NewAccount a{email, passwords::hash(password), full_name, phone, "BUYER", true, std::nullopt};
  const std::int64_t now = s.clock.now_seconds();
  const std::string id = s.db.write([&](SQLite::Database& tx) {
    if (email_taken(tx, email)) throw ApiFailure(409, "EMAIL_TAKEN", "an account with this email already exists", {{"email", "is already registered", "duplicate"}});
    std::string new_id = insert_account(tx, a, now);
    AuditEvent e = audit_event(ctx, "auth.register", "user:" + new_id);
    e.actor_id = new_id;
    e.actor_email = email;
    e.details = {{"user_type", "BUYER"}};
    append_audit(s, tx, e);
    return new_id;
  });
  return Reply::ok(to_wire(*find_account(s.db.conn(), id)), 201);
}

Reply refresh(Stub& s, Context& ctx) {
  std::string token;
  if (!ctx.req.body.empty()) {
    BodyReader b(ctx.body());
    b.allow_only({"refresh_token"});
    if (b.has("refresh_token")) token = b.secret("refresh_token");
    b.check();
  }
  if (token.empty()) {
    token = cookie_value(ctx.req.get_header_value("Cookie"), kRefreshCookie);
    if (token.empty()) throw ApiFailure(401, "NOT_AUTHENTICATED", "send the refresh token in the body or the cookie");
    // The browser attaches cookies to any request, including a forged cross-site one; a custom
    // header it will not attach without our own script asking.
    if (ctx.req.get_header_value(kCsrfHeader) != "1")
      throw ApiFailure(403, "CSRF_REQUIRED", std::string("refreshing with the cookie needs the header ") + kCsrfHeader + ": 1");
  }
  Refreshed r = refresh_session(s, token, ctx);
  return token_reply(s, r.tokens, r.account);
}

Reply logout(Stub& s, Context& ctx) {
  s.db.write([&](SQLite::Database& tx) {
    end_session(tx, ctx.caller->session_id, "LOGOUT", s.clock.now_seconds());
    append_audit(s, tx, audit_event(ctx, "auth.logout", "session:" + ctx.caller->session_id));
  });
  Reply reply = Reply::ok_message(json::object(), "signed out");
  reply.headers.emplace_back("Set-Cookie", clear_refresh_cookie());
  return reply;
}

Reply me(Stub& s, Context& ctx) {
  auto a = find_account(s.db.conn(), ctx.caller->user_id);
  if (!a) throw ApiFailure(401, "SESSION_ENDED", "the session has ended; sign in again");
  return Reply::ok(to_wire(*a));
}

// Only the caller's own name and phone; role, status, email and the rest are refused by name.
Reply update_me(Stub& s, Context& ctx) {
  BodyReader b(ctx.body());
  b.allow_only({"full_name", "phone"});
  const std::string full_name = b.text("full_name", 2, 120, false);
  const std::string phone = b.colombian_mobile("phone", false);
  b.check();
  s.db.write([&](SQLite::Database& tx) {
    SQLite::Statement q(tx,
                        "UPDATE users SET full_name = COALESCE(NULLIF(?, ''), full_name), phone = CASE WHEN ? THEN ? ELSE phone END,"
                        " updated_at = ? WHERE id = ?");
    q.bind(1, full_name);
    q.bind(2, b.has("phone") ? 1 : 0);
    q.bind(3, phone);
    q.bind(4, iso_utc(s.clock.now_seconds()));
    q.bind(5, ctx.caller->user_id);
    q.exec();
    json changed = json::array();
    if (b.has("full_name")) changed.push_back("full_name");
    if (b.has("phone")) changed.push_back("phone");
    append_audit(s, tx, audit_event(ctx, "user.profile_updated", "user:" + ctx.caller->user_id, "success", {{"fields", changed}}));
  });
  return me(s, ctx);
}

}  // namespace

void add_auth_routes(Router& r, Stub& s) {
  const std::string tag = "auth";
  r.add({"POST", "/api/v1/auth/login", Access::anyone(), [&s](Context& c) { return login(s, c, false); },
         "Sign in: token pair, user, and the refresh cookie", tag, BodyKind::Json,
         ref("LoginRequest"), ref("LoginResult")});
  r.add({"POST", "/api/v1/auth/admin-login", Access::anyone(), [&s](Context& c) { return login(s, c, true); },
         "Sign in to the back office (403 unless ADMIN or SUPERUSER)", tag, BodyKind::Json,
         ref("LoginRequest"), ref("LoginResult")});
  r.add({"POST", "/api/v1/auth/register", Access::anyone(), [&s](Context& c) { return register_buyer(s, c); },
         "Create a BUYER account", tag, BodyKind::Json, ref("RegisterRequest"), ref("User"), 201});
  r.add({"POST", "/api/v1/auth/refresh-token", Access::anyone(), [&s](Context& c) { return refresh(s, c); },
         "Rotate the token pair (body refresh_token, or the cookie plus X-MeStore-CSRF: 1)", tag, BodyKind::OptionalJson,
         ref("RefreshRequest"), ref("LoginResult")});
  r.add({"POST", "/api/v1/auth/logout", Access::signed_in(), [&s](Context& c) { return logout(s, c); },
         "End this session and clear the refresh cookie", tag});
  r.add({"GET", "/api/v1/auth/me", Access::signed_in(), [&s](Context& c) { return me(s, c); },
         "The signed-in user", tag, BodyKind::None, nullptr, ref("User")});
  r.add({"PATCH", "/api/v1/auth/me", Access::signed_in(), [&s](Context& c) { return update_me(s, c); },
         "Change your own name or phone (nothing else)", tag, BodyKind::Json, ref("ProfileUpdate"), ref("User")});
}

}  // namespace stub
