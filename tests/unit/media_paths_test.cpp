#include <doctest/doctest.h>

#include "http/media_files.hpp"
#include "media/media_store.hpp"

TEST_CASE("media paths: plain names with an image extension only") {
  using stub::safe_media_relative;
  CHECK(safe_media_relative("/media/products/CEL-00001-d37c61b1-1.jpg") == "products/CEL-00001-d37c61b1-1.jpg");
  CHECK(safe_media_relative("/media/a.webp") == "a.webp");
  for (const char* bad : {"/media/../mestore.sqlite3", "/media/products/../../mestore.sqlite3", "/media/products/..%2f.jpg",
                          "/media//etc/passwd.jpg", "/media/.hidden.jpg", "/media/products/x.jpg/", "/media/products/x.html",
                          "/media/products/x.jpg.html", "/media/products/x y.jpg", "/media/products\\..\\x.jpg",
                          "/media/", "/mediax/a.jpg", "/media/a/b/c/d/e.jpg", "/media/products/x.JPG\0.html"}) {
    INFO(bad);
    CHECK(safe_media_relative(bad).empty());
  }
}

TEST_CASE("product picture names carry the content hash") {
  const std::string a = stub::media::product_image_name("CEL-00001", "bytes one", 1);
  const std::string b = stub::media::product_image_name("CEL-00001", "bytes two", 1);
  CHECK(a.rfind("products/CEL-00001-", 0) == 0);
  CHECK(a.size() == std::string("products/CEL-00001-12345678-1.jpg").size());
  CHECK(a != b);
  CHECK(a == stub::media::product_image_name("CEL-00001", "bytes one", 1));
}
