// Files under <data-dir>/media, named by their content so a URL never changes meaning and can be
// cached forever: products/<sku>-<hash8>-<n>.jpg. Writes are atomic (temp file + rename), so a
// crash never leaves half a picture behind a name.
#pragma once
#include <string>
#include <string_view>

namespace stub::media {

// The first `hex_chars` hex digits of BLAKE2b-256 of `bytes`.
std::string content_hash(std::string_view bytes, std::size_t hex_chars = 8);

// "products/TEC-00001-1a2b3c4d-1.jpg" for the picture `n` (1-based) of a product.
std::string product_image_name(const std::string& sku, std::string_view bytes, int n, const char* extension = ".jpg");

// Writes `bytes` to <media_root>/<relative>, creating folders; false on any I/O error.
bool write_media_file(const std::string& media_root, const std::string& relative, std::string_view bytes);

}  // namespace stub::media
