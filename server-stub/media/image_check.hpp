// Upload validation for product images: JPEG, PNG or WebP up to 5 MB, decided by the bytes and
// never by the file name or the client's Content-Type.
//
//   JPEG  FF D8 FF, a marker walk from SOI to the one EOI that must end the file, and a full
//         decode (stb_image)
//   PNG   the 8-byte signature, every chunk's length and CRC from IHDR to the IEND that must
//         end the file, and a full decode (stb_image)
//   WebP  RIFF/WEBP whose size matches the file, chunks that tile it exactly, and a VP8, VP8L
//         or VP8X header whose dimensions are read (we have no WebP decoder: structure only)
//
// Also refused: anything with markup inside (an HTML/SVG/PHP polyglot hiding in a comment or
// metadata segment), more than 4096 pixels on a side, and empty or oversized files.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace stub::media {

inline constexpr std::size_t kMaxUploadBytes = 5u * 1024 * 1024;
inline constexpr int kMaxImageSide = 4096;

enum class ImageFormat { None, Jpeg, Png, Webp };

struct ImageCheck {
  // "" when accepted, else a stable code: EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, CORRUPT,
  // TRAILING_DATA, EMBEDDED_MARKUP, DIMENSIONS_TOO_LARGE.
  std::string problem;
  std::string detail;  // a human-readable reason for the 422 message
  ImageFormat format = ImageFormat::None;
  int width = 0, height = 0;

  bool ok() const { return problem.empty(); }
  const char* mime() const;       // "image/jpeg" …
  const char* extension() const;  // ".jpg", ".png", ".webp"
};

ImageCheck check_image_upload(std::string_view bytes);

}  // namespace stub::media
