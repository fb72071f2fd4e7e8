// Each feature adds its routes to the one table. A handler is a one-line call into a named function.
#pragma once
#include "../http/router.hpp"
#include "../stub.hpp"
#include "client/wire/health.hpp"
#include "client/wire/product.hpp"

namespace stub {

void add_health_routes(Router& r, Stub& s);
void add_catalog_routes(Router& r, Stub& s);
void add_quote_routes(Router& r, Stub& s);

inline void add_all_routes(Router& r, Stub& s) {
  add_health_routes(r, s);
  add_catalog_routes(r, s);
  add_quote_routes(r, s);
}

}  // namespace stub
