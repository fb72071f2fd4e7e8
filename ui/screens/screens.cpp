#include "screens.hpp"

#include "../strings.hpp"
#include "../widgets/widgets.hpp"

namespace ui {

namespace {
class NotFoundScreen final : public Screen {
 public:
  void draw(ScreenContext& ctx) override {
    text(ctx.theme.fonts().heading, color::text, tr("screen.not_found"));
    if (primary_button(label("nav.home", "notfound.home"))) ctx.nav.go(Route{});
  }
};
}  // namespace

std::unique_ptr<Screen> make_not_found_screen(ScreenContext&, const std::string&) {
  return std::make_unique<NotFoundScreen>();
}

const std::vector<ScreenEntry>& screen_registry() {
  static const std::vector<ScreenEntry> all = {
      {"/", make_home_screen},
      {"/catalog", make_catalog_screen},
      {"/product/{id}", make_product_screen},
      {"/cart", make_cart_screen},
      {"/checkout", make_checkout_screen},
      {"/account", make_account_screen},
  };
  return all;
}

}  // namespace ui
