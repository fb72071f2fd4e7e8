#include "quote_service.hpp"

#include "../commerce/pricing.hpp"
#include "../http/api_failure.hpp"

namespace stub::orders {

mestore::Quote quote_lines(SQLite::Database& db, const std::vector<RequestedLine>& requested) {
  using commerce::QuantityProblem;
  mestore::Quote quote;
  std::vector<commerce::PriceLine> to_price;
  std::vector<std::size_t> priced_index;  // which quote line each priced line is
  std::vector<mestore::FieldError> errors;

  SQLite::Statement q(db, "SELECT sku, name, price, status, stock_quantity - stock_reserved FROM products WHERE id = ?");
  for (std::size_t i = 0; i < requested.size(); ++i) {
    const auto& r = requested[i];
    mestore::QuoteLine line;
    line.product_id = r.product_id;
    line.quantity = static_cast<int>(r.quantity);
    q.reset();
    q.bind(1, r.product_id);
    const bool found = q.executeStep();
    const std::string status = found ? q.getColumn(3).getString() : "";
    if (!found || status == "DRAFT" || status == "REJECTED") {
      // Never public: the same answer as for an id that does not exist.
      line.problem = "NOT_FOUND";
    } else {
      line.sku = q.getColumn(0).getString();
      line.name = q.getColumn(1).getString();
      line.available = std::max(0, q.getColumn(4).getInt());
      if (status != "APPROVED") {  // PENDING (re-edited) or INACTIVE: may come back; its price is not public
        line.problem = "UNAVAILABLE";
        line.available = 0;
      } else {
        line.unit_price = {q.getColumn(2).getInt64()};
        switch (commerce::check_quantity(r.quantity, line.available)) {
          case QuantityProblem::None:
            to_price.push_back({line.unit_price.pesos, r.quantity});
            priced_index.push_back(quote.lines.size());
            break;
          case QuantityProblem::SoldOut: line.problem = "UNAVAILABLE"; break;
          case QuantityProblem::InsufficientStock:
            errors.push_back({"items[" + std::to_string(i) + "].quantity",
                              "only " + std::to_string(line.available) + " available", "INSUFFICIENT_STOCK"});
            break;
          case QuantityProblem::NotPositive:
          case QuantityProblem::TooLarge:  // parse_order_items already refused these
            errors.push_back({"items[" + std::to_string(i) + "].quantity", "out of range", "range_error"});
            break;
        }
      }
    }
    quote.lines.push_back(std::move(line));
  }
  if (!errors.empty()) throw ApiFailure(422, "VALIDATION_ERROR", "some quantities are not available", std::move(errors));

  auto totals = commerce::price_lines(to_price);
  if (!totals) throw invalid("items", "the amounts are too large to price", "range_error");
  for (std::size_t k = 0; k < priced_index.size(); ++k) quote.lines[priced_index[k]].line_total = {totals->line_totals[k]};
  if (!to_price.empty()) {  // nothing orderable costs nothing, not a lone shipping fee
    quote.subtotal = {totals->subtotal};
    quote.iva = {totals->iva};
    quote.shipping = {totals->shipping};
    quote.total = {totals->total};
  }
  quote.free_shipping_from = {commerce::kFreeShippingFrom};
  quote.iva_rate_percent = static_cast<int>(commerce::kIvaBasisPoints / 100);
  quote.orderable = !priced_index.empty() && priced_index.size() == quote.lines.size();
  return quote;
}

}  // namespace stub::orders
