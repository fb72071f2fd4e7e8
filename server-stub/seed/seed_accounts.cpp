// Demo accounts: a SUPERUSER, an ADMIN, one VENDOR per seeded vendor and a few buyers, all with
// the one seed password (MESTORE_SEED_PASSWORD, or generated on first start; see secrets.hpp).
#include <cstdio>

#include "../audit/audit_log.hpp"
#include "../auth/accounts.hpp"
#include "catalog_data.hpp"
#include "seed.hpp"

namespace stub {
namespace {

struct Person {
  const char* email;
  const char* full_name;
  const char* phone;
  const char* user_type;
};

const Person kStaff[] = {
    {"super@mestore.com", "Superusuario MeStore", "+573001000001", "SUPERUSER"},
    {"admin@mestore.com", "Administración MeStore", "+573001000002", "ADMIN"},
};

const Person kBuyers[] = {
    {"camila.rodriguez@mestore.com", "Camila Rodríguez", "+573104567812", "BUYER"},
    {"santiago.gomez@mestore.com", "Santiago Gómez", "+573152348890", "BUYER"},
    {"valentina.ospina@mestore.com", "Valentina Ospina", "+573007781234", "BUYER"},
    {"juanpablo.restrepo@mestore.com", "Juan Pablo Restrepo", "+573216549870", "BUYER"},
};

// The people behind the seeded vendors, in seed::vendors() order.
const char* const kVendorOwners[] = {"Andrés Felipe Torres", "María José Barrios", "Luisa Fernanda Mejía",
                                     "Carlos Andrés Rincón", "Diana Marcela Quintero", "Jorge Luis Pérez",
                                     "Ana Lucía Martelo", "Sergio Iván Castro"};

}  // namespace

std::vector<std::string> seed_account_emails() {
  std::vector<std::string> out;
  for (const auto& p : kStaff) out.push_back(p.email);
  for (const auto& v : seed::vendors()) out.push_back(std::string(v.email_local) + "@mestore.com");
  for (const auto& p : kBuyers) out.push_back(p.email);
  return out;
}

bool accounts_exist(Stub& s) { return s.db.conn().execAndGet("SELECT COUNT(*) FROM users").getInt() > 0; }

// One Argon2id hash serves every demo account: they share one published password by design, so
// separate salts would hide nothing, and first start stays quick.
int seed_accounts(Stub& s, const std::string& password_hash) {
  const std::int64_t now = s.clock.now_seconds();
  int created = 0;
  s.db.write([&](SQLite::Database& tx) {
    auto add = [&](const char* email, const char* name, const std::string& phone, const char* type, bool vendor) {
      NewAccount a{email, password_hash, name, phone, type, true, vendor ? std::optional<std::string>("APPROVED") : std::nullopt};
      ++created;
      return insert_account(tx, a, now);
    };
    for (const auto& p : kStaff) add(p.email, p.full_name, p.phone, p.user_type, false);
    int i = 0;
    for (const auto& v : seed::vendors()) {
      const std::string email = std::string(v.email_local) + "@mestore.com";
      char phone[32], nit[32];
      std::snprintf(phone, sizeof phone, "+5731000000%02d", i + 1);
      std::snprintf(nit, sizeof nit, "900100%03d-%d", i + 1, (i * 7 + 3) % 10);
      const std::string user_id = add(email.c_str(), kVendorOwners[i % 8], phone, "VENDOR", true);
      SQLite::Statement link(tx,
                             "UPDATE vendors SET user_id = ?, document_number = ?, business_type = 'empresa',"
                             " applied_at = ?, reviewed_at = ? WHERE business_name = ? AND user_id IS NULL");
      link.bind(1, user_id);
      link.bind(2, nit);
      link.bind(3, iso_utc(now));
      link.bind(4, iso_utc(now));
      link.bind(5, v.business_name);
      link.exec();
      ++i;
    }
    for (const auto& p : kBuyers) add(p.email, p.full_name, p.phone, p.user_type, false);
    AuditEvent e;
    e.actor_email = "system";
    e.action = "system.seeded";
    e.details = {{"accounts", created}};
    append_audit(s, tx, e);
  });
  return created;
}

}  // namespace stub
