#include "static_files.hpp"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <sodium.h>

namespace stub {
namespace fs = std::filesystem;

std::string mime_type_for(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".wasm", "application/wasm"},
      {".json", "application/json"},         {".data", "application/octet-stream"},
      {".ttf", "font/ttf"},                  {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".jpeg", "image/jpeg"},
      {".webp", "image/webp"},               {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},              {".map", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
  };
  auto ext = fs::path(path).extension().string();
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}

std::string gzip_bytes(const std::string& in) {
  z_stream zs{};
  if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string();
}

namespace {

bool compressible(const std::string& mime) {
  return mime.rfind("text/", 0) == 0 || mime == "application/wasm" || mime == "application/json" ||
         mime == "application/octet-stream" || mime == "font/ttf" || mime == "image/svg+xml";
}

std::string etag_of(const std::string& bytes) {
  unsigned char h[16];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return std::string("\"") + hex + "\"";
}

}  // namespace

void take_over_compression(const httplib::Request& req) {
  const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
}

void StaticFiles::add_file(const std::string& url_path, std::string bytes) {
  static const std::regex hashed(R"(\.[0-9a-f]{8,}\.[a-z0-9]+$)");
  files_.erase(url_path);
  Entry& e = files_[url_path];
  e.mime = mime_type_for(url_path);
  e.etag = etag_of(bytes);
  e.immutable = std::regex_search(url_path, hashed);
  e.compressible = compressible(e.mime) && bytes.size() > 512;
  e.bytes = std::move(bytes);
}

int StaticFiles::add_tree(const std::string& root, const std::string& url_prefix) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return 0;
  int n = 0;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string rel = fs::relative(it->path(), root).generic_string();
    add_file(url_prefix + rel, ss.str());
    ++n;
  }
  return n;
}

bool StaticFiles::serve(const httplib::Request& req, httplib::Response& res, bool accepts_gzip) const {
  std::string path = req.path;
  if (!path.empty() && path.back() == '/') path += "index.html";
  auto it = files_.find(path);
  if (it == files_.end()) return false;
  const Entry& e = it->second;
  res.set_header("Cache-Control", e.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  res.set_header("ETag", e.etag);
  res.set_header("Vary", "Accept-Encoding");
  if (req.get_header_value("If-None-Match") == e.etag) {
    res.status = 304;
    return true;
  }
  bool gzip_ok = e.compressible && accepts_gzip;
  if (gzip_ok) {
    std::call_once(e.gzip_once, [&e] {
      std::string gz = gzip_bytes(e.bytes);
      if (gz.size() < e.bytes.size() * 9 / 10) e.gzipped = std::move(gz);
    });
    gzip_ok = !e.gzipped.empty();
  }
  res.status = 200;
  if (gzip_ok) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(e.gzipped, e.mime.c_str());
  } else {
    res.set_content(e.bytes, e.mime.c_str());
  }
  return true;
}

}  // namespace stub
