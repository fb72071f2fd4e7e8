// Sign-in remembers where the shopper was: /login?next=/cart. After signing in (or registering)
// they go back there. The "next" value comes from the address bar, so only in-app routes are
// accepted; anything else falls back.
#pragma once
#include "router.hpp"

namespace ui {

// /login?next=<back>; /login alone when `back` is itself a sign-in page or the home page.
Route sign_in_route(const Route& back);
// The same, to /register (the "next" travels along between login and register).
Route register_route(const Route& back);
// Where a sign-in page should return to: its "next", when it is a safe in-app route, else `fallback`.
Route return_route(const Route& sign_in_page, const Route& fallback);
// /login, /register and /vendor-apply: pages a signed-in user has no business on.
bool is_sign_in_page(const Route& r);

}  // namespace ui
