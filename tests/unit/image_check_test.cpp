// Upload validation with crafted samples: real images pass, spoofed and polyglot content fails.
#include <doctest/doctest.h>
#include <zlib.h>

#include <cstdint>
#include <string>

#include "media/canvas.hpp"
#include "media/image_check.hpp"
#include "media/jpeg.hpp"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#endif
#define STB_IMAGE_WRITE_STATIC  // a private copy for writing test PNGs
#define STBI_WRITE_NO_STDIO
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

using namespace stub::media;

namespace {

std::string jpeg_sample(int w = 64, int h = 48) {
  Canvas c(w, h);
  c.gradient(rgb_hex(0xFFEDD5), rgb_hex(0xEA580C), 0, 0, static_cast<float>(w), static_cast<float>(h));
  return encode_jpeg(c);
}

std::string png_sample(int w = 32, int h = 24) {
  std::vector<unsigned char> px(static_cast<std::size_t>(w) * h * 3, 200);
  int len = 0;
  unsigned char* data = stbi_write_png_to_mem(px.data(), w * 3, w, h, 3, &len);
  std::string out(reinterpret_cast<char*>(data), static_cast<std::size_t>(len));
  STBIW_FREE(data);
  return out;
}

void put_le32(std::string& s, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// A minimal lossless WebP: RIFF header and one VP8L chunk with a 14-bit width/height header.
std::string webp_sample(int w = 40, int h = 30) {
  std::string chunk = "VP8L";
  std::string data(10, '\0');
  data[0] = 0x2F;
  put_le32(data, 1, static_cast<std::uint32_t>(w - 1) | (static_cast<std::uint32_t>(h - 1) << 14));
  chunk += std::string(4, '\0');
  put_le32(chunk, 4, static_cast<std::uint32_t>(data.size()));
  chunk += data;
  std::string riff = "RIFF" + std::string(4, '\0') + "WEBP" + chunk;
  put_le32(riff, 4, static_cast<std::uint32_t>(riff.size() - 8));
  return riff;
}

std::string webp_vp8x(int w, int h) {
  std::string x = "VP8X" + std::string(4, '\0') + std::string(10, '\0');
  put_le32(x, 4, 10);
  const std::uint32_t wm = static_cast<std::uint32_t>(w - 1), hm = static_cast<std::uint32_t>(h - 1);
  for (int i = 0; i < 3; ++i) {
    x[8 + 4 + i] = static_cast<char>((wm >> (8 * i)) & 0xFF);
    x[8 + 7 + i] = static_cast<char>((hm >> (8 * i)) & 0xFF);
  }
  std::string image = webp_sample(w > 16384 ? 16 : w, h > 16384 ? 16 : h).substr(12);  // its VP8L chunk
  std::string riff = "RIFF" + std::string(4, '\0') + "WEBP" + x + image;
  put_le32(riff, 4, static_cast<std::uint32_t>(riff.size() - 8));
  return riff;
}

// A PNG chunk with a correct CRC.
std::string png_chunk(const std::string& type, const std::string& data) {
  std::string c(4, '\0');
  const auto n = static_cast<std::uint32_t>(data.size());
  for (int i = 0; i < 4; ++i) c[i] = static_cast<char>((n >> (24 - 8 * i)) & 0xFF);
  std::string body = type + data;
  const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
  std::string tail(4, '\0');
  for (int i = 0; i < 4; ++i) tail[i] = static_cast<char>((crc >> (24 - 8 * i)) & 0xFF);
  return c + body + tail;
}

}  // namespace

TEST_CASE("real JPEG, PNG and WebP images are accepted with their size and type") {
  auto j = check_image_upload(jpeg_sample(64, 48));
  CHECK(j.ok());
  CHECK(j.format == ImageFormat::Jpeg);
  CHECK(j.width == 64);
  CHECK(j.height == 48);
  CHECK(std::string(j.mime()) == "image/jpeg");
  CHECK(std::string(j.extension()) == ".jpg");

  auto p = check_image_upload(png_sample(32, 24));
  CHECK(p.ok());
  CHECK(p.format == ImageFormat::Png);
  CHECK(p.width == 32);
  CHECK(p.height == 24);

  auto w = check_image_upload(webp_sample(40, 30));
  INFO(w.detail);
  CHECK(w.ok());
  CHECK(w.format == ImageFormat::Webp);
  CHECK(w.width == 40);
  CHECK(w.height == 30);
  CHECK(std::string(w.mime()) == "image/webp");

  auto x = check_image_upload(webp_vp8x(800, 600));
  INFO(x.detail);
  CHECK(x.ok());
  CHECK(x.width == 800);
}

TEST_CASE("content decides, never the name: HTML, SVG, GIF and text are refused") {
  CHECK(check_image_upload("<!DOCTYPE html><html><script>alert(1)</script></html>").problem == "UNSUPPORTED_TYPE");
  CHECK(check_image_upload("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>").problem == "UNSUPPORTED_TYPE");
  CHECK(check_image_upload("GIF89a\x01\x00\x01\x00").problem == "UNSUPPORTED_TYPE");
  CHECK(check_image_upload("just some text").problem == "UNSUPPORTED_TYPE");
  CHECK(check_image_upload("").problem == "EMPTY");
  CHECK(check_image_upload(std::string(kMaxUploadBytes + 1, '\xFF')).problem == "TOO_LARGE");
}

TEST_CASE("a PNG signature followed by garbage, a broken CRC or a lying header is refused") {
  const std::string sig("\x89PNG\r\n\x1a\n", 8);
  CHECK(check_image_upload(sig + "garbage garbage garbage garbage").problem == "CORRUPT");
  std::string bad_crc = png_sample();
  bad_crc[8 + 8 + 3] ^= 0x01;  // a byte of IHDR's data
  CHECK(check_image_upload(bad_crc).problem == "CORRUPT");
  // Chunks that are all well-formed but whose image data is not a zlib stream.
  std::string ihdr("\x00\x00\x00\x20\x00\x00\x00\x20\x08\x02\x00\x00\x00", 13);
  std::string fake = sig + png_chunk("IHDR", ihdr) + png_chunk("IDAT", "not zlib at all") + png_chunk("IEND", "");
  CHECK(check_image_upload(fake).problem == "CORRUPT");
  std::string truncated = png_sample();
  truncated.resize(truncated.size() - 20);
  CHECK(check_image_upload(truncated).problem == "CORRUPT");
}

TEST_CASE("polyglots: markup inside or data after the image's end is refused") {
  CHECK(check_image_upload(png_sample() + "<html><script>alert(1)</script>").problem == "EMBEDDED_MARKUP");
  CHECK(check_image_upload(png_sample() + std::string(64, '\x07')).problem == "TRAILING_DATA");
  CHECK(check_image_upload(jpeg_sample() + "PK\x03\x04 zip payload").problem == "TRAILING_DATA");
  CHECK(check_image_upload(jpeg_sample() + "<?php system($_GET['c']); ?>").problem == "EMBEDDED_MARKUP");

  // A comment segment carrying a script, right after SOI: still a valid JPEG, still refused.
  std::string jpeg = jpeg_sample();
  const std::string comment = "<script>fetch('/api/v1/auth/me')</script>";
  std::string com("\xFF\xFE", 2);
  com.push_back(static_cast<char>(((comment.size() + 2) >> 8) & 0xFF));
  com.push_back(static_cast<char>((comment.size() + 2) & 0xFF));
  CHECK(check_image_upload(jpeg.substr(0, 2) + com + comment + jpeg.substr(2)).problem == "EMBEDDED_MARKUP");

  std::string webp = webp_sample();
  CHECK(check_image_upload(webp + "junk").problem == "TRAILING_DATA");
}

TEST_CASE("broken JPEG structure is refused") {
  CHECK(check_image_upload(std::string("\xFF\xD8\xFF\xE0", 4) + "garbage that is no segment").problem == "CORRUPT");
  std::string j = jpeg_sample();
  CHECK(check_image_upload(j.substr(0, j.size() / 2)).problem == "CORRUPT");
}

TEST_CASE("huge dimensions are refused before any pixel is decoded") {
  auto wide = check_image_upload(png_sample(5000, 1));
  CHECK(wide.problem == "DIMENSIONS_TOO_LARGE");
  // A header claiming 60 000 × 60 000 (a decompression bomb's shape) with correct CRCs.
  const std::string sig("\x89PNG\r\n\x1a\n", 8);
  std::string ihdr("\x00\x00\xEA\x60\x00\x00\xEA\x60\x08\x02\x00\x00\x00", 13);
  std::string bomb = sig + png_chunk("IHDR", ihdr) + png_chunk("IDAT", std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8)) + png_chunk("IEND", "");
  CHECK_FALSE(check_image_upload(bomb).ok());
  CHECK(check_image_upload(webp_vp8x(5000, 100)).problem == "DIMENSIONS_TOO_LARGE");
  CHECK(check_image_upload(webp_sample(4097, 10)).problem == "DIMENSIONS_TOO_LARGE");
}

TEST_CASE("a WebP whose RIFF size lies or whose first chunk is not an image is refused") {
  std::string w = webp_sample();
  std::string lying = w;
  put_le32(lying, 4, static_cast<std::uint32_t>(w.size() + 100));
  CHECK(check_image_upload(lying).problem == "CORRUPT");
  std::string other = w;
  other.replace(12, 4, "EXIF");
  CHECK(check_image_upload(other).problem == "CORRUPT");
  std::string bad_sig = w;
  bad_sig[20] = 0x00;  // VP8L signature byte
  CHECK(check_image_upload(bad_sig).problem == "CORRUPT");
}
