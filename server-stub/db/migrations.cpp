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
      // Accounts, sessions, lockout and the audit log. Times that rules compare (sessions,
      // lockout) are epoch seconds; times people read are ISO text.
      {2, "accounts", R"SQL(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,                -- stored lowercased
  password_hash TEXT NOT NULL,               -- Argon2id, crypto_pwhash_str format
  full_name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  user_type TEXT NOT NULL CHECK (user_type IN ('BUYER','VENDOR','ADMIN','SUPERUSER')),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  vendor_status TEXT CHECK (vendor_status IN ('PENDING','APPROVED','REJECTED')),
  locked_until INTEGER NOT NULL DEFAULT 0,   -- epoch seconds; 0 or past: not locked
  failures_after INTEGER NOT NULL DEFAULT 0, -- login_attempts.id watermark: earlier failures no longer count
  last_login_at INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,                           -- soft delete
  CHECK ((user_type = 'VENDOR') = (vendor_status IS NOT NULL))
);
CREATE INDEX users_type ON users(user_type, is_active);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,               -- absolute end, 12 h after sign-in
  idle_seconds INTEGER NOT NULL,             -- by role at sign-in: 900 staff and vendors, 1800 buyers
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT '',
  ended_at INTEGER,
  end_reason TEXT CHECK (end_reason IN ('LOGOUT','EVICTED','EXPIRED','REVOKED','PASSWORD_CHANGED','REFRESH_REUSE','DEACTIVATED'))
);
CREATE INDEX sessions_user ON sessions(user_id, ended_at);

-- Every token ever issued, by hash only. Rotated ones stay (replaced_at set) so their reuse is
-- recognised instead of looking merely unknown.
CREATE TABLE session_tokens (
  token_hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  kind TEXT NOT NULL CHECK (kind IN ('access','refresh')),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  replaced_at INTEGER
);
CREATE INDEX session_tokens_session ON session_tokens(session_id, kind);

CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  user_id TEXT REFERENCES users(id),         -- null for an unknown email
  email TEXT NOT NULL,
  ip TEXT NOT NULL,
  at INTEGER NOT NULL,
  succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);
CREATE INDEX login_attempts_user ON login_attempts(user_id, at);

ALTER TABLE vendors ADD COLUMN user_id TEXT REFERENCES users(id);
ALTER TABLE vendors ADD COLUMN document_number TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN business_type TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN applied_at TEXT;
ALTER TABLE vendors ADD COLUMN reviewed_at TEXT;
ALTER TABLE vendors ADD COLUMN reviewed_by TEXT REFERENCES users(id);
ALTER TABLE vendors ADD COLUMN rejection_reason TEXT;
CREATE UNIQUE INDEX vendors_user ON vendors(user_id);

-- Append-only and hash-chained (client/audit_chain.hpp). The triggers stop mistakes; the chain
-- is what reveals a deliberate edit made behind the server's back.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL DEFAULT '',
  actor_email TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL,
  ip TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  signature TEXT NOT NULL                    -- Ed25519 over this entry as head (base64)
);
CREATE INDEX audit_log_action ON audit_log(action, seq);
CREATE INDEX audit_log_actor ON audit_log(actor_id, seq);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL"},
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
      // Orders, payments, fraud screening and commissions: the money path. Amounts are whole
      // pesos. The CHECKs are backstops behind the code's own rules: if a bug ever tried to
      // oversell, charge a negative amount or split a commission unevenly, the write fails.
      // Card data is only ever a token with brand, last four and expiry; never a number or CVC.
      {4, "orders and payments", R"SQL(
CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  order_number TEXT NOT NULL UNIQUE,          -- ORD-YYYYMMDD-XXXXXXXX
  buyer_id TEXT NOT NULL REFERENCES users(id),
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending','confirmed','processing','shipped','delivered','cancelled','refunded')),
  -- What the money side says, beside the status machine: 'in_review' is a payment held by fraud screening.
  payment_status TEXT NOT NULL DEFAULT 'unpaid'
    CHECK (payment_status IN ('unpaid','awaiting_cash','in_review','paid','refunded','void')),
  subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
  iva INTEGER NOT NULL CHECK (iva >= 0),
  shipping INTEGER NOT NULL CHECK (shipping >= 0),
  total INTEGER NOT NULL CHECK (total >= 0 AND total = subtotal + iva + shipping),
  shipping_name TEXT NOT NULL,
  shipping_phone TEXT NOT NULL,
  shipping_email TEXT NOT NULL DEFAULT '',
  shipping_address TEXT NOT NULL,
  shipping_city TEXT NOT NULL,
  shipping_state TEXT NOT NULL,
  shipping_postal_code TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  tracking_number TEXT UNIQUE,                -- SHIP-YYYYMMDDHHMMSS-XXXXXXXX, from confirmation on
  cancel_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  confirmed_at TEXT,
  cancelled_at TEXT
);
CREATE INDEX orders_buyer ON orders(buyer_id, created_at);
CREATE INDEX orders_status ON orders(status, created_at);

CREATE TABLE order_items (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  product_id TEXT NOT NULL REFERENCES products(id),
  vendor_id TEXT NOT NULL REFERENCES vendors(id),
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  line_total INTEGER NOT NULL CHECK (line_total = unit_price * quantity),
  fulfilment_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (fulfilment_status IN ('pending','preparing','ready_to_ship','shipped','delivered','cancelled')),
  UNIQUE (order_id, product_id)
);
CREATE INDEX order_items_vendor ON order_items(vendor_id, order_id);
CREATE INDEX order_items_product ON order_items(product_id);

-- Every status change, for tracking and for the admin's order history.
CREATE TABLE order_events (
  id INTEGER PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_events_order ON order_events(order_id, id);

-- The sandbox gateway's tokens. The sandbox outcome is decided from the number at tokenization
-- (as a real gateway decides from the card it holds); the number itself is gone by then.
CREATE TABLE card_tokens (
  token TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  brand TEXT NOT NULL CHECK (brand IN ('VISA','MASTERCARD','AMEX')),
  last4 TEXT NOT NULL CHECK (length(last4) = 4),
  exp_month INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  exp_year INTEGER NOT NULL CHECK (exp_year BETWEEN 2000 AND 2100),
  holder TEXT NOT NULL DEFAULT '',
  sandbox_outcome TEXT NOT NULL CHECK (sandbox_outcome IN ('APPROVE','DECLINE')),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);

CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  buyer_id TEXT NOT NULL REFERENCES users(id),
  method TEXT NOT NULL CHECK (method IN ('CARD','PSE','EFECTY')),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  status TEXT NOT NULL CHECK (status IN ('APPROVED','DECLINED','PENDING','REVIEW','REJECTED','REFUNDED','CANCELLED','EXPIRED')),
  decline_reason TEXT,
  reference TEXT NOT NULL UNIQUE,             -- the gateway's reference
  card_token TEXT REFERENCES card_tokens(token),
  card_brand TEXT,
  card_last4 TEXT,
  card_outcome TEXT CHECK (card_outcome IN ('APPROVE','DECLINE')),
  bank_code TEXT,
  bank_name TEXT,
  cash_code TEXT UNIQUE,
  cash_expires_at INTEGER,
  created_at INTEGER NOT NULL,
  decided_at INTEGER
);
CREATE INDEX payments_order ON payments(order_id, created_at);
CREATE INDEX payments_buyer ON payments(buyer_id, created_at);
-- At most one payment of an order that counts: approved, waiting for cash or held for review.
CREATE UNIQUE INDEX payments_one_live ON payments(order_id) WHERE status IN ('APPROVED','REVIEW');

CREATE TABLE fraud_assessments (
  id TEXT PRIMARY KEY,
  payment_id TEXT NOT NULL UNIQUE REFERENCES payments(id),
  order_id TEXT NOT NULL REFERENCES orders(id),
  buyer_id TEXT NOT NULL REFERENCES users(id),
  score INTEGER NOT NULL CHECK (score >= 0),
  level TEXT NOT NULL CHECK (level IN ('LOW','MEDIUM','HIGH','CRITICAL')),
  decision TEXT NOT NULL CHECK (decision IN ('allow','review','decline')),
  reasons TEXT NOT NULL DEFAULT '[]',         -- JSON [{code, points, text}]
  fail_secure INTEGER NOT NULL DEFAULT 0 CHECK (fail_secure IN (0, 1)),
  review_status TEXT NOT NULL DEFAULT 'none' CHECK (review_status IN ('none','pending','approved','rejected')),
  reviewed_by TEXT REFERENCES users(id),
  reviewed_at TEXT,
  review_note TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX fraud_assessments_review ON fraud_assessments(review_status, created_at);

CREATE TABLE fraud_alerts (
  id TEXT PRIMARY KEY,
  severity TEXT NOT NULL CHECK (severity IN ('critical','high')),
  kind TEXT NOT NULL,                         -- SCORER_FAILURE | FRAUD_DECLINED
  message TEXT NOT NULL,
  payment_id TEXT REFERENCES payments(id),
  order_id TEXT REFERENCES orders(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT REFERENCES users(id)
);
CREATE INDEX fraud_alerts_status ON fraud_alerts(status, created_at);

CREATE TABLE commissions (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  vendor_id TEXT NOT NULL REFERENCES vendors(id),
  commission_type TEXT NOT NULL CHECK (commission_type IN ('STANDARD','PREMIUM','PROMOTIONAL','CATEGORY_BASED')),
  rate_basis_points INTEGER NOT NULL CHECK (rate_basis_points BETWEEN 0 AND 10000),
  base INTEGER NOT NULL CHECK (base >= 0),
  commission_amount INTEGER NOT NULL CHECK (commission_amount >= 0),
  vendor_amount INTEGER NOT NULL CHECK (vendor_amount >= 0),
  platform_amount INTEGER NOT NULL CHECK (platform_amount >= 0 AND platform_amount = commission_amount),
  status TEXT NOT NULL DEFAULT 'PENDING'
    CHECK (status IN ('PENDING','APPROVED','PAID','DISPUTED','REFUNDED','CANCELLED')),
  created_at TEXT NOT NULL,
  approved_at TEXT,
  approved_by TEXT REFERENCES users(id),
  CHECK (vendor_amount + platform_amount = base),
  UNIQUE (order_id, vendor_id)
);
CREATE INDEX commissions_vendor ON commissions(vendor_id, created_at);
CREATE INDEX commissions_status ON commissions(status, created_at);

-- One row per (user, endpoint, Idempotency-Key). 'in_flight' rows are claimed before the work;
-- the finished response is stored in the same transaction as the work, so a key is 'done' if and
-- only if its order or payment exists.
CREATE TABLE idempotency_keys (
  user_id TEXT NOT NULL REFERENCES users(id),
  endpoint TEXT NOT NULL,
  idem_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('in_flight','done')),
  response_status INTEGER,
  response_body TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, endpoint, idem_key)
);
)SQL"},
      // Catalog management: the review trail of a product, and a counter that every catalog
      // write bumps (by trigger, so writes from any code path or from outside the server count)
      // which the public catalog's response cache compares against. Touches only tables of
      // versions 1-3, so it applies on top of whatever version 4 holds.
      {5, "catalog management", R"SQL(
ALTER TABLE products ADD COLUMN rejection_reason TEXT;
ALTER TABLE products ADD COLUMN submitted_at TEXT;
ALTER TABLE products ADD COLUMN reviewed_at TEXT;
ALTER TABLE products ADD COLUMN reviewed_by TEXT REFERENCES users(id);
CREATE INDEX products_vendor_status ON products(vendor_id, status, updated_at);
CREATE INDEX products_review_queue ON products(status, submitted_at);

CREATE TABLE catalog_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO catalog_version(id, version) VALUES (1, 1);
CREATE TRIGGER catalog_products_ins AFTER INSERT ON products BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_products_upd AFTER UPDATE ON products BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_products_del AFTER DELETE ON products BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_images_ins AFTER INSERT ON product_images BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_images_upd AFTER UPDATE ON product_images BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_images_del AFTER DELETE ON product_images BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_categories_ins AFTER INSERT ON categories BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_categories_upd AFTER UPDATE ON categories BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_categories_del AFTER DELETE ON categories BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_vendors_upd AFTER UPDATE OF business_name, city ON vendors BEGIN UPDATE catalog_version SET version = version + 1; END;
)SQL"},
      // The back office reads orders by date (default sort, date ranges) and by total; the
      // dashboards sum orders and commissions by status and date. With 100 000 orders a scan or a
      // row lookup per order is too slow, so the sums read covering indexes only.
      {6, "back office indexes", R"SQL(
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_total ON orders(total, created_at);
CREATE INDEX orders_status_sales ON orders(status, created_at, total);
CREATE INDEX commissions_sales ON commissions(status, created_at, vendor_id, base, platform_amount);
)SQL"},
  };
  return all;
}

}  // namespace stub
