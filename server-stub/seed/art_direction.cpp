#include "art_direction.hpp"

#include <cstring>

namespace stub::seed {
namespace {

struct Palette {
  const char* slug;
  std::uint32_t light, dark, accent;
  int icon;  // the category's icon, when no family keyword matches
};

// Soft pastel pairs with one strong accent each, so a grid of mixed categories stays calm.
constexpr Palette kPalettes[] = {
    {"celulares", 0xE0E7FF, 0xC7D2FE, 0x4F46E5, 0xF10B},     // indigo, mobile
    {"computadores", 0xDBEAFE, 0xBFDBFE, 0x2563EB, 0xF109},  // blue, laptop
    {"audio", 0xEDE9FE, 0xDDD6FE, 0x7C3AED, 0xF025},         // violet, headphones
    {"cocina", 0xFFEDD5, 0xFED7AA, 0xEA580C, 0xF0F5},        // orange, cutlery
    {"decoracion", 0xFEF3C7, 0xFDE68A, 0xB45309, 0xF0EB},    // amber, lightbulb
    {"moda", 0xFCE7F3, 0xFBCFE8, 0xDB2777, 0xF290},          // pink, shopping bag
    {"deportes", 0xDCFCE7, 0xBBF7D0, 0x16A34A, 0xF1E3},      // green, football
    {"belleza", 0xFFE4E6, 0xFECDD3, 0xE11D48, 0xF06C},       // rose, leaf
    {"cafe", 0xF5EBE0, 0xE7D3BF, 0x7C4A2D, 0xF0F4},          // coffee, cup
    {"juguetes", 0xFEF9C3, 0xFEF08A, 0x0284C7, 0xF12E},      // yellow and sky, puzzle
    {"libros", 0xCCFBF1, 0x99F6E4, 0x0F766E, 0xF02D},        // teal, book
    {"mascotas", 0xECFCCB, 0xD9F99D, 0x4D7C0F, 0xF1B0},      // lime, paw
};

// First word(s) of a family name → a more specific icon.
struct IconWord {
  const char* prefix;
  int icon;
};
constexpr IconWord kIcons[] = {
    {"Celular", 0xF10B},      {"Cargador", 0xF1E6},    {"Funda", 0xF132},         {"Portátil", 0xF109},
    {"Monitor", 0xF108},      {"Teclado", 0xF11C},     {"Mouse", 0xF245},         {"Audífonos", 0xF025},
    {"Parlante", 0xF028},     {"Olla", 0xF06D},        {"Arepera", 0xF0F5},       {"Licuadora", 0xF0C3},
    {"Juego de ollas", 0xF0F5}, {"Hamaca", 0xF1BB},    {"Cojín", 0xF236},         {"Lámpara", 0xF0EB},
    {"Camiseta de ciclismo", 0xF206}, {"Camiseta", 0xF183}, {"Jean", 0xF182},     {"Sombrero", 0xF185},
    {"Mochila", 0xF290},      {"Tenis", 0xF21D},       {"Balón", 0xF1E3},         {"Bicicleta", 0xF206},
    {"Colchoneta", 0xF21E},   {"Mancuernas", 0xF0E7},  {"Crema", 0xF06C},         {"Jabón", 0xF043},
    {"Protector", 0xF185},    {"Aceite", 0xF0C3},      {"Café", 0xF0F4},          {"Panela", 0xF1B2},
    {"Chocolate", 0xF1B3},    {"Prensa", 0xF0C3},      {"Rompecabezas", 0xF12E},  {"Muñeco", 0xF004},
    {"Bloques", 0xF1B3},      {"Novela", 0xF02D},      {"Cuaderno", 0xF040},      {"Set de colores", 0xF1FC},
    {"Agenda", 0xF073},       {"Concentrado", 0xF1B0}, {"Arena", 0xF1B0},         {"Cama", 0xF236},
    {"Juguete", 0xF004},
};

// Variant words that name a colour.
struct ColourWord {
  const char* word;
  std::uint32_t rgb;
};
constexpr ColourWord kColours[] = {
    {"Negro", 0x1F2937}, {"Negra", 0x1F2937}, {"Azul", 0x2563EB},  {"Verde", 0x16A34A}, {"Blanco", 0xFFFFFF},
    {"Rosada", 0xEC4899}, {"Rojo", 0xDC2626}, {"Roja", 0xDC2626},  {"Gris", 0x6B7280},  {"Morada", 0x7C3AED},
    {"Acero", 0x64748B},
};

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

media::PictureSpec picture_for(const std::string& category_slug, const std::string& family_name, const std::string& brand,
                               const std::string& variant, int layout, std::uint64_t seed) {
  const Palette* pal = &kPalettes[0];
  for (const auto& p : kPalettes)
    if (category_slug == p.slug) pal = &p;
  media::PictureSpec s;
  s.background_light = media::rgb_hex(pal->light);
  s.background_dark = media::rgb_hex(pal->dark);
  s.accent = media::rgb_hex(pal->accent);
  s.subject = s.accent;
  s.icon = pal->icon;
  for (const auto& w : kIcons)  // the list puts longer prefixes first where two could match
    if (starts_with(family_name, w.prefix)) {
      s.icon = w.icon;
      break;
    }
  for (const auto& c : kColours)
    if (variant == c.word) s.subject = media::rgb_hex(c.rgb);
  s.brand = brand;
  s.variant = variant;
  s.layout = layout;
  s.seed = seed;
  return s;
}

}  // namespace stub::seed
