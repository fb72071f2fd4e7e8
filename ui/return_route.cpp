#include "return_route.hpp"

namespace ui {
namespace {

Route with_next(const char* path, const Route& back) {
  Route r;
  r.path = path;
  if (!is_sign_in_page(back) && back.path != "/") r.query["next"] = back.str();
  return r;
}

}  // namespace

bool is_sign_in_page(const Route& r) { return r.path == "/login" || r.path == "/register" || r.path == "/vendor-apply"; }

Route sign_in_route(const Route& back) { return with_next("/login", back); }
Route register_route(const Route& back) { return with_next("/register", back); }

Route return_route(const Route& page, const Route& fallback) {
  const std::string next = page.get("next");
  // An in-app path ("/cart", "/catalog?q=x"); a hand-edited value that is not one, or a sign-in
  // page (which would loop), falls back.
  if (next.size() < 1 || next[0] != '/' || (next.size() > 1 && next[1] == '/')) return fallback;
  Route r = Route::parse(next);
  return is_sign_in_page(r) ? fallback : r;
}

}  // namespace ui
