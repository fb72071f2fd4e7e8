// mestore-cli: talk to a MeStore API (usually the stub) through the same typed client the app
// uses, from a terminal.
//
//   mestore-cli health
//   mestore-cli products --search café --size 5
//   MESTORE_PASSWORD=… mestore-cli login ana@example.co
//   mestore-cli --email ana@example.co me          # asks for the password without echo
//   mestore-cli --email ana@example.co orders
//
// Each run is one process: commands that need a session log in first (nothing is stored on
// disk). --json prints the decoded data as JSON instead of a table.
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "client/api_client.hpp"
#include "client/format.hpp"

using namespace mestore;

namespace {

struct Options {
  std::string api = "http://127.0.0.1:8000";
  std::string email;
  bool json = false;
  int wait_ms = 60000;
};

std::string env_or(const char* name, std::string fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

// MESTORE_PASSWORD, or a prompt on the terminal with echo off.
std::string read_password(const std::string& email) {
  if (const char* p = std::getenv("MESTORE_PASSWORD"); p && *p) return p;
  FILE* tty = std::fopen("/dev/tty", "r+");
  if (!tty) {
    std::fprintf(stderr, "no terminal to ask for the password; set MESTORE_PASSWORD\n");
    std::exit(2);
  }
  std::fprintf(tty, "Password for %s: ", email.c_str());
  std::fflush(tty);
  termios old{};
  const int fd = fileno(tty);
  const bool is_tty = tcgetattr(fd, &old) == 0;
  if (is_tty) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  char buf[512] = {};
  const bool got = std::fgets(buf, sizeof buf, tty) != nullptr;
  if (is_tty) tcsetattr(fd, TCSAFLUSH, &old);
  std::fprintf(tty, "\n");
  std::fclose(tty);
  std::string password = got ? buf : "";
  while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) password.pop_back();
  return password;
}

int report(const ApiError& e) {
  std::fprintf(stderr, "error: %s (%s", e.message.c_str(), e.code.c_str());
  if (e.http_status) std::fprintf(stderr, ", HTTP %d", e.http_status);
  if (e.attempts > 1) std::fprintf(stderr, ", %d attempts", e.attempts);
  if (e.retry_after_seconds) std::fprintf(stderr, ", retry after %d s", e.retry_after_seconds);
  std::fprintf(stderr, ")\n");
  for (const auto& d : e.details) std::fprintf(stderr, "  %s: %s\n", d.field.c_str(), d.message.c_str());
  return 1;
}

// Waits for `h`; on failure prints the error and returns false.
template <class T>
bool settle(ApiClient& api, const Handle<T>& h, const Options& o, int& rc) {
  if (!api.wait(h, o.wait_ms)) {
    std::fprintf(stderr, "error: no answer in time\n");
    rc = 1;
    return false;
  }
  if (h->failed()) {
    rc = report(h->error);
    return false;
  }
  return true;
}

void print_json(const json& j) { std::cout << j.dump(2) << "\n"; }

void print_user(const AuthUser& u, const Options& o) {
  if (o.json) return print_json(u);
  std::cout << u.full_name << " <" << u.email << ">  " << u.user_type << (u.is_active ? "" : " (inactive)") << "\n";
  if (!u.phone.empty()) std::cout << "phone     " << u.phone << "\n";
  if (u.vendor_status) std::cout << "vendor    " << *u.vendor_status << "\n";
  if (!u.created_at.empty()) std::cout << "since     " << format_datetime(u.created_at, Locale::Es) << "\n";
  std::cout << "id        " << u.id << "\n";
}

bool sign_in(ApiClient& api, const Options& o, int& rc) {
  if (o.email.empty()) {
    std::fprintf(stderr, "error: this command needs --email (or MESTORE_EMAIL)\n");
    rc = 2;
    return false;
  }
  auto h = api.login(o.email, read_password(o.email));
  if (!settle(api, h, o, rc)) {
    if (int left = api.session().lock_seconds_left(); left > 0)
      std::fprintf(stderr, "account locked: try again in %d min\n", (left + 59) / 60);
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  o.api = env_or("MESTORE_API", o.api);
  o.email = env_or("MESTORE_EMAIL", "");

  CLI::App cli{"mestore-cli: the MeStore API client on the command line (password: MESTORE_PASSWORD or a prompt)"};
  cli.add_option("--api", o.api, "API base URL (env MESTORE_API)")->capture_default_str();
  cli.add_option("--email,-u", o.email, "account for commands that need a session (env MESTORE_EMAIL)");
  cli.add_flag("--json", o.json, "print the data as JSON");
  cli.add_option("--wait-ms", o.wait_ms, "how long to wait for an answer, retries included")->capture_default_str();
  cli.require_subcommand(1);

  auto* health = cli.add_subcommand("health", "server health");
  ProductQuery q;
  auto* products = cli.add_subcommand("products", "list approved products");
  products->add_option("--search,-s", q.search, "words in the name or description");
  products->add_option("--category,-c", q.category, "category id or slug");
  products->add_option("--page", q.page, "page (from 1)");
  products->add_option("--size", q.size, "products per page (1–100)");
  products->add_option("--sort-by", q.sort_by, "name | price | created_at");
  products->add_option("--sort-order", q.sort_order, "asc | desc");
  std::string product_id;
  auto* product = cli.add_subcommand("product", "one product by id");
  product->add_option("id", product_id, "product id")->required();
  auto* categories = cli.add_subcommand("categories", "all categories with product counts");
  std::string login_email;
  auto* login = cli.add_subcommand("login", "sign in and show who you are (checks a password)");
  login->add_option("email", login_email, "account email")->required();
  auto* me = cli.add_subcommand("me", "the signed-in account (needs --email)");
  auto* orders = cli.add_subcommand("orders", "your orders, as JSON (needs --email)");
  std::string get_path;
  auto* get = cli.add_subcommand("get", "any GET under the API, data as JSON (signed in with --email)");
  get->add_option("path", get_path, "e.g. /api/v1/categories")->required();
  CLI11_PARSE(cli, argc, argv);

  ApiClient api(make_default_transport(o.api));
  int rc = 0;

  if (*health) {
    auto h = api.health();
    if (!settle(api, h, o, rc)) return rc;
    if (o.json) print_json(h->value);
    else std::cout << "status " << h->value.status << ", database " << h->value.database << ", version "
                   << h->value.version << ", up " << h->value.uptime_seconds << " s\n";
  } else if (*products) {
    auto h = api.products(q);
    if (!settle(api, h, o, rc)) return rc;
    if (o.json) {
      print_json({{"data", h->value.items}, {"pagination", h->value.pagination}});
    } else {
      for (const auto& p : h->value.items)
        std::printf("%-36s  %-14s  %6d  %s\n", p.id.c_str(), format_cop(p.price).c_str(), p.stock_available, p.name.c_str());
      const auto& pg = h->value.pagination;
      std::printf("page %d of %d, %lld products\n", pg.page, pg.total_pages, static_cast<long long>(pg.total));
    }
  } else if (*product) {
    auto h = api.product(product_id);
    if (!settle(api, h, o, rc)) return rc;
    const auto& p = h->value;
    if (o.json) print_json(p);
    else std::cout << p.name << "\n" << format_cop(p.price) << " · " << p.stock_available << " available · "
                   << p.vendor_name << " · " << p.category_name << "\n" << p.description << "\n";
  } else if (*categories) {
    auto h = api.categories();
    if (!settle(api, h, o, rc)) return rc;
    if (o.json) print_json(h->value);
    else
      for (const auto& c : h->value)
        std::printf("%s%-30s %5d  %s\n", c.parent_id ? "  " : "", c.name.c_str(), c.product_count, c.slug.c_str());
  } else if (*login) {
    o.email = login_email;
    if (!sign_in(api, o, rc)) return rc;
    print_user(*api.session().user(), o);
  } else if (*me) {
    if (!sign_in(api, o, rc)) return rc;
    auto h = api.me();
    if (!settle(api, h, o, rc)) return rc;
    print_user(h->value, o);
  } else if (*orders || *get) {
    if ((*orders || !o.email.empty()) && !sign_in(api, o, rc)) return rc;
    auto h = api.raw_get(*orders ? "/api/v1/orders" : get_path);
    if (!settle(api, h, o, rc)) return rc;
    print_json(h->value);
  }
  if (api.session().signed_in()) {
    auto out = api.logout();  // leave no session behind on the server
    api.wait(out, 3000);
  }
  return rc;
}
