#include "media_store.hpp"

#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace stub::media {
namespace fs = std::filesystem;

std::string content_hash(std::string_view bytes, std::size_t hex_chars) {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return std::string(hex, std::min<std::size_t>(hex_chars, 64));
}

std::string product_image_name(const std::string& sku, std::string_view bytes, int n, const char* extension) {
  return "products/" + sku + "-" + content_hash(bytes) + "-" + std::to_string(n) + extension;
}

bool write_media_file(const std::string& media_root, const std::string& relative, std::string_view bytes) {
  const fs::path target = fs::path(media_root) / relative;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return false;
  const fs::path temp = target.string() + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return false;
  }
  fs::rename(temp, target, ec);
  if (ec) fs::remove(temp, ec);
  return !ec;
}

}  // namespace stub::media
