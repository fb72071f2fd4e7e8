// Seeded order history: ~90 days of orders from the demo buyers, so the dashboards and the back
// office have something true to show. Deterministic (its own SeedRandom stream; ids and numbers
// derived from the order's index), written in one transaction through prepared statements.
//
// The history obeys the same rules as live orders, so every integrity check holds on it:
//   - totals priced by commerce::price_lines (IVA, shipping) from the catalog's prices;
//   - an order's status follows the machine, one order_event per move, at increasing times;
//   - stock: delivered and shipped orders left the warehouse before the catalog's current stock
//     was counted, so only pending/confirmed/processing orders hold a reservation
//     (stock_reserved = Σ their quantities); a product short of stock for one is restocked;
//   - paid orders have an APPROVED card payment (REFUNDED once cancelled or refunded);
//   - commissions computed by the live code's arithmetic (commerce::commissions_for_order) at
//     confirmation, with the status they have reached by now (see write_commissions);
//   - every order has its order.created audit entry.
#include <algorithm>
#include <chrono>
#include <map>

#include "../audit/audit_log.hpp"
#include "../commerce/numbers.hpp"
#include "../commerce/pricing.hpp"
#include "../ids.hpp"
#include "../commerce/commission.hpp"
#include "client/wire/orders.hpp"
#include "seed.hpp"

namespace stub {
namespace {

constexpr std::int64_t kDay = 86400;

struct Buyer {
  std::string id, email, name, phone;
};
struct Product {
  std::string id, vendor_id, sku, name;
  std::int64_t price = 0, available = 0;
  commerce::CommissionType vendor_type = commerce::CommissionType::Standard;
};
struct Line {
  const Product* product;
  std::int64_t quantity;
};

const char* const kCities[][3] = {{"Bogotá", "Cundinamarca", "Calle 85 # 11-53, apto 402"},
                                  {"Medellín", "Antioquia", "Carrera 43A # 1-50, oficina 301"},
                                  {"Cali", "Valle del Cauca", "Avenida 6N # 23-45"},
                                  {"Barranquilla", "Atlántico", "Calle 72 # 54-23, casa 5"},
                                  {"Bucaramanga", "Santander", "Carrera 27 # 36-14"},
                                  {"Cartagena", "Bolívar", "Barrio Manga, Calle 25 # 20-41"}};

// 8 characters of [A-Z0-9] that differ for every index: a multiplication by a unit of Z/36^8
// (odd, not a multiple of 3) is a bijection, so no two seeded orders share a number; a large
// multiplier spreads neighbouring indexes over the whole code space (they look random).
std::string code_for(std::uint64_t index, std::uint64_t multiplier, std::uint64_t offset) {
  constexpr std::uint64_t space = 2821109907456ull;  // 36^8
  std::uint64_t v = (index * multiplier + offset) % space;
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i, v /= 36) out[static_cast<std::size_t>(i)] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[v % 36];
  return out;
}

// The path an order took, chosen by its age so every event lies in the past.
std::vector<std::string> path_for(SeedRandom& rng, std::int64_t age_days) {
  const int roll = rng.between(1, 100);
  if (age_days >= 9) {
    if (roll <= 76) return {"pending", "confirmed", "processing", "shipped", "delivered"};
    if (roll <= 80) return {"pending", "confirmed", "processing", "shipped", "delivered", "refunded"};
    if (roll <= 86) return {"pending", "cancelled"};
    if (roll <= 90) return {"pending", "confirmed", "cancelled"};
    return {"pending", "confirmed", "processing", "shipped", "delivered"};
  }
  if (age_days >= 6) {
    if (roll <= 60) return {"pending", "confirmed", "processing", "shipped", "delivered"};
    if (roll <= 85) return {"pending", "confirmed", "processing", "shipped"};
    return {"pending", "cancelled"};
  }
  if (age_days >= 3) {
    if (roll <= 45) return {"pending", "confirmed", "processing", "shipped"};
    if (roll <= 70) return {"pending", "confirmed", "processing"};
    if (roll <= 80) return {"pending", "confirmed"};
    return {"pending", "confirmed", "cancelled"};
  }
  if (roll <= 35) return {"pending"};
  if (roll <= 65) return {"pending", "confirmed"};
  if (roll <= 85) return {"pending", "confirmed", "processing"};
  return {"pending", "cancelled"};
}

// Hours after placing at which each step of a path happened.
std::int64_t offset_of(const std::string& status) {
  if (status == "confirmed") return 1;
  if (status == "processing") return 20;
  if (status == "shipped") return 48;
  if (status == "delivered") return 120;
  if (status == "refunded") return 192;
  return 6;  // cancelled: within the day
}

bool holds_stock(const std::string& status) { return status == "pending" || status == "confirmed" || status == "processing"; }

std::string fulfilment_of(const std::string& status, SeedRandom& rng) {
  if (status == "delivered" || status == "refunded") return "delivered";
  if (status == "shipped" || status == "cancelled") return status;
  if (status == "processing") return "ready_to_ship";
  if (status == "confirmed") return rng.between(0, 1) ? "preparing" : "pending";
  return "pending";
}

class Writer {
 public:
  Writer(Stub& s, SQLite::Database& tx)
      : s_(s),
        tx_(tx),
        order_(tx, "INSERT INTO orders(id, order_number, buyer_id, status, payment_status, subtotal, iva, shipping, total,"
                   " shipping_name, shipping_phone, shipping_email, shipping_address, shipping_city, shipping_state, notes,"
                   " tracking_number, cancel_reason, created_at, updated_at, confirmed_at, cancelled_at)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'',?,?,?,?,?,?)"),
        item_(tx, "INSERT INTO order_items(id, order_id, product_id, vendor_id, sku, name, unit_price, quantity, line_total,"
                  " fulfilment_status) VALUES (?,?,?,?,?,?,?,?,?,?)"),
        event_(tx, "INSERT INTO order_events(order_id, from_status, to_status, at, actor_id, note) VALUES (?,?,?,?,?,?)"),
        payment_(tx, "INSERT INTO payments(id, order_id, buyer_id, method, amount, status, reference, card_brand, card_last4,"
                     " card_outcome, created_at, decided_at) VALUES (?,?,?,'CARD',?,?,?,?,?,'APPROVE',?,?)"),
        reserve_(tx, "UPDATE products SET stock_reserved = stock_reserved + ?1, stock_quantity = MAX(stock_quantity, stock_reserved + ?1)"
                     " WHERE id = ?2"),
        commission_(tx, "INSERT INTO commissions(id, order_id, vendor_id, commission_type, rate_basis_points, base, commission_amount,"
                        " vendor_amount, platform_amount, status, created_at, approved_at, approved_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)") {}

  void write(std::uint64_t index, const Buyer& buyer, const std::vector<Line>& lines, const std::vector<std::string>& path,
             std::int64_t placed, std::int64_t now, const std::string& admin_id, SeedRandom& rng) {
    std::vector<commerce::PriceLine> to_price;
    for (const auto& l : lines) to_price.push_back({l.product->price, l.quantity});
    const auto totals = *commerce::price_lines(to_price);
    const std::string id = uuid_from(0x0DE5000000000000ull + index, rng.next());
    const std::string number = commerce::order_number(placed).substr(0, 13) + code_for(index, 1743756922493ull, 7919ull);
    const std::string& status = path.back();
    const bool confirmed = path.size() > 1 && path[1] == "confirmed";
    const bool refunded_money = confirmed && (status == "cancelled" || status == "refunded");
    const auto at = [&](const std::string& step) { return placed + offset_of(step) * 3600 + rng.between(0, 1800); };
    std::vector<std::int64_t> times = {placed};
    for (std::size_t i = 1; i < path.size(); ++i) times.push_back(std::min(std::max(at(path[i]), times.back() + 60), now - 60));
    const auto& city = kCities[rng.between(0, 5)];

    int k = 0;
    for (const std::string& v : {id, number, buyer.id, status,
                                 std::string(!confirmed ? (status == "cancelled" ? "void" : "unpaid") : refunded_money ? "refunded" : "paid")})
      order_.bind(++k, v);
    for (std::int64_t v : {totals.subtotal, totals.iva, totals.shipping, totals.total}) order_.bind(++k, v);
    for (const char* v : {buyer.name.c_str(), buyer.phone.c_str(), buyer.email.c_str(), city[2], city[0], city[1]}) order_.bind(++k, v);
    if (confirmed) order_.bind(++k, "SHIP-" + commerce::tracking_number(times[1]).substr(5, 15) + code_for(index, 1234567890127ull, 104729ull));
    else order_.bind(++k);
    if (status == "cancelled") order_.bind(++k, confirmed ? "el comprador ya no lo necesita" : "pago no recibido a tiempo");
    else order_.bind(++k);
    order_.bind(++k, iso_utc(placed));
    order_.bind(++k, iso_utc(times.back()));
    if (confirmed) order_.bind(++k, iso_utc(times[1]));
    else order_.bind(++k);
    if (status == "cancelled") order_.bind(++k, iso_utc(times.back()));
    else order_.bind(++k);
    order_.exec();
    order_.reset();

    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      item_.bind(1, uuid_from(0x17E3000000000000ull + index * 8 + i, rng.next()));
      item_.bind(2, id);
      item_.bind(3, l.product->id);
      item_.bind(4, l.product->vendor_id);
      item_.bind(5, l.product->sku);
      item_.bind(6, l.product->name);
      item_.bind(7, l.product->price);
      item_.bind(8, l.quantity);
      item_.bind(9, totals.line_totals[i]);
      item_.bind(10, fulfilment_of(status, rng));
      item_.exec();
      item_.reset();
      if (holds_stock(status)) {
        reserve_.bind(1, l.quantity);
        reserve_.bind(2, l.product->id);
        reserve_.exec();
        reserve_.reset();
      }
    }

    for (std::size_t i = 0; i < path.size(); ++i) {
      event_.bind(1, id);
      if (i == 0) event_.bind(2);
      else event_.bind(2, path[i - 1]);
      event_.bind(3, path[i]);
      event_.bind(4, iso_utc(times[i]));
      // The buyer places and pays; the rest of the way is the back office's.
      event_.bind(5, i <= 1 ? buyer.id : admin_id);
      event_.bind(6, i == 0 ? mestore::order_notes::kPlaced : i == 1 && confirmed ? mestore::order_notes::kPaymentApproved : "");
      event_.exec();
      event_.reset();
    }

    if (confirmed) {
      payment_.bind(1, uuid_from(0x9A70000000000000ull + index, rng.next()));
      payment_.bind(2, id);
      payment_.bind(3, buyer.id);
      payment_.bind(4, totals.total);
      payment_.bind(5, refunded_money ? "REFUNDED" : "APPROVED");
      payment_.bind(6, "SEED-" + code_for(index, 998877665543ull, 15485863ull) + code_for(index, 2718281828459ull, 32452843ull));
      payment_.bind(7, index % 3 == 0 ? "MASTERCARD" : "VISA");
      payment_.bind(8, index % 3 == 0 ? "5100" : "4242");
      payment_.bind(9, times[1] - 30);
      payment_.bind(10, times[1]);
      payment_.exec();
      payment_.reset();
      write_commissions(index, id, lines, path, times, now, admin_id, rng);
    }

    AuditEvent e;
    e.actor_id = buyer.id;
    e.actor_email = buyer.email;
    e.action = "order.created";
    e.target = "order:" + id;
    e.details = {{"order_number", number}, {"total", totals.total}, {"lines", static_cast<std::int64_t>(lines.size())}, {"seeded", true}};
    append_audit(s_, tx_, e);
  }

 private:
  // The live code's arithmetic (commerce::commissions_for_order, as create_commissions uses it),
  // written with the status the commission has reached by now: approved on delivery, paid out a
  // month later, cancelled with its order (REFUNDED when it had been paid out).
  void write_commissions(std::uint64_t index, const std::string& order_id, const std::vector<Line>& lines,
                         const std::vector<std::string>& path, const std::vector<std::int64_t>& times, std::int64_t now,
                         const std::string& admin_id, SeedRandom& rng) {
    std::vector<commerce::SoldLine> sold;
    for (const auto& l : lines) sold.push_back({l.product->vendor_id, l.product->vendor_type, l.product->price, l.quantity});
    const auto split = *commerce::commissions_for_order(sold);
    const auto reached = [&](const char* step) {
      for (std::size_t i = 0; i < path.size(); ++i)
        if (path[i] == step) return std::optional<std::int64_t>(times[i]);
      return std::optional<std::int64_t>();
    };
    const auto delivered = reached("delivered");
    const bool paid_out = delivered && now - *delivered > 30 * kDay;
    const bool undone = path.back() == "cancelled" || path.back() == "refunded";
    const char* status = undone ? (paid_out ? "REFUNDED" : "CANCELLED") : paid_out ? "PAID" : delivered ? "APPROVED" : "PENDING";
    int n = 0;
    for (const auto& c : split) {
      commission_.bind(1, uuid_from(0xC0AA000000000000ull + index * 8 + static_cast<std::uint64_t>(n++), rng.next()));
      commission_.bind(2, order_id);
      commission_.bind(3, c.vendor_id);
      commission_.bind(4, std::string(commerce::to_string(c.type)));
      commission_.bind(5, c.split.rate_basis_points);
      commission_.bind(6, c.split.base);
      commission_.bind(7, c.split.commission);
      commission_.bind(8, c.split.vendor_amount);
      commission_.bind(9, c.split.platform_amount);
      commission_.bind(10, status);
      commission_.bind(11, iso_utc(times[1]));
      if (delivered) {
        commission_.bind(12, iso_utc(*delivered));
        commission_.bind(13, admin_id);
      } else {
        commission_.bind(12);
        commission_.bind(13);
      }
      commission_.exec();
      commission_.reset();
    }
  }

  Stub& s_;
  SQLite::Database& tx_;
  SQLite::Statement order_, item_, event_, payment_, reserve_, commission_;
};

}  // namespace

int seed_order_count(const std::string& seed) { return seed == "large" ? 100000 : seed == "demo" ? 360 : 0; }

OrderSeedReport seed_orders(Stub& s, int count) {
  OrderSeedReport report;
  auto& db = s.db.conn();
  if (count <= 0 || db.execAndGet("SELECT COUNT(*) FROM orders").getInt64() > 0) return report;
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<Buyer> buyers;
  SQLite::Statement b(db, "SELECT id, email, full_name, phone FROM users WHERE user_type = 'BUYER' AND deleted_at IS NULL ORDER BY email");
  while (b.executeStep())
    buyers.push_back({b.getColumn(0).getString(), b.getColumn(1).getString(), b.getColumn(2).getString(), b.getColumn(3).getString()});
  std::vector<Product> products;
  SQLite::Statement p(db,
                      "SELECT p.id, p.vendor_id, p.sku, p.name, p.price, p.stock_quantity - p.stock_reserved, v.commission_type"
                      " FROM products p JOIN vendors v ON v.id = p.vendor_id WHERE p.status = 'APPROVED' ORDER BY p.sku");
  while (p.executeStep())
    products.push_back({p.getColumn(0).getString(), p.getColumn(1).getString(), p.getColumn(2).getString(), p.getColumn(3).getString(),
                        p.getColumn(4).getInt64(), p.getColumn(5).getInt64(),
                        commerce::parse_commission_type(p.getColumn(6).getString()).value_or(commerce::CommissionType::Standard)});
  const std::string admin_id = db.execAndGet("SELECT COALESCE((SELECT id FROM users WHERE user_type = 'ADMIN' ORDER BY email LIMIT 1), '')").getString();
  if (buyers.empty() || products.empty() || admin_id.empty()) return report;

  SeedRandom rng{20261205};
  const std::int64_t now = s.clock.now_seconds();
  // Placing times spread over 90 days, oldest first, none in the last day: the fraud rules look
  // at a buyer's last day of payments, and history must not trip them for the demo buyers.
  const std::int64_t span = 89 * kDay - 3600;
  // A big page cache for the one big transaction: with the default one, SQLite reads its own
  // freshly written pages back from the WAL file all the time (measured: minutes instead of seconds).
  const std::int64_t cache_before = db.execAndGet("PRAGMA cache_size").getInt64();
  db.exec("PRAGMA cache_size = -1048576");  // 1 GiB at most, given back right after
  s.db.write([&](SQLite::Database& tx) {
    Writer w(s, tx);
    for (int i = 0; i < count; ++i) {
      const std::int64_t placed = now - 90 * kDay + span * i / count + rng.between(0, 3600);
      const auto path = path_for(rng, (now - placed) / kDay);
      std::vector<Line> lines;
      std::map<std::size_t, bool> used;
      const int n = rng.between(1, 3);
      const bool reserves = holds_stock(path.back());
      for (int l = 0; l < n; ++l) {
        const std::int64_t quantity = rng.between(1, 100) <= 80 ? 1 : 2;
        std::size_t at = 0;
        // A live order takes a product that still has the stock (a few draws); only when none
        // turns up is the product restocked (the reservation statement), which only the large
        // seed's thousands of open orders ever need: the demo's sold-out products stay sold out.
        for (int tries = 0; tries < 40; ++tries) {
          at = static_cast<std::size_t>(rng.between(0, static_cast<int>(products.size()) - 1));
          if (!used[at] && (!reserves || products[at].available >= quantity)) break;
        }
        if (used[at]) continue;
        used[at] = true;
        if (reserves) products[at].available = std::max<std::int64_t>(0, products[at].available - quantity);
        lines.push_back({&products[at], quantity});
      }
      if (lines.empty()) continue;
      w.write(static_cast<std::uint64_t>(i), buyers[static_cast<std::size_t>(i) % buyers.size()], lines, path, placed, now, admin_id, rng);
      ++report.orders;
    }
    AuditEvent e;
    e.actor_email = "system";
    e.action = "system.seeded_orders";
    e.details = {{"orders", report.orders}};
    append_audit(s, tx, e);
  });
  db.exec("PRAGMA cache_size = " + std::to_string(cache_before));
  report.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

}  // namespace stub
