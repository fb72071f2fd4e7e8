// What must hold in a stub's database after a crash, whatever moment it hit: the database is
// intact, every order a client was told about is there with its items, reserved stock is exactly
// what live orders hold, paid orders have their commissions (and vendor + platform = base), and
// the audit chain verifies offline. Shared by the single-crash integration test and the kill loop.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "money_helpers.hpp"
#include "stub_process.hpp"

namespace testsupport {

inline void check_books_after_crash(const StubProcess& stub, const std::vector<std::string>& acknowledged) {
  auto sql = [&](const std::string& q) { return sql_at(stub, q); };
  REQUIRE(sql("PRAGMA integrity_check") == "ok");
  // A query per 500 of them (ids are UUIDs: no quoting needed; one command-line argument may not
  // exceed 128 KiB on Linux).
  for (std::size_t from = 0; from < acknowledged.size(); from += 500) {
    const std::size_t to = std::min(acknowledged.size(), from + 500);
    std::string in;
    for (std::size_t i = from; i < to; ++i) in += (in.empty() ? "'" : ",'") + acknowledged[i] + "'";
    CHECK(sql("SELECT COUNT(*) FROM orders WHERE id IN (" + in + ")") == std::to_string(to - from));
  }
  CHECK(sql("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)") == "0");
  CHECK(sql("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'order.created'"
            " AND l.target = 'order:' || o.id)") == "0");
  CHECK(sql("SELECT COUNT(*) FROM products p WHERE p.stock_reserved != COALESCE((SELECT SUM(i.quantity) FROM order_items i"
            " JOIN orders o ON o.id = i.order_id WHERE i.product_id = p.id AND o.status IN ('pending','confirmed','processing')), 0)"
            " OR p.stock_reserved > p.stock_quantity OR p.stock_reserved < 0") == "0");
  CHECK(sql("SELECT COUNT(*) FROM orders o WHERE o.status = 'confirmed' AND o.payment_status = 'paid'"
            " AND NOT EXISTS (SELECT 1 FROM commissions c WHERE c.order_id = o.id)") == "0");
  CHECK(sql("SELECT COUNT(*) FROM commissions WHERE vendor_amount + platform_amount != base") == "0");
  // Every idempotency key left done has its order; a claim left in flight did nothing.
  CHECK(sql("SELECT COUNT(*) FROM idempotency_keys WHERE state = 'done' AND response_body IS NULL") == "0");
  int rc = -1;
  std::string verify = "'";  // built step by step: GCC 12's -Wrestrict misfires on "…" + std::string&&
  verify += stub_binary();
  verify += "' verify --data-dir '" + stub.data_dir() + "' 2>&1";
  const std::string out = run_command(verify, &rc);
  INFO(out);
  CHECK(rc == 0);
}

}  // namespace testsupport
