// mestore-stub: a small, real implementation of the MeStore REST API on an embedded SQLite file,
// serving the web app too. Every flag has an environment variable; `--help` lists them all.
#include <CLI/CLI.hpp>

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
  app.add_flag("--dev-controls", c.dev_controls, "enable /api/v1/dev/* (latency, errors, faults, reset); loopback only")
      ->envname("MESTORE_DEV_CONTROLS");
  app.add_option("--faults", c.faults, "comma-separated faults to inject, e.g. fraud_scorer_down")->envname("MESTORE_FAULTS");
  app.add_flag("--quiet", c.quiet, "no per-request log lines")->envname("MESTORE_QUIET");
  app.add_option("--threads", c.threads, "HTTP worker threads")->envname("MESTORE_THREADS")->capture_default_str();
  app.footer(
      "Secrets: MESTORE_SEED_PASSWORD sets the demo accounts' password; without it one is generated on\n"
      "first start, printed once and kept 0600 in the data dir, like the server's signing key.");
  CLI11_PARSE(app, argc, argv);
  return stub::serve(c);
}
