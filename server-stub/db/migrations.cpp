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
      // Version 2 (accounts: users, sessions, audit_log, vendors.user_id) comes from the accounts
      // work; this one only adds catalog tables and indexes, so the two apply in either order.
      {3, "catalog media", R"SQL(
CREATE TABLE product_images (
  product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  path TEXT NOT NULL UNIQUE,  -- below <data-dir>/media, e.g. products/TEC-00001-1a2b3c4d-1.jpg
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg','image/png','image/webp')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  created_at TEXT NOT NULL,
  PRIMARY KEY (product_id, position)
);
-- The public list filters on status and sorts by price or date.
CREATE INDEX products_status_price ON products(status, price);
CREATE INDEX products_status_created ON products(status, created_at);
)SQL"},
  };
  return all;
}

}  // namespace stub
