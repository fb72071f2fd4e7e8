// Real pictures for upload tests, made here rather than checked in: a valid PNG of any size
// (deflate "stored" blocks, so no compressor is needed; CRCs and Adler-32 computed below).
#pragma once
#include <cstdint>
#include <string>

namespace testsupport {

inline std::uint32_t crc32_of(const std::string& bytes) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

inline void put_be32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

inline void png_chunk(std::string& out, const char* type, const std::string& data) {
  put_be32(out, static_cast<std::uint32_t>(data.size()));
  const std::string body = std::string(type, 4) + data;
  out += body;
  put_be32(out, crc32_of(body));
}

// An RGB PNG of `w`×`h` with a gradient (`seed` varies the colours, so two pictures differ).
inline std::string make_png(int w, int h, int seed = 0) {
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw.push_back('\0');  // filter: none
    for (int x = 0; x < w; ++x) {
      raw.push_back(static_cast<char>((x * 3 + seed) & 0x7F));
      raw.push_back(static_cast<char>((y * 5 + seed * 7) & 0x7F));
      raw.push_back(static_cast<char>(((x + y) * 2 + seed * 13) & 0x7F));
    }
  }
  std::string z = "\x78\x01";  // zlib header, no compression
  std::uint32_t a = 1, b = 0;
  for (unsigned char ch : raw) {
    a = (a + ch) % 65521;
    b = (b + a) % 65521;
  }
  for (std::size_t i = 0; i < raw.size(); i += 65535) {
    const std::size_t n = std::min<std::size_t>(65535, raw.size() - i);
    z.push_back(i + n == raw.size() ? '\x01' : '\x00');
    z.push_back(static_cast<char>(n & 0xFF));
    z.push_back(static_cast<char>(n >> 8));
    z.push_back(static_cast<char>(~n & 0xFF));
    z.push_back(static_cast<char>((~n >> 8) & 0xFF));
    z.append(raw, i, n);
  }
  put_be32(z, (b << 16) | a);

  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr;
  put_be32(ihdr, static_cast<std::uint32_t>(w));
  put_be32(ihdr, static_cast<std::uint32_t>(h));
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, deflate, no filter, no interlace
  png_chunk(png, "IHDR", ihdr);
  png_chunk(png, "IDAT", z);
  png_chunk(png, "IEND", "");
  return png;
}

}  // namespace testsupport
