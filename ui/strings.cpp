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
    {"nav.language_short", "EN", "ES"},
    {"nav.search_hint", "Buscar productos, marcas y más…", "Search products, brands and more…"},
    {"nav.search_go", "Buscar", "Search"},
    {"nav.cart", "Carrito", "Cart"},
    {"nav.account", "Ingresar", "Sign in"},
    {"status.api_ok", "Conectado a la API", "Connected to the API"},
    {"status.api_checking", "Conectando con la API…", "Connecting to the API…"},
    {"status.api_down", "No hay conexión con la API. Reintentando…", "The API cannot be reached. Retrying…"},
    {"status.retry", "Reintentar", "Retry"},
    // home
    {"home.hero_eyebrow", "Marketplace colombiano", "Colombian marketplace"},
    {"home.hero_title", "Todo Colombia en un solo lugar", "All of Colombia in one place"},
    {"home.hero_text", "Productos de vendedores de todo el país, con envío gratis desde $ 200.000.",
     "Products from sellers across the country, free shipping from $ 200,000."},
    {"home.hero_cta", "Explorar el catálogo", "Browse the catalog"},
    {"home.promise_shipping", "Envío gratis desde $ 200.000", "Free shipping from $ 200,000"},
    {"home.promise_payment", "Pago seguro", "Secure payment"},
    {"home.promise_vendors", "Vendedores verificados", "Verified sellers"},
    {"home.categories", "Categorías", "Categories"},
    {"home.categories_loading", "Cargando categorías…", "Loading categories…"},
    {"home.categories_failed", "No pudimos cargar las categorías.", "We could not load the categories."},
    {"home.category_count", "%d productos", "%d products"},
    {"home.new", "Novedades", "New arrivals"},
    {"home.featured", "Destacados", "Featured"},
    {"home.see_all", "Ver todo", "See all"},
    {"home.products", "Productos", "Products"},
    {"home.loading", "Cargando productos…", "Loading products…"},
    {"home.empty", "Aún no hay productos publicados.", "No products published yet."},
    {"home.load_failed", "No pudimos cargar los productos.", "We could not load the products."},
    // catalog
    {"catalog.title", "Todos los productos", "All products"},
    {"catalog.results_for", "Resultados para «%s»", "Results for “%s”"},
    {"catalog.search_hint", "Buscar en el catálogo…", "Search the catalog…"},
    {"catalog.search_clear", "Borrar búsqueda", "Clear search"},
    {"catalog.filters", "Filtros", "Filters"},
    {"catalog.category", "Categoría", "Category"},
    {"catalog.all_categories", "Todas las categorías", "All categories"},
    {"catalog.price", "Precio (COP)", "Price (COP)"},
    {"catalog.price_min", "Mínimo", "Minimum"},
    {"catalog.price_max", "Máximo", "Maximum"},
    {"catalog.price_apply", "Aplicar precio", "Apply price"},
    {"catalog.price_order", "El mínimo no puede ser mayor que el máximo.", "The minimum cannot be above the maximum."},
    {"catalog.price_too_high", "Escribe un valor en pesos de hasta $ 100.000.000.", "Enter an amount in pesos up to COP 100,000,000."},
    {"catalog.availability", "Disponibilidad", "Availability"},
    {"catalog.in_stock", "Solo con existencias", "In stock only"},
    {"catalog.from", "Desde", "From"},
    {"catalog.up_to", "Hasta", "Up to"},
    {"catalog.clear_all", "Limpiar filtros", "Clear filters"},
    {"catalog.sort_by", "Ordenar:", "Sort:"},
    {"catalog.sort.relevance", "Relevancia", "Relevance"},
    {"catalog.sort.price_asc", "Menor precio", "Lowest price"},
    {"catalog.sort.price_desc", "Mayor precio", "Highest price"},
    {"catalog.sort.newest", "Más recientes", "Newest"},
    {"catalog.sort.name", "Nombre (A-Z)", "Name (A-Z)"},
    {"catalog.view_grid", "Ver en cuadrícula", "Grid view"},
    {"catalog.view_list", "Ver en lista", "List view"},
    {"catalog.count_one", "1 producto", "1 product"},
    {"catalog.count_many", "%s productos", "%s products"},
    {"catalog.loading", "Buscando…", "Searching…"},
    {"catalog.load_failed", "No pudimos cargar el catálogo.", "We could not load the catalog."},
    {"catalog.empty_title", "No encontramos productos", "No products found"},
    {"catalog.empty_for", "No encontramos productos para «%s»", "No products found for “%s”"},
    {"catalog.empty_hint", "Prueba con otras palabras o quita algunos filtros.", "Try other words or remove some filters."},
    {"catalog.prev", "Anterior", "Previous"},
    {"catalog.next", "Siguiente", "Next"},
    // product
    {"product.loading", "Cargando producto…", "Loading product…"},
    {"product.not_found", "Este producto no existe o ya no está disponible.", "This product does not exist or is no longer available."},
    {"product.browse", "Ver el catálogo", "Browse the catalog"},
    {"product.sold_by", "Vendido por", "Sold by"},
    {"product.in_stock", "Disponible", "In stock"},
    {"product.stock_left", "Quedan %d", "%d left"},
    {"product.sold_out", "Agotado", "Sold out"},
    {"product.sold_out_hint", "Este producto se agotó. Vuelve pronto: los vendedores reponen a menudo.",
     "This product is sold out. Check back soon: sellers restock often."},
    {"product.category", "Categoría", "Category"},
    {"product.description", "Descripción", "Description"},
    {"product.no_description", "El vendedor no agregó una descripción.", "The seller added no description."},
    {"product.iva_note", "Precio antes de IVA (19 %), que se suma al pagar.", "Price before VAT (19 %), added at checkout."},
    {"product.quantity", "Cantidad", "Quantity"},
    {"product.add", "Agregar al carrito", "Add to cart"},
    {"product.added", "Agregaste %d × %s al carrito", "Added %d × %s to the cart"},
    {"product.added_partial", "Solo pudimos agregar %d: no hay más unidades disponibles.", "Only %d could be added: no more units are available."},
    {"product.added_none", "Ya tienes en el carrito todas las unidades disponibles.", "Your cart already holds every unit available."},
    {"product.in_cart", "Tienes %d en el carrito", "You have %d in your cart"},
    {"product.in_cart_max", "Tienes %d en el carrito: son todas las disponibles", "You have %d in your cart: all that are available"},
    {"product.view_cart", "Ver carrito", "View cart"},
    {"product.shipping_note", "Envío a todo Colombia, gratis desde $ 200.000.", "Shipping across Colombia, free from $ 200,000."},
    {"product.image_prev", "Foto anterior", "Previous photo"},
    {"product.image_next", "Foto siguiente", "Next photo"},
    {"product.image_n", "Foto %d", "Photo %d"},
    // cart
    {"cart.title", "Tu carrito", "Your cart"},
    {"cart.title_one", "Tu carrito (1 producto)", "Your cart (1 item)"},
    {"cart.title_many", "Tu carrito (%d productos)", "Your cart (%d items)"},
    {"cart.empty_title", "Tu carrito está vacío", "Your cart is empty"},
    {"cart.empty_text", "Agrega productos y aquí verás el total con IVA y envío.", "Add products and you will see the total with VAT and shipping here."},
    {"cart.browse", "Explorar productos", "Browse products"},
    {"cart.each", "%s c/u", "%s each"},
    {"cart.less", "Uno menos", "One less"},
    {"cart.more", "Uno más", "One more"},
    {"cart.remove", "Quitar", "Remove"},
    {"cart.removed", "Quitaste %s del carrito", "Removed %s from the cart"},
    {"cart.unavailable", "Ya no está disponible", "No longer available"},
    {"cart.not_enough", "No hay suficientes unidades", "Not enough units"},
    {"cart.price_updated", "Precio actualizado", "Price updated"},
    {"cart.summary", "Resumen", "Summary"},
    {"cart.subtotal", "Subtotal", "Subtotal"},
    {"cart.iva", "IVA (19 %)", "VAT (19 %)"},
    {"cart.shipping", "Envío", "Shipping"},
    {"cart.shipping_free", "Gratis", "Free"},
    {"cart.total", "Total", "Total"},
    {"cart.estimate", "Subtotal estimado", "Estimated subtotal"},
    {"cart.quoting", "Calculando el total…", "Working out the total…"},
    {"cart.quote_failed", "No pudimos calcular el total.", "We could not work out the total."},
    {"cart.quote_unavailable", "El cálculo del total aún no está disponible en este servidor.",
     "Working out the total is not available on this server yet."},
    {"cart.free_shipping_yes", "¡Tu envío es gratis!", "Your shipping is free!"},
    {"cart.free_shipping_missing", "Te faltan %s para el envío gratis", "%s more for free shipping"},
    {"cart.free_shipping_from", "Envío gratis desde %s", "Free shipping from %s"},
    {"cart.checkout", "Continuar al pago", "Continue to payment"},
    {"cart.blocked", "Quita los productos no disponibles para continuar.", "Remove the unavailable products to continue."},
    {"cart.server_note", "MeStore confirma precios, existencias y total antes de cobrar.",
     "MeStore confirms prices, stock and total before charging."},
    {"cart.keep_shopping", "Seguir comprando", "Keep shopping"},
    {"cart.changed_title", "Algunos productos cambiaron desde que los agregaste:", "Some products changed since you added them:"},
    {"cart.changed_price_up", "%s subió de %s a %s", "%s went up from %s to %s"},
    {"cart.changed_price_down", "%s bajó de %s a %s", "%s went down from %s to %s"},
    {"cart.changed_quantity", "%s: solo quedan %d, ajustamos la cantidad", "%s: only %d left, we adjusted the quantity"},
    {"cart.changed_unavailable", "%s ya no está disponible", "%s is no longer available"},
    {"cart.changed_ok", "Entendido", "Got it"},
    // checkout and account (placeholders until their work lands)
    {"checkout.soon_title", "El pago llega muy pronto", "Payment is coming very soon"},
    {"checkout.soon_text", "Estamos terminando el pago con tarjeta, PSE y Efecty. Tu carrito queda guardado.",
     "We are finishing payment by card, PSE and Efecty. Your cart stays saved."},
    {"checkout.back_to_cart", "Volver al carrito", "Back to the cart"},
    {"account.soon_title", "Las cuentas llegan muy pronto", "Accounts are coming very soon"},
    {"account.soon_text", "Pronto podrás ingresar, ver tus pedidos y administrar tus sesiones. Mientras tanto puedes comprar como invitado.",
     "Soon you will sign in, see your orders and manage your sessions. Meanwhile you can shop as a guest."},
    {"account.keep_shopping", "Seguir comprando", "Keep shopping"},
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
