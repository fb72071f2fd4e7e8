#include <chrono>
#include <string>

#include "../ids.hpp"
#include "../log.hpp"
#include "catalog_data.hpp"
#include "seed.hpp"
#include "seed_images.hpp"

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

struct ProductPlan {
  std::string id, sku, name, description, status, created_at;
  int price = 0, cost_price = 0, stock = 0;
  std::string category_slug;
  int vendor_index = 0;
};

// Every product of the demo catalog, drawn from the families with a fixed seed. The random
// draws happen in a fixed order, so ids, prices and stock are the same on every machine.
std::vector<ProductPlan> plan_products(SeedRandom& rng, std::int64_t now, std::vector<seed::PictureRequest>& pictures) {
  std::vector<ProductPlan> out;
  int family_no = 0;
  for (const auto& f : seed::families()) {
    const char* brands[2] = {kBrands[family_no % 8], kBrands[(family_no + 3) % 8]};
    ++family_no;
    for (const char* brand : brands) {
      for (const char* variant : f.variants) {
        const int n = static_cast<int>(out.size()) + 1;
        ProductPlan p;
        p.price = shelf_price(rng, f.min_price, f.max_price);
        // Mostly approved and in stock; a few low, sold out or waiting for review, so every
        // screen has something to show.
        const int roll = rng.between(1, 100);
        p.status = roll <= 90 ? "APPROVED" : roll <= 95 ? "PENDING" : roll <= 97 ? "DRAFT" : roll <= 99 ? "INACTIVE" : "REJECTED";
        const int stock_roll = rng.between(1, 100);
        p.stock = stock_roll <= 4 ? 0 : stock_roll <= 14 ? rng.between(1, 5) : rng.between(6, 150);
        p.created_at = iso_utc(now - rng.between(0, 120) * 86400 - rng.between(0, 86399));
        p.id = uuid_from(0x9D0D000000000000ull + static_cast<std::uint64_t>(n), rng.next());
        p.sku = sku_for(f.category_slug, n);
        p.name = std::string(f.base_name) + " " + brand + " " + variant;
        p.description = f.description;
        p.cost_price = p.price * rng.between(55, 75) / 100;
        p.category_slug = f.category_slug;
        p.vendor_index = f.vendor_index;
        out.push_back(p);
        pictures.push_back({p.sku, f.category_slug, f.base_name, brand, variant, 2 + n % 2});
      }
    }
  }
  return out;
}

}  // namespace

SeedReport seed_catalog(Stub& s) {
  SeedReport report;
  if (s.db.conn().execAndGet("SELECT COUNT(*) FROM products").getInt() > 0) return report;
  const auto t0 = std::chrono::steady_clock::now();
  SeedRandom rng{20261204};
  const std::int64_t now = s.clock.now_seconds();

  // Ids are drawn in the same order as ever: categories, vendors, then products.
  std::vector<std::string> category_ids, vendor_ids;
  for (std::size_t i = 0; i < seed::categories().size(); ++i)
    category_ids.push_back(uuid_from(0xCA7E000000000000ull + i, rng.next()));
  for (std::size_t i = 0; i < seed::vendors().size(); ++i) vendor_ids.push_back(uuid_from(0x7E4D000000000000ull + i, rng.next()));
  std::vector<seed::PictureRequest> picture_requests;
  const auto products = plan_products(rng, now, picture_requests);

  // Pictures first (files, in parallel), then every row in one transaction: a crash in between
  // leaves at most unreferenced files, which the next seeding overwrites with the same bytes.
  const auto pictures = seed::render_product_pictures(picture_requests, s.config.data_dir + "/media");

  s.db.write([&](SQLite::Database& db) {
    std::map<std::string, std::string> id_of_slug;
    int position = 0;
    for (const auto& c : seed::categories()) {
      SQLite::Statement q(db, "INSERT INTO categories(id, slug, name, parent_id, position) VALUES (?,?,?,?,?)");
      const std::string& id = category_ids[static_cast<std::size_t>(position)];
      q.bind(1, id);
      q.bind(2, c.slug);
      q.bind(3, c.name);
      if (c.parent_slug) q.bind(4, id_of_slug.at(c.parent_slug));
      else q.bind(4);
      q.bind(5, position++);
      q.exec();
      id_of_slug[c.slug] = id;
    }
    for (std::size_t i = 0; i < seed::vendors().size(); ++i) {
      const auto& v = seed::vendors()[i];
      SQLite::Statement q(db, "INSERT INTO vendors(id, business_name, city, commission_type) VALUES (?,?,?,?)");
      q.bind(1, vendor_ids[i]);
      q.bind(2, v.business_name);
      q.bind(3, v.city);
      q.bind(4, v.commission_type);
      q.exec();
    }

    SQLite::Statement ins(db,
                          "INSERT INTO products(id, sku, name, description, price, cost_price, category_id, vendor_id,"
                          " status, stock_quantity, stock_reserved, image_path, created_at, updated_at)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?)");
    SQLite::Statement img(db,
                          "INSERT INTO product_images(product_id, position, path, mime, width, height, bytes, created_at)"
                          " VALUES (?,?,?,'image/jpeg',?,?,?,?)");
    for (std::size_t i = 0; i < products.size(); ++i) {
      const auto& p = products[i];
      ins.bind(1, p.id);
      ins.bind(2, p.sku);
      ins.bind(3, p.name);
      ins.bind(4, p.description);
      ins.bind(5, p.price);
      ins.bind(6, p.cost_price);
      ins.bind(7, id_of_slug.at(p.category_slug));
      ins.bind(8, vendor_ids.at(static_cast<std::size_t>(p.vendor_index)));
      ins.bind(9, p.status);
      ins.bind(10, p.stock);
      ins.bind(11, pictures[i].empty() ? std::string() : pictures[i].front().path);
      ins.bind(12, p.created_at);
      ins.bind(13, p.created_at);
      ins.exec();
      ins.reset();
      int position = 0;
      for (const auto& pic : pictures[i]) {
        img.bind(1, p.id);
        img.bind(2, position++);
        img.bind(3, pic.path);
        img.bind(4, pic.width);
        img.bind(5, pic.height);
        img.bind(6, static_cast<std::int64_t>(pic.bytes));
        img.bind(7, p.created_at);
        img.exec();
        img.reset();
        ++report.images;
        report.image_bytes += static_cast<std::int64_t>(pic.bytes);
      }
    }
  });
  report.products = static_cast<int>(products.size());
  report.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

}  // namespace stub
