#include "strings.hpp"

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace ui {
namespace {

struct Text {
  const char* key;
  const char* es;
  const char* en;
};

// Keep sorted by screen; add new keys next to their siblings.
const Text kTexts[] = {
    // chrome
    {"app.name", "MeStore", "MeStore"},
    {"app.tagline", "El marketplace de Colombia", "Colombia's marketplace"},
    {"nav.home", "Inicio", "Home"},
    {"nav.back", "Volver", "Back"},
    {"nav.language", "English", "Español"},
    {"status.api_ok", "Conectado a la API", "Connected to the API"},
    {"status.api_checking", "Conectando con la API…", "Connecting to the API…"},
    {"status.api_down", "No hay conexión con la API. Reintentando…", "The API cannot be reached. Retrying…"},
    {"status.retry", "Reintentar", "Retry"},
    // home
    {"home.hero_title", "Todo Colombia en un solo lugar", "All of Colombia in one place"},
    {"home.hero_text", "Productos de vendedores de todo el país, con envío gratis desde $ 200.000.",
     "Products from sellers across the country, free shipping from $ 200,000."},
    {"home.products", "Productos", "Products"},
    {"home.loading", "Cargando productos…", "Loading products…"},
    {"home.empty", "Aún no hay productos publicados.", "No products published yet."},
    {"home.load_failed", "No pudimos cargar los productos.", "We could not load the products."},
    // product
    {"product.loading", "Cargando producto…", "Loading product…"},
    {"product.not_found", "Este producto no existe o ya no está disponible.", "This product does not exist or is no longer available."},
    {"product.sold_by", "Vendido por", "Sold by"},
    {"product.in_stock", "Disponible", "In stock"},
    {"product.stock_left", "Quedan %d", "%d left"},
    {"product.sold_out", "Agotado", "Sold out"},
    {"product.category", "Categoría", "Category"},
    {"product.description", "Descripción", "Description"},
    // errors
    {"error.network", "Sin conexión con el servidor.", "No connection to the server."},
    {"error.generic", "Algo salió mal.", "Something went wrong."},
    {"screen.not_found", "Esta página no existe.", "This page does not exist."},
};

mestore::Locale g_locale = mestore::Locale::Es;

const std::unordered_map<std::string_view, const Text*>& index() {
  static const auto map = [] {
    std::unordered_map<std::string_view, const Text*> m;
    for (const auto& t : kTexts) m.emplace(t.key, &t);
    return m;
  }();
  return map;
}

}  // namespace

void set_locale(mestore::Locale l) { g_locale = l; }
mestore::Locale current_locale() { return g_locale; }

const char* tr(const char* key) {
  auto it = index().find(key);
  if (it == index().end()) return key;
  return g_locale == mestore::Locale::En ? it->second->en : it->second->es;
}

std::string label(const char* key, const std::string& id) { return std::string(tr(key)) + "##" + id; }

}  // namespace ui
