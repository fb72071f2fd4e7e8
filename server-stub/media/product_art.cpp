#include "product_art.hpp"

#include <algorithm>
#include <cctype>

namespace stub::media {
namespace {

constexpr float S = kPictureSize;
const Rgb kWhite{1, 1, 1};

float luminance(Rgb c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }
Rgb darker(Rgb c, float by) { return mix(c, {0, 0, 0}, by); }
Rgb lighter(Rgb c, float by) { return mix(c, kWhite, by); }

// Deterministic 0…1 values from the spec's seed (splitmix64 steps).
struct Jitter {
  std::uint64_t s;
  float next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return static_cast<float>((z ^ (z >> 31)) >> 40) / static_cast<float>(1ull << 24);
  }
};

// Upper-cases ASCII and UTF-8's Latin-1 letters (á → Á), enough for brand labels: "GUAYACÁN",
// where std::toupper alone would give "GUAYACáN".
std::string upper(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC3 && i + 1 < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i + 1]);
      if (c >= 0xA0 && c <= 0xBE && c != 0xB7) c = static_cast<unsigned char>(c - 0x20);
      out.push_back(s[i]);
      out.push_back(static_cast<char>(c));
      ++i;
    } else {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i]))));
    }
  }
  return out;
}

// Soft white circles in the background, so flat gradients do not look empty.
void bokeh(Canvas& c, Jitter& j, int count, float opacity) {
  for (int i = 0; i < count; ++i) {
    const float r = 60 + j.next() * 120;
    c.disc(j.next() * S, j.next() * S, r, kWhite, opacity * (0.5f + 0.5f * j.next()), r * 0.6f);
  }
}

void centred_text(Canvas& c, const SeedFonts& f, const std::string& s, float size, float tracking, float baseline, Rgb color,
                  float opacity = 1.0f) {
  if (!f.label || s.empty()) return;
  int w = 0;
  Mask m = f.label->text(s, size, tracking, &w);
  c.draw(m, static_cast<int>((S - w) / 2), static_cast<int>(baseline), color, opacity);
}

std::uint32_t packed(Rgb c) {
  auto b = [](float v) { return static_cast<std::uint32_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
  return (b(c.r) << 16) | (b(c.g) << 8) | b(c.b);
}

// A product in white (or near it) would vanish on a white disc or card: it gets an accent
// disc behind it and is drawn in white.
bool pale(Rgb c) { return luminance(c) > 0.85f; }

constexpr float kHeroY = S * 0.46f, kHeroR = S * 0.31f;
constexpr float kCardW = S * 0.6f, kCardX = (S - kCardW) / 2, kCardY = S * 0.16f, kCardIconY = kCardY + kCardW * 0.42f;

// --- backgrounds: everything but the icon and the words; they depend on the layout, the
// category's colours, the icon (the pattern) and paleness only, so they are drawn once ---------

void background(Canvas& c, const PictureSpec& p, const SeedFonts& f) {
  Jitter j{std::uint64_t{packed(p.accent)} * 31 + static_cast<std::uint64_t>(p.layout % 3)};
  switch (p.layout % 3) {
    case 0:
      c.gradient(lighter(p.background_light, 0.3f), p.background_dark, 0, 0, S, S);
      bokeh(c, j, 3, 0.35f);
      c.disc(S / 2, kHeroY + 16, kHeroR, darker(p.accent, 0.4f), 0.22f, 40);
      c.disc(S / 2, kHeroY, kHeroR, pale(p.subject) ? p.accent : kWhite, 1.0f);
      break;
    case 1:
      c.gradient(lighter(p.accent, 0.25f), darker(p.accent, 0.15f), S * 0.2f, 0, S * 0.8f, S);
      bokeh(c, j, 4, 0.12f);
      break;
    default:
      c.gradient(p.background_light, lighter(p.background_dark, 0.2f), S, 0, 0, S);
      if (f.icons) {
        Mask tile = f.icons->icon(p.icon, 44);
        const int step = 100, shift = static_cast<int>(j.next() * step);
        for (int row = -1; row * step < S + step; ++row)
          for (int col = -1; col * step < S + step; ++col)
            c.draw(tile, col * step + (row % 2 ? step / 2 : 0) + shift, row * step + shift, p.accent, 0.10f);
      }
      c.rounded_box(kCardX, kCardY + 14, kCardW, kCardW, 48, darker(p.accent, 0.4f), 0.2f, 36);
      c.rounded_box(kCardX, kCardY, kCardW, kCardW, 48, kWhite, 1.0f);
      if (pale(p.subject)) c.disc(S / 2, kCardIconY, kCardW * 0.36f, p.accent, 1.0f);
      break;
  }
}

// --- foregrounds: the product itself -----------------------------------------------------------

void hero(Canvas& c, const PictureSpec& p, const SeedFonts& f, PictureRenderer& r) {
  c.draw(r.icon(p.icon, static_cast<int>(kHeroR * 1.15f)), static_cast<int>(S / 2), static_cast<int>(kHeroY),
         pale(p.subject) ? kWhite : p.subject);
  centred_text(c, f, upper(p.brand), 30, 6, S * 0.9f, darker(p.accent, 0.35f));
}

void bold(Canvas& c, const PictureSpec& p, const SeedFonts& f, PictureRenderer& r, Jitter& j) {
  const int cx = static_cast<int>(S / 2 + (j.next() - 0.5f) * 40), cy = static_cast<int>(S * 0.44f);
  const int box = static_cast<int>(S * 0.52f);
  c.draw(r.icon(p.icon, box, 18), cx + 10, cy + 18, darker(p.accent, 0.6f), 0.45f);
  c.draw(r.icon(p.icon, box), cx, cy, kWhite);
  if (f.label && !p.variant.empty()) {
    int w = 0;
    Mask m = f.label->text(p.variant, 28, 0.5f, &w);
    const float pw = static_cast<float>(w) + 48, ph = 54, px = 36, py = S - 36 - ph;
    c.rounded_box(px, py + 4, pw, ph, ph / 2, darker(p.accent, 0.5f), 0.25f, 8);
    c.rounded_box(px, py, pw, ph, ph / 2, kWhite, 0.94f);
    c.draw(m, static_cast<int>(px + 24), static_cast<int>(py + ph / 2 + 10), darker(p.accent, 0.35f));
  }
}

void card(Canvas& c, const PictureSpec& p, const SeedFonts& f, PictureRenderer& r) {
  c.draw(r.icon(p.icon, static_cast<int>(kCardW * 0.5f)), static_cast<int>(S / 2), static_cast<int>(kCardIconY),
         pale(p.subject) ? kWhite : p.subject);
  centred_text(c, f, p.variant, 30, 0.5f, kCardY + kCardW - 34, darker(p.accent, 0.3f));
}

}  // namespace

const Mask& PictureRenderer::icon(int codepoint, int box, int blur) {
  const std::pair<int, int> key{codepoint, blur > 0 ? -box * 100 - blur : box};
  auto it = icons_.find(key);
  if (it == icons_.end()) {
    Mask m = fonts_.icons ? fonts_.icons->icon(codepoint, box) : Mask{};
    if (blur > 0 && !m.empty()) m = blurred(m, blur);
    it = icons_.emplace(key, std::move(m)).first;
  }
  return it->second;
}

Canvas PictureRenderer::draw(const PictureSpec& spec) {
  const int layout = spec.layout % 3;
  const Key key{layout, layout == 2 ? spec.icon : 0, layout != 1 && pale(spec.subject), packed(spec.background_light),
                packed(spec.background_dark), packed(spec.accent)};
  auto it = backgrounds_.find(key);
  if (it == backgrounds_.end()) {
    Canvas bg(kPictureSize, kPictureSize);
    background(bg, spec, fonts_);
    it = backgrounds_.emplace(key, std::move(bg)).first;
  }
  Canvas c = it->second;
  Jitter j{spec.seed};
  switch (spec.layout % 3) {
    case 0: hero(c, spec, fonts_, *this); break;
    case 1: bold(c, spec, fonts_, *this, j); break;
    default: card(c, spec, fonts_, *this); break;
  }
  return c;
}

}  // namespace stub::media
