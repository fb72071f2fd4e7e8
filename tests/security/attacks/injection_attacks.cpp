// SQL injection by hand, where the input reaches SQL: the login body, the catalog's search,
// category, vendor, price and sort parameters. Blocked means: never a 5xx, never a login, and a
// search for a payload finds what a literal search for that text finds (nothing), not everything.
#include "tally.hpp"
#include "target.hpp"

using namespace attacks;

namespace {

const char* kPayloads[] = {
    "' OR '1'='1",          "' OR 1=1 --",        "\" OR \"\"=\"",         "admin@mestore.com' --",
    "'; DROP TABLE users; --", "1; SELECT sqlite_version()", "' UNION SELECT email, password_hash FROM users --",
    "%' AND 1=1 AND '%'='", "') OR ('a'='a",      "1' AND randomblob(100000000) --",
};

std::string encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
  }
  return out;
}

}  // namespace

TEST_CASE("SQL injection in the login body never signs anyone in") {
  for (const char* p : kPayloads) {
    Answer as_email = api().post("/api/v1/auth/login", {{"email", p}, {"password", "x"}});
    attempt("sql_injection", std::string("login email ") + p, refused(as_email) && as_email.code() != "");
    Answer as_password = api().post("/api/v1/auth/login", {{"email", kBuyer}, {"password", p}});
    // A locked account (429 ACCOUNT_LOCKED) after five of these is also a refusal.
    attempt("sql_injection", std::string("login password ") + p + " → " + std::to_string(as_password.status),
            as_password.status == 401 || as_password.status == 429);
  }
  // Unlock the buyer the password payloads may have locked, for the cases that follow.
  const std::string super = token_of(kSuper);
  Answer who = api().get("/api/v1/superuser-admin/users?search=" + std::string(kBuyer), super);
  REQUIRE(who.status == 200);
  api().post("/api/v1/superuser-admin/users/" + who.data()[0]["id"].get<std::string>() + "/unlock", json::object(), super);
}

TEST_CASE("SQL injection in catalog parameters finds nothing extra and breaks nothing") {
  Answer everything = api().get("/api/v1/products?size=1");
  REQUIRE(everything.status == 200);
  for (const char* p : kPayloads) {
    const std::string q = encode(p);
    Answer search = api().get("/api/v1/products?search=" + q);
    attempt("sql_injection", std::string("search ") + p, search.status == 200 && search.data().empty());
    for (const char* param : {"category", "vendor_id", "sort_by", "sort_order", "min_price", "page", "in_stock"}) {
      Answer a = api().get(std::string("/api/v1/products?") + param + "=" + q);
      const bool nothing_extra = a.status == 422 || (a.status == 200 && a.data().empty());
      attempt("sql_injection", std::string(param) + " " + p, nothing_extra);
    }
  }
  Answer after = api().get("/api/v1/products?size=1");
  attempt("sql_injection", "catalog intact afterwards",
          after.status == 200 && after.body["pagination"] == everything.body["pagination"]);
}
