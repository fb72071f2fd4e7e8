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

namespace {
class SessionWaitScreen final : public Screen {
 public:
  void draw(ScreenContext&) override { loading_line(tr("login.restoring")); }
};
}  // namespace

std::unique_ptr<Screen> make_session_wait_screen(ScreenContext&, const std::string&) {
  return std::make_unique<SessionWaitScreen>();
}

const std::vector<ScreenEntry>& screen_registry() {
  static const std::vector<ScreenEntry> all = {
      {"/", make_home_screen},
      {"/catalog", make_catalog_screen},
      {"/product/{id}", make_product_screen},
      {"/cart", make_cart_screen},
      {"/checkout", make_checkout_screen, true},
      {"/orders", make_orders_screen, true},
      {"/order/{id}", make_order_screen, true},
      {"/account", make_account_screen, true},
      {"/login", make_login_screen},
      {"/register", make_register_screen},
      {"/vendor-apply", make_vendor_apply_screen},
  };
  return all;
}

}  // namespace ui
