// Serves /media/... from <data-dir>/media on disk (seeded pictures now, vendor uploads later).
// Names carry a content hash, so answers are cached for a year as immutable, with an ETag for
// revalidation. Only image files can be served, and only from inside the media folder: every
// path segment must be a plain name ([A-Za-z0-9._-], not starting with a dot), and the resolved
// file (symlinks followed) must still lie under the media root.
#pragma once
#include <httplib.h>

#include <string>
#include <string_view>

namespace stub {

class MediaFiles {
 public:
  explicit MediaFiles(std::string root);
  // Answers a GET/HEAD of `req.path` (which starts with /media/); false when there is no such file.
  bool serve(const httplib::Request& req, httplib::Response& res) const;

 private:
  std::string root_;
};

bool is_media_path(const std::string& path);
// The relative path below /media/ when every segment is a plain name and the extension is an
// image's; empty otherwise.
std::string safe_media_relative(std::string_view url_path);

}  // namespace stub
