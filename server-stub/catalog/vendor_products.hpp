// Products as their vendor and the reviewers see them: every status, cost price, stock on hand
// and reserved, the gallery with image ids, the review trail. Reads only; writes live with the
// routes that audit them.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

#include "client/wire/common.hpp"
#include "client/wire/vendor_product.hpp"

namespace stub::catalog {

inline const std::vector<std::string>& product_statuses() {
  static const std::vector<std::string> all = {"DRAFT", "PENDING", "APPROVED", "REJECTED", "INACTIVE"};
  return all;
}

// The vendors row of a VENDOR account, if it has one.
std::optional<std::string> vendor_id_of_user(SQLite::Database& db, const std::string& user_id);

// One product; with `vendor_id` set, only when that vendor owns it (so another vendor's product
// looks exactly like a missing one).
std::optional<mestore::VendorProduct> load_vendor_product(SQLite::Database& db, const std::string& product_id,
                                                          const std::string& vendor_id = "");

struct VendorProductFilter {
  std::string vendor_id;
  std::string status;  // "" for all
  std::string search;
  int page = 1;
  int size = 20;
};
mestore::Page<mestore::VendorProduct> list_vendor_products(SQLite::Database& db, const VendorProductFilter& f);

// The review queue: PENDING products, oldest submission first.
mestore::Page<mestore::PendingProduct> list_pending_products(SQLite::Database& db, const std::string& vendor_id, int page,
                                                             int size);

// The gallery of a product, primary first.
std::vector<mestore::ProductImage> load_images(SQLite::Database& db, const std::string& product_id);
// An image's id: its file name without folder and extension (unique, since names carry a hash).
std::string image_id_of(const std::string& media_path);

}  // namespace stub::catalog
