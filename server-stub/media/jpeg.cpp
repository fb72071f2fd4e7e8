#include "jpeg.hpp"

// jpeglib.h needs FILE and size_t declared first.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <jpeglib.h>

namespace stub::media {
namespace {

// libjpeg reports errors by calling exit() unless told otherwise; turn them into exceptions.
[[noreturn]] void throw_on_error(j_common_ptr info) {
  char message[JMSG_LENGTH_MAX];
  (*info->err->format_message)(info, message);
  throw std::runtime_error(std::string("JPEG encoder: ") + message);
}

}  // namespace

std::string encode_jpeg(const Canvas& canvas, int quality) {
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);
  err.error_exit = throw_on_error;
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  std::string out;
  try {
    jpeg_create_compress(&c);
    jpeg_mem_dest(&c, &buffer, &size);
    c.image_width = static_cast<JDIMENSION>(canvas.width());
    c.image_height = static_cast<JDIMENSION>(canvas.height());
    c.input_components = 3;
    c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, quality, TRUE);
    c.dct_method = JDCT_ISLOW;  // exact integer arithmetic: reproducible bytes
    jpeg_start_compress(&c, TRUE);
    const auto& px = canvas.rgb8();
    const std::size_t stride = static_cast<std::size_t>(canvas.width()) * 3;
    while (c.next_scanline < c.image_height) {
      JSAMPROW row = const_cast<JSAMPLE*>(&px[c.next_scanline * stride]);
      jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    out.assign(reinterpret_cast<const char*>(buffer), size);
  } catch (...) {
    jpeg_destroy_compress(&c);
    std::free(buffer);
    throw;
  }
  jpeg_destroy_compress(&c);
  std::free(buffer);
  return out;
}

}  // namespace stub::media
