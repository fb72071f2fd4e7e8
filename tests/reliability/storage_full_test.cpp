// A data dir that cannot take more bytes (a full disk, simulated with a file-size limit on the
// stub: writes past it fail with EFBIG as they would with ENOSPC): every write is refused with a
// clear 503 STORAGE_UNAVAILABLE while reads keep working, nothing half-written is left, and once
// space is back the same data dir opens intact with every acknowledged write in it.
#include <doctest/doctest.h>

#include <sys/resource.h>

#include <csignal>

#include "book_checks.hpp"

using namespace testsupport;

namespace {

// Starts a stub whose files may not grow past `bytes` (the child inherits the limit at fork;
// ours is put back right after).
std::unique_ptr<StubProcess> start_with_file_limit(const StubOptions& o, rlim_t bytes) {
  rlimit before{};
  getrlimit(RLIMIT_FSIZE, &before);
  rlimit tight = before;
  tight.rlim_cur = bytes;
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);  // in case we write a file meanwhile
  setrlimit(RLIMIT_FSIZE, &tight);
  std::unique_ptr<StubProcess> s;
  try {
    s = std::make_unique<StubProcess>(o);
  } catch (...) {
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, old_handler);
    throw;
  }
  setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  return s;
}

}  // namespace

TEST_CASE("a full disk: writes get 503 STORAGE_UNAVAILABLE, reads go on, and nothing is lost or corrupt once space is back") {
  StubProcess owner(auth_stub_options());
  const std::string dir = owner.data_dir();
  std::vector<std::string> acknowledged;
  std::string buyer;
  json product;
  {
    Api a(owner.url());
    buyer = new_buyer(a, "lleno");
    product = products(a, "min_price=5000&max_price=60000&sort_by=price").at(0);
    Answer o = place(a, buyer, {line(product["id"], 1)});
    REQUIRE(o.status == 201);
    acknowledged.push_back(o.data()["id"]);
  }
  owner.stop();

  StubOptions same = auth_stub_options();
  same.data_dir = dir;
  auto full = start_with_file_limit(same, 160 * 1024);  // the WAL may grow to 160 KiB, then the disk is "full"
  Api a(full->url());
  int refused = 0, accepted = 0;
  std::vector<std::string> refused_emails;
  for (int i = 0; i < 80 && refused < 3; ++i) {
    const std::string email = unique_email("sinespacio");
    Answer r = a.post("/api/v1/auth/register", {{"email", email}, {"password", seed_password()}, {"full_name", "Diego Mora"}});
    INFO(r.raw);
    REQUIRE((r.status == 201 || r.status == 503));
    if (r.status == 201) {
      ++accepted;
      continue;
    }
    ++refused;
    refused_emails.push_back(email);
    CHECK(r.code() == "STORAGE_UNAVAILABLE");
    CHECK(r.headers.count("Retry-After") == 1);
  }
  REQUIRE(refused >= 1);
  MESSAGE(accepted << " writes fit before the disk was full; then " << refused << " refused with 503");
  // An order is refused the same way, and reads still work.
  Answer order = place(a, buyer, {line(product["id"], 1)});
  if (order.status == 201) acknowledged.push_back(order.data()["id"]);  // a checkpoint may have freed WAL room
  else CHECK(order.code() == "STORAGE_UNAVAILABLE");
  CHECK(a.get("/api/v1/products?size=5").status == 200);
  CHECK(a.get("/api/v1/orders/" + acknowledged[0], buyer).status == 200);
  full->stop();

  // Space is back: the same data dir opens intact, with what was acknowledged and nothing refused.
  StubProcess after(same);
  check_books_after_crash(after, acknowledged);
  for (const auto& email : refused_emails) CHECK(sql_at(after, "SELECT COUNT(*) FROM users WHERE email = '" + email + "'") == "0");
  Api b(after.url());
  CHECK(place(b, buyer, {line(product["id"], 1)}).status == 201);
}
