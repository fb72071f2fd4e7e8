// Factories of every screen; the registry in screens.cpp maps routes to them.
#pragma once
#include "screen.hpp"

namespace ui {

std::unique_ptr<Screen> make_home_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_product_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_catalog_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_cart_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_checkout_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_order_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_orders_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_account_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_login_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_register_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_vendor_apply_screen(ScreenContext& ctx, const std::string& param);
// Shown by the route guard while the session is being restored (after a reload).
std::unique_ptr<Screen> make_session_wait_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_not_found_screen(ScreenContext& ctx, const std::string& param);
// A signed-in user on a route their role may not see.
std::unique_ptr<Screen> make_no_access_screen(ScreenContext& ctx, const std::string& param);
// Back office (ADMIN, SUPERUSER).
std::unique_ptr<Screen> make_admin_dashboard_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_orders_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_order_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_approvals_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_fraud_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_commissions_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_audit_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_users_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_vendor_applications_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_admin_system_screen(ScreenContext& ctx, const std::string& param);
// Vendor portal (VENDOR).
std::unique_ptr<Screen> make_vendor_dashboard_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_vendor_products_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_vendor_product_screen(ScreenContext& ctx, const std::string& param);  // "new" or an id
std::unique_ptr<Screen> make_vendor_orders_screen(ScreenContext& ctx, const std::string& param);
std::unique_ptr<Screen> make_vendor_commissions_screen(ScreenContext& ctx, const std::string& param);

}  // namespace ui
