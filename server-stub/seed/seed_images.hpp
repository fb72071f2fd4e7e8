// The seeded products' pictures: rendered in parallel (one renderer per core), encoded as JPEG
// and written under <data-dir>/media/products/ with content-hashed names.
#pragma once
#include <string>
#include <vector>

namespace stub::seed {

struct PictureRequest {
  std::string sku;
  std::string category_slug;
  std::string family_name;
  std::string brand;
  std::string variant;
  int count = 2;  // pictures for this product: 2 or 3
};

struct WrittenPicture {
  std::string path;  // relative to the media root: "products/<sku>-<hash8>-<n>.jpg"
  int width = 0, height = 0;
  std::size_t bytes = 0;
};

// One vector of pictures per request, in order. Throws std::runtime_error if a file cannot be
// written (a full disk must not leave a catalog pointing at missing pictures).
std::vector<std::vector<WrittenPicture>> render_product_pictures(const std::vector<PictureRequest>& requests,
                                                                 const std::string& media_root);

}  // namespace stub::seed
