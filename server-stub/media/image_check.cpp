#include "image_check.hpp"

#include <stb/stb_image.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace stub::media {
namespace {

using Bytes = std::string_view;

std::uint8_t u8(Bytes b, std::size_t i) { return static_cast<std::uint8_t>(b[i]); }
std::uint32_t be32(Bytes b, std::size_t i) {
  return (std::uint32_t{u8(b, i)} << 24) | (std::uint32_t{u8(b, i + 1)} << 16) | (std::uint32_t{u8(b, i + 2)} << 8) | u8(b, i + 3);
}
std::uint32_t le32(Bytes b, std::size_t i) {
  return std::uint32_t{u8(b, i)} | (std::uint32_t{u8(b, i + 1)} << 8) | (std::uint32_t{u8(b, i + 2)} << 16) | (std::uint32_t{u8(b, i + 3)} << 24);
}
std::uint32_t le24(Bytes b, std::size_t i) { return std::uint32_t{u8(b, i)} | (std::uint32_t{u8(b, i + 1)} << 8) | (std::uint32_t{u8(b, i + 2)} << 16); }

ImageCheck fail(const char* problem, std::string detail, ImageFormat f = ImageFormat::None) {
  ImageCheck c;
  c.problem = problem;
  c.detail = std::move(detail);
  c.format = f;
  return c;
}

// Markup that makes a file a polyglot: a browser sniffing it, or a page embedding it as
// something else, would run it. Searched case-insensitively over the whole file; in compressed
// image data a seven-byte ASCII match is vanishingly unlikely.
bool has_markup(Bytes b) {
  static constexpr std::string_view needles[] = {"<script", "<html", "<?php", "<svg", "<iframe", "<body", "<!doctype", "javascript:"};
  std::string lower(b.size(), '\0');
  std::transform(b.begin(), b.end(), lower.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  for (auto n : needles)
    if (lower.find(n) != std::string::npos) return true;
  return false;
}

// Walks JPEG markers from SOI; returns the offset just past the EOI that closes the image
// (segments such as an EXIF thumbnail are skipped whole, by length), or 0 when the structure is
// broken.
std::size_t jpeg_end(Bytes b) {
  std::size_t i = 2;  // after SOI
  while (i + 2 <= b.size()) {
    if (u8(b, i) != 0xFF) return 0;
    const std::uint8_t marker = u8(b, i + 1);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0xD9) return i + 2;                              // EOI
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // TEM, RSTn: no length
      i += 2;
      continue;
    }
    if (i + 4 > b.size()) return 0;
    const std::size_t len = (std::size_t{u8(b, i + 2)} << 8) | u8(b, i + 3);
    if (len < 2 || i + 2 + len > b.size()) return 0;
    i += 2 + len;
    if (marker == 0xDA) {  // SOS: entropy-coded data runs until a marker that is not a stuffed 00 or RSTn
      while (i + 1 < b.size()) {
        const std::uint8_t next = u8(b, i + 1);
        if (u8(b, i) == 0xFF && next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) break;
        ++i;
      }
    }
  }
  return 0;
}

// Walks PNG chunks, checking each CRC; returns the offset just past IEND, or 0.
std::size_t png_end(Bytes b) {
  std::size_t i = 8;
  bool first = true;
  while (i + 12 <= b.size()) {
    const std::uint32_t len = be32(b, i);
    if (len > b.size() || i + 12 + len > b.size()) return 0;
    const Bytes type = b.substr(i + 4, 4);
    if (first && type != "IHDR") return 0;
    first = false;
    const auto* p = reinterpret_cast<const Bytef*>(b.data() + i + 4);
    if (crc32(0L, p, len + 4) != be32(b, i + 8 + len)) return 0;
    i += 12 + len;
    if (type == "IEND") return i;
  }
  return 0;
}

ImageCheck decode_with_stb(Bytes b, ImageFormat f) {
  int w = 0, h = 0, comp = 0;
  const auto* data = reinterpret_cast<const stbi_uc*>(b.data());
  const int len = static_cast<int>(b.size());
  if (!stbi_info_from_memory(data, len, &w, &h, &comp)) return fail("CORRUPT", "the image header does not decode", f);
  if (w > kMaxImageSide || h > kMaxImageSide)
    return fail("DIMENSIONS_TOO_LARGE", "at most " + std::to_string(kMaxImageSide) + " pixels on a side", f);
  // The header alone can be followed by garbage: decode it all (within the size limit above).
  stbi_uc* pixels = stbi_load_from_memory(data, len, &w, &h, &comp, 0);
  if (!pixels) return fail("CORRUPT", "the image data does not decode", f);
  stbi_image_free(pixels);
  ImageCheck c;
  c.format = f;
  c.width = w;
  c.height = h;
  return c;
}

ImageCheck check_webp(Bytes b) {
  const ImageFormat f = ImageFormat::Webp;
  if (b.size() < 30) return fail("CORRUPT", "too short for WebP", f);
  const std::uint64_t riff_size = le32(b, 4);
  if (riff_size + 8 != b.size()) return fail(riff_size + 8 < b.size() ? "TRAILING_DATA" : "CORRUPT", "RIFF size does not match the file", f);
  int w = 0, h = 0;
  bool has_image = false;
  std::size_t i = 12;
  bool first = true;
  while (i < b.size()) {
    if (i + 8 > b.size()) return fail("CORRUPT", "truncated chunk header", f);
    const Bytes fourcc = b.substr(i, 4);
    const std::uint64_t size = le32(b, i + 4);
    const std::uint64_t padded = size + (size & 1);
    if (i + 8 + padded > b.size()) return fail("CORRUPT", "chunk runs past the end", f);
    const std::size_t d = i + 8;
    if (first) {
      if (fourcc == "VP8 " && size >= 10) {
        if ((u8(b, d) & 1) != 0 || u8(b, d + 3) != 0x9D || u8(b, d + 4) != 0x01 || u8(b, d + 5) != 0x2A)
          return fail("CORRUPT", "VP8 key frame header missing", f);
        w = static_cast<int>((std::uint32_t{u8(b, d + 6)} | (std::uint32_t{u8(b, d + 7)} << 8)) & 0x3FFF);
        h = static_cast<int>((std::uint32_t{u8(b, d + 8)} | (std::uint32_t{u8(b, d + 9)} << 8)) & 0x3FFF);
      } else if (fourcc == "VP8L" && size >= 5) {
        if (u8(b, d) != 0x2F) return fail("CORRUPT", "VP8L signature missing", f);
        const std::uint32_t bits = le32(b, d + 1);
        w = static_cast<int>((bits & 0x3FFF) + 1);
        h = static_cast<int>(((bits >> 14) & 0x3FFF) + 1);
        if ((bits >> 29) != 0) return fail("CORRUPT", "unknown VP8L version", f);
      } else if (fourcc == "VP8X" && size >= 10) {
        w = static_cast<int>(le24(b, d + 4) + 1);
        h = static_cast<int>(le24(b, d + 7) + 1);
      } else {
        return fail("CORRUPT", "the first WebP chunk must be VP8, VP8L or VP8X", f);
      }
      first = false;
    }
    if (fourcc == "VP8 " || fourcc == "VP8L" || fourcc == "ANMF") has_image = true;
    i = d + padded;
  }
  if (!has_image || w <= 0 || h <= 0) return fail("CORRUPT", "no image data", f);
  if (w > kMaxImageSide || h > kMaxImageSide)
    return fail("DIMENSIONS_TOO_LARGE", "at most " + std::to_string(kMaxImageSide) + " pixels on a side", f);
  ImageCheck c;
  c.format = f;
  c.width = w;
  c.height = h;
  return c;
}

}  // namespace

const char* ImageCheck::mime() const {
  switch (format) {
    case ImageFormat::Jpeg: return "image/jpeg";
    case ImageFormat::Png: return "image/png";
    case ImageFormat::Webp: return "image/webp";
    case ImageFormat::None: break;
  }
  return "application/octet-stream";
}

const char* ImageCheck::extension() const {
  switch (format) {
    case ImageFormat::Jpeg: return ".jpg";
    case ImageFormat::Png: return ".png";
    case ImageFormat::Webp: return ".webp";
    case ImageFormat::None: break;
  }
  return "";
}

ImageCheck check_image_upload(std::string_view b) {
  if (b.empty()) return fail("EMPTY", "the file is empty");
  if (b.size() > kMaxUploadBytes) return fail("TOO_LARGE", "at most 5 MB");
  static constexpr std::array<std::uint8_t, 8> png_sig = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  ImageFormat f = ImageFormat::None;
  if (b.size() >= 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) f = ImageFormat::Jpeg;
  else if (b.size() >= 8 && std::equal(png_sig.begin(), png_sig.end(), b.begin(), [](std::uint8_t s, char c) { return s == static_cast<std::uint8_t>(c); }))
    f = ImageFormat::Png;
  else if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") f = ImageFormat::Webp;
  if (f == ImageFormat::None) return fail("UNSUPPORTED_TYPE", "only JPEG, PNG and WebP images are accepted");
  if (has_markup(b)) return fail("EMBEDDED_MARKUP", "the file contains markup or script", f);

  switch (f) {
    case ImageFormat::Jpeg: {
      const std::size_t end = jpeg_end(b);
      if (end == 0) return fail("CORRUPT", "the JPEG structure is broken", f);
      if (end != b.size()) return fail("TRAILING_DATA", "data after the JPEG's end", f);
      return decode_with_stb(b, f);
    }
    case ImageFormat::Png: {
      const std::size_t end = png_end(b);
      if (end == 0) return fail("CORRUPT", "a PNG chunk is broken (length or CRC)", f);
      if (end != b.size()) return fail("TRAILING_DATA", "data after the PNG's end", f);
      return decode_with_stb(b, f);
    }
    case ImageFormat::Webp: return check_webp(b);
    case ImageFormat::None: break;
  }
  return fail("UNSUPPORTED_TYPE", "only JPEG, PNG and WebP images are accepted");
}

}  // namespace stub::media
