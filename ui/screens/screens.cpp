#include "screens.hpp"

#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"

#include <algorithm>
#include <string_view>

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

namespace {
class NoAccessScreen final : public Screen {
 public:
  void draw(ScreenContext& ctx) override {
    const float width = std::min(ImGui::GetContentRegionAvail().x, ctx.theme.px(560));
    notice_item("noaccess.notice", icon::lock, tr("screen.no_access"), color::danger, color::danger_soft, width);
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    if (primary_button(label("nav.home", "noaccess.home"))) ctx.nav.go(Route{});
  }
};
}  // namespace

std::unique_ptr<Screen> make_no_access_screen(ScreenContext&, const std::string&) {
  return std::make_unique<NoAccessScreen>();
}

bool role_allowed(const char* roles, const std::string& user_type) {
  if (!roles) return true;
  if (user_type.empty()) return false;
  const std::string_view all(roles);
  for (std::size_t at = 0; at <= all.size();) {
    const std::size_t comma = std::min(all.find(',', at), all.size());
    if (all.substr(at, comma - at) == user_type) return true;
    at = comma + 1;
  }
  return false;
}

const std::vector<ScreenEntry>& screen_registry() {
  constexpr const char* kBackOffice = "ADMIN,SUPERUSER";
  constexpr const char* kVendor = "VENDOR";
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
      {"/admin", make_admin_dashboard_screen, true, kBackOffice},
      {"/admin/orders", make_admin_orders_screen, true, kBackOffice},
      {"/admin/order/{id}", make_admin_order_screen, true, kBackOffice},
      {"/admin/approvals", make_admin_approvals_screen, true, kBackOffice},
      {"/admin/fraud", make_admin_fraud_screen, true, kBackOffice},
      {"/admin/commissions", make_admin_commissions_screen, true, kBackOffice},
      {"/admin/audit", make_admin_audit_screen, true, kBackOffice},
      {"/admin/users", make_admin_users_screen, true, kBackOffice},
      {"/admin/approvals/vendors", make_admin_vendor_applications_screen, true, kBackOffice},
      {"/admin/system", make_admin_system_screen, true, kBackOffice},
      {"/vendor", make_vendor_dashboard_screen, true, kVendor},
      {"/vendor/products", make_vendor_products_screen, true, kVendor},
      {"/vendor/product/{id}", make_vendor_product_screen, true, kVendor},
      {"/vendor/orders", make_vendor_orders_screen, true, kVendor},
      {"/vendor/commissions", make_vendor_commissions_screen, true, kVendor},
  };
  return all;
}

}  // namespace ui
