#include "migrations.hpp"

namespace stub {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, "catalog", R"SQL(
CREATE TABLE categories (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES categories(id),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE vendors (
  id TEXT PRIMARY KEY,
  business_name TEXT NOT NULL,
  city TEXT NOT NULL,
  commission_type TEXT NOT NULL DEFAULT 'STANDARD'
    CHECK (commission_type IN ('STANDARD','PREMIUM','PROMOTIONAL','CATEGORY_BASED'))
);
CREATE TABLE products (
  id TEXT PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  price INTEGER NOT NULL CHECK (price BETWEEN 100 AND 100000000),
  cost_price INTEGER,
  category_id TEXT NOT NULL REFERENCES categories(id),
  vendor_id TEXT NOT NULL REFERENCES vendors(id),
  status TEXT NOT NULL DEFAULT 'PENDING'
    CHECK (status IN ('DRAFT','PENDING','APPROVED','REJECTED','INACTIVE')),
  stock_quantity INTEGER NOT NULL DEFAULT 0 CHECK (stock_quantity >= 0),
  stock_reserved INTEGER NOT NULL DEFAULT 0 CHECK (stock_reserved >= 0 AND stock_reserved <= stock_quantity),
  image_path TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX products_status_name ON products(status, name);
CREATE INDEX products_category ON products(category_id, status);
CREATE INDEX products_vendor ON products(vendor_id);
)SQL"},
  };
  return all;
}

}  // namespace stub
