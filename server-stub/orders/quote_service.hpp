// Prices requested lines against the database: unit prices, availability and totals all come
// from the server. The quote is what POST /orders would charge for the same lines right now.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include "client/wire/commerce.hpp"
#include "quote_request.hpp"

namespace stub::orders {

// Throws ApiFailure(422) when a quantity exceeds what is available (items[i].quantity,
// error_type INSUFFICIENT_STOCK) or the amounts would overflow.
mestore::Quote quote_lines(SQLite::Database& db, const std::vector<RequestedLine>& lines);

}  // namespace stub::orders
