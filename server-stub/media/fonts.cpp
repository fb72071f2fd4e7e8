#include "fonts.hpp"

#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <vector>

namespace stub::media {

struct Font::Impl {
  std::vector<unsigned char> bytes;  // stb_truetype reads from here for the font's lifetime
  stbtt_fontinfo info{};
};

namespace {

// Decodes UTF-8, replacing anything malformed with '?'; product names are ours, but be safe.
std::vector<int> codepoints(const std::string& s) {
  std::vector<int> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back('?');
      ++i;
      continue;
    }
    int cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

}  // namespace

std::shared_ptr<const Font> Font::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::shared_ptr<Font> f(new Font);
  f->impl_ = std::make_unique<Impl>();
  f->impl_->bytes.assign(std::istreambuf_iterator<char>(in), {});
  const unsigned char* data = f->impl_->bytes.data();
  if (f->impl_->bytes.empty() || !stbtt_InitFont(&f->impl_->info, data, stbtt_GetFontOffsetForIndex(data, 0)))
    return nullptr;
  return f;
}

Font::~Font() = default;

bool Font::has(int codepoint) const { return stbtt_FindGlyphIndex(&impl_->info, codepoint) != 0; }

Mask Font::icon(int codepoint, int box) const {
  Mask m;
  int x0, y0, x1, y1;
  if (!has(codepoint) || !stbtt_GetCodepointBox(&impl_->info, codepoint, &x0, &y0, &x1, &y1)) return m;
  const float scale = static_cast<float>(box) / static_cast<float>(std::max(x1 - x0, y1 - y0));
  int xoff = 0, yoff = 0;
  unsigned char* bitmap = stbtt_GetCodepointBitmap(&impl_->info, scale, scale, codepoint, &m.w, &m.h, &xoff, &yoff);
  if (!bitmap) return {};
  m.a.assign(bitmap, bitmap + static_cast<std::size_t>(m.w) * m.h);
  stbtt_FreeBitmap(bitmap, nullptr);
  m.x0 = -m.w / 2;
  m.y0 = -m.h / 2;
  return m;
}

Mask Font::text(const std::string& utf8, float pixel_height, float tracking, int* width) const {
  const stbtt_fontinfo* info = &impl_->info;
  const float scale = stbtt_ScaleForPixelHeight(info, pixel_height);
  int ascent, descent, gap;
  stbtt_GetFontVMetrics(info, &ascent, &descent, &gap);
  const auto cps = codepoints(utf8);

  // First pass: the pen positions, to size the mask.
  std::vector<float> pen(cps.size());
  float x = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    pen[i] = x;
    int advance, lsb;
    stbtt_GetCodepointHMetrics(info, cps[i], &advance, &lsb);
    x += advance * scale + tracking;
    if (i + 1 < cps.size()) x += scale * stbtt_GetCodepointKernAdvance(info, cps[i], cps[i + 1]);
  }
  const float total = cps.empty() ? 0 : x - tracking;
  if (width) *width = static_cast<int>(std::ceil(total));

  Mask m;
  m.w = static_cast<int>(std::ceil(total)) + 4;
  m.h = static_cast<int>(std::ceil((ascent - descent) * scale)) + 4;
  m.x0 = -2;
  m.y0 = -static_cast<int>(std::ceil(ascent * scale)) - 2;
  m.a.assign(static_cast<std::size_t>(m.w) * m.h, 0);
  const int baseline = -m.y0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const float px = pen[i] + 2;
    const float shift = px - std::floor(px);
    int gx0, gy0, gx1, gy1;
    stbtt_GetCodepointBitmapBoxSubpixel(info, cps[i], scale, scale, shift, 0, &gx0, &gy0, &gx1, &gy1);
    const int gw = gx1 - gx0, gh = gy1 - gy0;
    if (gw <= 0 || gh <= 0) continue;
    std::vector<unsigned char> glyph(static_cast<std::size_t>(gw) * gh);
    stbtt_MakeCodepointBitmapSubpixel(info, glyph.data(), gw, gh, gw, scale, scale, shift, 0, cps[i]);
    const int ox = static_cast<int>(std::floor(px)) + gx0, oy = baseline + gy0;
    for (int gy = 0; gy < gh; ++gy)
      for (int gx = 0; gx < gw; ++gx) {
        const int tx = ox + gx, ty = oy + gy;
        if (tx < 0 || ty < 0 || tx >= m.w || ty >= m.h) continue;
        auto& dst = m.a[static_cast<std::size_t>(ty) * m.w + tx];
        dst = static_cast<unsigned char>(std::min(255, dst + glyph[static_cast<std::size_t>(gy) * gw + gx]));
      }
  }
  return m;
}

SeedFonts SeedFonts::load_default() {
  SeedFonts f;
  f.icons = Font::load("/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf");
  f.label = Font::load("/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf");
  return f;
}

}  // namespace stub::media
