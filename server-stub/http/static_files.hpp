// Serves the built web app (and the local Swagger UI) from memory: files are read and gzipped
// once at start. Only files that exist under the given roots can ever be served, so a path like
// "/../../etc/passwd" finds nothing. Hashed names ("app.3f2a9c1d.wasm") are cached for a year;
// everything else revalidates with an ETag.
#pragma once
#include <httplib.h>

#include <map>
#include <mutex>
#include <string>

namespace stub {

class StaticFiles {
 public:
  // Adds every regular file under `root`, served below `url_prefix` ("/" or "/docs/").
  // Returns the number of files added.
  int add_tree(const std::string& root, const std::string& url_prefix);
  // Adds one in-memory file (generated pages).
  void add_file(const std::string& url_path, std::string bytes);
  // Writes the answer for a GET/HEAD of `path`; false when the path is not a known file.
  bool serve(const httplib::Request& req, httplib::Response& res, bool accepts_gzip) const;
  bool has(const std::string& url_path) const { return files_.count(url_path) > 0; }

 private:
  struct Entry {
    std::string bytes;
    std::string mime;
    std::string etag;
    bool immutable = false;
    bool compressible = false;
    // Compressed on first request (level 9, once), so a large docs bundle costs no start-up time.
    mutable std::once_flag gzip_once;
    mutable std::string gzipped;  // empty when compression would not help
  };
  std::map<std::string, Entry> files_;
};

std::string mime_type_for(const std::string& path);
// Debian builds cpp-httplib with zlib and brotli, and it compresses text answers by itself after
// our handler returns. We choose the encoding ourselves (pre-gzipped assets, none for the API),
// so the handler hides Accept-Encoding from httplib's post-processing.
void take_over_compression(const httplib::Request& req);
std::string gzip_bytes(const std::string& in);

}  // namespace stub
