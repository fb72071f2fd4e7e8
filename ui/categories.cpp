#include "categories.hpp"

#include <cstring>

#include "theme.hpp"

namespace ui {

std::vector<const mestore::Category*> top_categories(const std::vector<mestore::Category>& all) {
  std::vector<const mestore::Category*> out;
  for (const auto& c : all)
    if (!c.parent_id) out.push_back(&c);
  return out;
}

std::vector<const mestore::Category*> child_categories(const std::vector<mestore::Category>& all,
                                                       const std::string& parent_id) {
  std::vector<const mestore::Category*> out;
  for (const auto& c : all)
    if (c.parent_id && *c.parent_id == parent_id) out.push_back(&c);
  return out;
}

const mestore::Category* find_category(const std::vector<mestore::Category>& all, const std::string& key) {
  if (key.empty()) return nullptr;
  for (const auto& c : all)
    if (c.slug == key || c.id == key) return &c;
  return nullptr;
}

const char* category_icon(const std::string& slug) {
  static const struct {
    const char* slug;
    const char* glyph;
  } kIcons[] = {
      {"tecnologia", icon::laptop},     {"celulares", icon::mobile},   {"computadores", icon::laptop},
      {"audio", icon::headphones},      {"hogar", icon::home},         {"cocina", icon::cutlery},
      {"decoracion", icon::paint_brush}, {"moda", icon::bag},          {"deportes", icon::futbol},
      {"belleza", icon::leaf},          {"cafe", icon::coffee},        {"juguetes", icon::child},
      {"libros", icon::book},           {"mascotas", icon::paw},
  };
  for (const auto& i : kIcons)
    if (slug == i.slug) return i.glyph;
  return icon::tag;
}

}  // namespace ui
