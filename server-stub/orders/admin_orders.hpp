// The admin's view of every order: a filtered, sorted page of rows (fast at 100 000 orders: the
// filters and sorts run on indexed columns, and the count uses the very same WHERE), and one
// order in full with its buyer, events, payments and the statuses an admin may move it to.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "client/wire/backoffice.hpp"
#include "client/wire/common.hpp"

namespace stub::orders {

struct AdminOrderQuery {
  int page = 1;
  int size = 20;
  std::string status;     // "" = any
  std::string q;          // substring of the order number or the buyer's email
  std::string date_from;  // YYYY-MM-DD, inclusive (UTC)
  std::string date_to;    // YYYY-MM-DD, inclusive (UTC)
  std::string vendor_id;  // orders with at least one line of this vendor
  std::string sort = "created_at";  // created_at | total | status | order_number (checked by the caller)
  bool descending = true;
};

mestore::Page<mestore::AdminOrderRow> list_admin_orders(SQLite::Database& db, const AdminOrderQuery& q);

// 404 when the order does not exist.
mestore::AdminOrderDetail admin_order_detail(SQLite::Database& db, const std::string& id);

}  // namespace stub::orders
