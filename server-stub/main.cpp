// mestore-stub: a small, real implementation of the MeStore REST API on an embedded SQLite file,
// serving the web app too. Every flag has an environment variable; `--help` lists them all.
#include <CLI/CLI.hpp>

#include "audit/audit_verify.hpp"
#include "serve.hpp"

int main(int argc, char** argv) {
  stub::Config c;
  CLI::App app{"MeStore stub server: the MeStore REST API on SQLite, plus the web app"};
  app.add_option("--port", c.port, "TCP port (0 picks a free one)")->envname("MESTORE_PORT")->capture_default_str();
  app.add_option("--bind", c.bind, "address to listen on (loopback by default)")->envname("MESTORE_BIND")->capture_default_str();
  app.add_option("--data-dir", c.data_dir, "where the SQLite file, keys and media live")->envname("MESTORE_DATA_DIR")->capture_default_str();
  app.add_option("--web-root", c.web_root, "the built web app to serve at /")->envname("MESTORE_WEB_ROOT");
  app.add_option("--docs-root", c.docs_root, "swagger-ui-dist folder to serve /docs from")->envname("MESTORE_DOCS_ROOT");
  app.add_option("--seed", c.seed, "demo data on first start: demo | large | none")
      ->envname("MESTORE_SEED")->check(CLI::IsMember({"demo", "large", "none"}))->capture_default_str();
  app.add_flag("--dev-controls", c.dev_controls,
               "enable the developer controls under /api/v1/dev, for loopback callers only (404 otherwise); off by "
               "default. POST /api/v1/dev/clock {advance_seconds} moves the server clock forward; GET/PUT "
               "/api/v1/dev/chaos {rules:[{pattern:\"/api/v1/products*\", latency_ms, error_rate}]} adds latency and "
               "503 errors per path glob; GET/PUT /api/v1/dev/faults {active:[\"fraud_scorer_down\"]} switches "
               "faults at run time; POST /api/v1/dev/cash-payments {cash_code} pays an Efecty code as a cash point "
               "would; POST /api/v1/dev/reset puts the database back to the seed")
      ->envname("MESTORE_DEV_CONTROLS");
  app.add_option("--login-rate-per-minute", c.login_rate_per_minute,
                 "login + registration requests allowed per client IP per minute (0: no limit)")
      ->envname("MESTORE_LOGIN_RATE_PER_MINUTE")->check(CLI::NonNegativeNumber)->capture_default_str();
  app.add_option("--expiry-sweep-seconds", c.expiry_sweep_seconds,
                 "how often orders left unpaid for 72 h are cancelled and their stock released (0: no timer; expiry then "
                 "happens only when such an order is paid, the dev clock moves or the data is reset)")
      ->envname("MESTORE_EXPIRY_SWEEP_SECONDS")->check(CLI::NonNegativeNumber)->capture_default_str();
  app.add_option("--common-passwords", c.common_wordlist, "list of common passwords refused by the password policy")
      ->envname("MESTORE_COMMON_PASSWORDS")->capture_default_str();
  app.add_option("--faults", c.faults, "comma-separated faults injected from the start (with --dev-controls, PUT /api/v1/dev/faults changes them while running): fraud_scorer_down (the fraud scorer throws), fraud_scorer_slow (it overruns its time budget)")->envname("MESTORE_FAULTS");
  app.add_flag("--quiet", c.quiet, "no per-request log lines")->envname("MESTORE_QUIET");
  app.add_option("--threads", c.threads, "HTTP worker threads")->envname("MESTORE_THREADS")->capture_default_str();
  std::string verify_dir = "data";
  CLI::App* verify = app.add_subcommand("verify", "check a data dir's audit log (hash chain and signed head), then exit; "
                                                  "exit code 0 intact, 2 broken (first broken seq printed), 1 unreadable");
  verify->add_option("--data-dir", verify_dir, "the data dir to check")->envname("MESTORE_DATA_DIR")->capture_default_str();
  app.footer(
      "Secrets: MESTORE_SEED_PASSWORD sets the demo accounts' password; without it one is generated on\n"
      "first start, printed once and kept 0600 in <data-dir>/secrets/seed-password. The server's Ed25519\n"
      "signing key (audit log head) is generated the same way: <data-dir>/secrets/ed25519.key.");
  CLI11_PARSE(app, argc, argv);
  if (*verify) return stub::verify_command(verify_dir);
  return stub::serve(c);
}
