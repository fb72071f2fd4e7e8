#include "media_files.hpp"

#include <sodium.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "static_files.hpp"

namespace stub {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "/media/";
constexpr std::uintmax_t kMaxServedBytes = 16u << 20;

bool plain_segment(std::string_view s) {
  if (s.empty() || s.size() > 200 || s.front() == '.') return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

bool image_extension(std::string_view name) {
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".webp"})
    if (name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext) return true;
  return false;
}

std::string etag_of(const std::string& bytes) {
  unsigned char h[16];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return std::string("\"") + hex + "\"";
}

}  // namespace

bool is_media_path(const std::string& path) { return path.rfind(kPrefix, 0) == 0; }

std::string safe_media_relative(std::string_view url_path) {
  if (url_path.substr(0, kPrefix.size()) != kPrefix) return {};
  std::string_view rest = url_path.substr(kPrefix.size());
  if (rest.empty() || !image_extension(rest)) return {};
  int segments = 0;
  for (std::size_t i = 0; i <= rest.size();) {
    std::size_t j = rest.find('/', i);
    if (j == std::string_view::npos) j = rest.size();
    if (!plain_segment(rest.substr(i, j - i)) || ++segments > 4) return {};
    i = j + 1;
  }
  return std::string(rest);
}

MediaFiles::MediaFiles(std::string root) : root_(std::move(root)) {}

bool MediaFiles::serve(const httplib::Request& req, httplib::Response& res) const {
  const std::string relative = safe_media_relative(req.path);
  if (relative.empty()) return false;
  std::error_code ec;
  const fs::path root = fs::canonical(root_, ec);
  if (ec) return false;
  const fs::path file = fs::canonical(root / relative, ec);  // follows symlinks
  if (ec) return false;
  const std::string root_str = root.string() + "/";
  if (file.string().rfind(root_str, 0) != 0 || !fs::is_regular_file(file, ec)) return false;
  if (fs::file_size(file, ec) > kMaxServedBytes || ec) return false;

  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return false;
  const std::string etag = etag_of(bytes);
  res.set_header("Cache-Control", "public, max-age=31536000, immutable");
  res.set_header("ETag", etag);
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return true;
  }
  res.status = 200;
  res.set_content(std::move(bytes), mime_type_for(relative).c_str());
  return true;
}

}  // namespace stub
