#include <string>

#include "../ids.hpp"
#include "catalog_data.hpp"
#include "seed.hpp"

namespace stub {
namespace {

// Made-up house brands (Colombian trees), so the catalog names no real company.
constexpr const char* kBrands[] = {"Ceiba", "Yarumo", "Guayacán", "Cámbulo", "Samán", "Nogal", "Arrayán", "Chicalá"};

// Colombian shelf prices end in 900: $ 89.900, $ 1.299.900.
int shelf_price(SeedRandom& rng, int lo, int hi) {
  int p = rng.between(lo, hi);
  int rounded = (p / 1000) * 1000 + 900;
  return rounded > hi ? hi : rounded;
}

std::string sku_for(const std::string& slug, int n) {
  std::string prefix;
  for (char c : slug.substr(0, 3)) prefix.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%05d", prefix.c_str(), n);
  return buf;
}

}  // namespace

int seed_catalog(Stub& s) {
  if (s.db.conn().execAndGet("SELECT COUNT(*) FROM products").getInt() > 0) return 0;
  SeedRandom rng{20261204};
  const std::int64_t now = s.clock.now_seconds();
  int created = 0;

  s.db.write([&](SQLite::Database& db) {
    std::map<std::string, std::string> category_ids;
    int position = 0;
    for (const auto& c : seed::categories()) {
      std::string id = uuid_from(0xCA7E000000000000ull + static_cast<std::uint64_t>(position), rng.next());
      SQLite::Statement q(db, "INSERT INTO categories(id, slug, name, parent_id, position) VALUES (?,?,?,?,?)");
      q.bind(1, id);
      q.bind(2, c.slug);
      q.bind(3, c.name);
      if (c.parent_slug) q.bind(4, category_ids.at(c.parent_slug));
      else q.bind(4);
      q.bind(5, position++);
      q.exec();
      category_ids[c.slug] = id;
    }

    std::vector<std::string> vendor_ids;
    for (const auto& v : seed::vendors()) {
      std::string id = uuid_from(0x7E4D000000000000ull + vendor_ids.size(), rng.next());
      SQLite::Statement q(db, "INSERT INTO vendors(id, business_name, city, commission_type) VALUES (?,?,?,?)");
      q.bind(1, id);
      q.bind(2, v.business_name);
      q.bind(3, v.city);
      q.bind(4, v.commission_type);
      q.exec();
      vendor_ids.push_back(id);
    }

    SQLite::Statement ins(db,
                          "INSERT INTO products(id, sku, name, description, price, cost_price, category_id, vendor_id,"
                          " status, stock_quantity, stock_reserved, created_at, updated_at)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?)");
    int family_no = 0;
    for (const auto& f : seed::families()) {
      const char* brands[2] = {kBrands[family_no % 8], kBrands[(family_no + 3) % 8]};
      ++family_no;
      for (const char* brand : brands) {
        for (const char* variant : f.variants) {
          ++created;
          const int price = shelf_price(rng, f.min_price, f.max_price);
          // Mostly approved and in stock; a few low, sold out or waiting for review, so every
          // screen has something to show.
          const int roll = rng.between(1, 100);
          const char* status = roll <= 90 ? "APPROVED" : roll <= 95 ? "PENDING" : roll <= 97 ? "DRAFT" : roll <= 99 ? "INACTIVE" : "REJECTED";
          const int stock_roll = rng.between(1, 100);
          const int stock = stock_roll <= 4 ? 0 : stock_roll <= 14 ? rng.between(1, 5) : rng.between(6, 150);
          const std::int64_t created_at = now - rng.between(0, 120) * 86400 - rng.between(0, 86399);
          ins.bind(1, uuid_from(0x9D0D000000000000ull + static_cast<std::uint64_t>(created), rng.next()));
          ins.bind(2, sku_for(f.category_slug, created));
          ins.bind(3, std::string(f.base_name) + " " + brand + " " + variant);
          ins.bind(4, f.description);
          ins.bind(5, price);
          ins.bind(6, price * rng.between(55, 75) / 100);
          ins.bind(7, category_ids.at(f.category_slug));
          ins.bind(8, vendor_ids.at(static_cast<std::size_t>(f.vendor_index)));
          ins.bind(9, status);
          ins.bind(10, stock);
          ins.bind(11, iso_utc(created_at));
          ins.bind(12, iso_utc(created_at));
          ins.exec();
          ins.reset();
        }
      }
    }
  });
  return created;
}

}  // namespace stub
