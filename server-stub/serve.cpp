#include "serve.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "auth/authorize.hpp"
#include "auth/passwords.hpp"
#include "db/seed_snapshot.hpp"
#include "http/http_server.hpp"
#include "ids.hpp"
#include "http/openapi.hpp"
#include "log.hpp"
#include "orders/order_expiry.hpp"
#include "routes/routes.hpp"
#include "seed/seed.hpp"
#include "stub.hpp"

namespace stub {
namespace {

HttpServer* g_server = nullptr;
void on_signal(int) {
  if (g_server) g_server->stop();
}

bool prepare_data_dir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "mestore-stub: cannot create data dir %s: %s\n", dir.c_str(), ec.message().c_str());
    return false;
  }
  ::chmod(dir.c_str(), 0700);
  return true;
}

bool acceptable_for_every_seed_account(const std::string& password) {
  for (const auto& email : seed_account_emails())
    if (!passwords::policy_problems(password, email).empty()) return false;
  return true;
}

// Demo accounts on first start. Their password is shown once, on the terminal, when we made it
// up; it never reaches the JSON log.
bool seed_demo_accounts(Stub& s) {
  if (accounts_exist(s)) return true;
  SeedPassword pw;
  try {
    pw = resolve_seed_password(s.config.data_dir, acceptable_for_every_seed_account);
  } catch (const SecretError& e) {
    std::fprintf(stderr, "mestore-stub: %s\n", e.what());
    return false;
  }
  if (!acceptable_for_every_seed_account(pw.value)) {
    std::fprintf(stderr,
                 "mestore-stub: MESTORE_SEED_PASSWORD does not meet the password policy: %zu to %zu characters, not a common\n"
                 "password, and not containing a demo account's email name (super, admin, the vendors', the buyers').\n",
                 passwords::kMinLength, passwords::kMaxLength);
    return false;
  }
  const int created = seed_accounts(s, passwords::hash(pw.value));
  log_info({{"event", "accounts_seeded"}, {"accounts", created},
            {"password_from", pw.from_environment ? "MESTORE_SEED_PASSWORD" : seed_password_path(s.config.data_dir)}});
  if (pw.generated)
    std::fprintf(stderr,
                 "\nDemo accounts created (super@mestore.com, admin@mestore.com, the vendors' and buyers'; see README).\n"
                 "Their password, shown this once:\n\n    %s\n\nIt is kept in %s (0600). Set MESTORE_SEED_PASSWORD to choose it.\n\n",
                 pw.value.c_str(), seed_password_path(s.config.data_dir).c_str());
  return true;
}

// What POST /api/v1/dev/reset goes back to: taken right after seeding a fresh data dir, and
// brought up to the current schema on every start after that.
void keep_seed_snapshot(Stub& s, bool fresh) {
  const std::string path = seed_snapshot_path(s.config.data_dir);
  try {
    if (fresh) make_seed_snapshot(s.db, path);
    else if (std::filesystem::exists(path)) Database(path).migrate();
  } catch (const std::exception& e) {
    // Only the reset control depends on it; the server itself is fine without.
    log_warn({{"event", "seed_snapshot_unusable"}, {"path", path}, {"error", e.what()}});
  }
}

}  // namespace

int serve(const Config& config) {
  // A file-size limit (ulimit -f) would kill the process at the first write past it; ignored, the
  // write fails with EFBIG like a full disk does, and the request gets a clear 503 instead.
  std::signal(SIGXFSZ, SIG_IGN);
  if (sodium_init() < 0) {
    std::fprintf(stderr, "mestore-stub: libsodium failed to initialise\n");
    return 1;
  }
  if (!prepare_data_dir(config.data_dir)) return 1;
  set_log_enabled(true);

  if (passwords::load_common_passwords(config.common_wordlist) == 0) {
    std::fprintf(stderr, "mestore-stub: cannot read the common-password list %s (Debian package john-data)\n",
                 config.common_wordlist.c_str());
    return 1;
  }

  Stub s{config, Database(config.data_dir + "/mestore.sqlite3")};
  s.faults.reset_to(config.faults);
  s.config.live_faults = &s.faults;
  s.started_at = s.clock.now_seconds();
  s.auth_limiter.set_limit(config.login_rate_per_minute);
  try {
    s.signing_key = load_or_create_signing_key(config.data_dir);
  } catch (const SecretError& e) {
    std::fprintf(stderr, "mestore-stub: %s\n", e.what());
    return 1;
  }
  try {
    int version = s.db.migrate();
    const bool fresh = s.db.conn().execAndGet("SELECT (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM users)").getInt() == 0;
    SeedReport seeded = config.seed == "none" ? SeedReport{} : seed_catalog(s);
    if (config.seed != "none" && !seed_demo_accounts(s)) return 1;
    // Order history only into a data dir seeded just now: never beside someone's real orders.
    const OrderSeedReport history = fresh ? seed_orders(s, seed_order_count(config.seed)) : OrderSeedReport{};
    if (history.orders > 0) {
      log_info({{"event", "orders_seeded"}, {"orders", history.orders}, {"seed_ms", static_cast<std::int64_t>(history.ms)}});
      if (config.seed == "large") {
        std::printf("mestore-stub: seeded %d orders in %.1f s\n", history.orders, history.ms / 1000.0);
        std::fflush(stdout);
      }
    }
    keep_seed_snapshot(s, fresh);
    log_info({{"event", "database_ready"}, {"schema_version", version}, {"seeded_products", seeded.products},
              {"seeded_images", seeded.images}, {"seeded_image_bytes", seeded.image_bytes},
              {"seed_ms", static_cast<std::int64_t>(seeded.ms)}, {"audit_key_id", s.signing_key.key_id}});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mestore-stub: the database in %s cannot be opened or migrated: %s\n", config.data_dir.c_str(), e.what());
    return 1;
  }
  // Unknown emails are checked against this, so they take as long as a wrong password.
  s.dummy_password_hash = passwords::hash(random_hex(16));

  Router router;
  add_all_routes(router, s);
  router.add({"GET", "/openapi.json", Access::anyone(),
              [&router](Context&) { return Reply::raw(openapi_document(router, MESTORE_VERSION).dump(), "application/json"); },
              "This document", "system"});

  StaticFiles files;
  // Swagger UI first, so our own /docs/index.html (no inline script, CSP-clean) replaces its demo page.
  if (!config.docs_root.empty()) files.add_tree(config.docs_root, "/docs/");
  int app_files = config.web_root.empty() ? 0 : files.add_tree(config.web_root, "/");
  if (app_files == 0) log_warn({{"event", "no_web_app"}, {"web_root", config.web_root}, {"hint", "build it with ./mestore build"}});

  HttpServer http(s, router, files);
  http.authorize = [&s](Context& ctx, const Route& route) { authorize(s, ctx, route); };
  int port = http.bind(config.bind, config.port);
  if (port < 0) {
    std::fprintf(stderr, "mestore-stub: cannot listen on %s:%d (in use?)\n", config.bind.c_str(), config.port);
    return 1;
  }
  const std::string url = "http://" + config.bind + ":" + std::to_string(port);
  log_info({{"event", "listening"}, {"url", url}, {"port", port}});
  std::fprintf(stderr, "\nMeStore stub server listening on %s\n  app:  %s/\n  api:  %s/api/v1\n  docs: %s/docs/\n\n",
               url.c_str(), url.c_str(), url.c_str(), url.c_str());

  // Unpaid orders give their stock back after 72 h.
  std::optional<orders::ExpirySweeper> expiry;
  if (config.expiry_sweep_seconds > 0) expiry.emplace(s, config.expiry_sweep_seconds);

  g_server = &http;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  http.listen();
  g_server = nullptr;
  log_info({{"event", "stopped"}});
  return 0;
}

}  // namespace stub
