// OpenAPI schemas of the order, payment, fraud, commission and receipt wire types. Each is
// derived from a filled-in example of the type itself (to_json), so the document cannot drift
// from what the server sends; request bodies are closed (unknown fields are a 422).
#include "client/receipt.hpp"
#include "client/wire/commissions.hpp"
#include "client/wire/fraud.hpp"
#include "client/wire/payments.hpp"
#include "routes.hpp"

namespace stub {
namespace {

json schema_of(const json& example) {
  switch (example.type()) {
    case json::value_t::object: {
      json props = json::object();
      for (const auto& [k, v] : example.items()) props[k] = schema_of(v);
      return {{"type", "object"}, {"properties", props}};
    }
    case json::value_t::array:
      return {{"type", "array"}, {"items", example.empty() ? json::object() : schema_of(example[0])}};
    case json::value_t::string: return {{"type", "string"}};
    case json::value_t::boolean: return {{"type", "boolean"}};
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return {{"type", "integer"}};
    case json::value_t::null: return {{"type", "string"}, {"nullable", true}};
    default: return {{"type", "number"}};
  }
}

json closed(json schema, std::initializer_list<const char*> required) {
  schema["additionalProperties"] = false;
  schema["required"] = json::array();
  for (const char* r : required) schema["required"].push_back(r);
  return schema;
}

mestore::Order example_order() {
  mestore::Order o;
  o.items.push_back({});
  o.tracking.events.push_back({});
  return o;
}

}  // namespace

json schema_from_example(const json& example) { return schema_of(example); }
json closed_schema(json schema, std::initializer_list<const char*> required) { return closed(std::move(schema), required); }

void define_money_schemas(Router& r) {
  // Every optional field filled, so each appears in the schema (built whole: GCC 12 warns
  // falsely about assigning a short literal to a member at -O3).
  const mestore::CreateOrderRequest create{
      {mestore::QuoteItem{}}, {"Ana", "3001234567", "ana@example.co", "Calle 1 # 2-3", "Bogotá", "Cundinamarca", "110111"}, "x"};
  r.define_schema("CreateOrderRequest", closed(schema_of(create),
                                               {"items", "shipping_name", "shipping_phone", "shipping_address", "shipping_city", "shipping_state"}));
  r.define_schema("Order", schema_of(example_order()));
  r.define_schema("Tracking", schema_of(example_order().tracking));
  r.define_schema("CancelOrderRequest", closed(schema_of(mestore::CancelOrderRequest{"x"}), {"reason"}));
  r.define_schema("CardTokenRequest", closed(schema_of(mestore::CardTokenRequest{}), {"number", "cvc", "exp_month", "exp_year", "card_holder"}));
  r.define_schema("CardToken", schema_of(mestore::CardToken{}));
  const mestore::PaymentRequest pay{"", "CARD", "", 1, "x", "x", "x"};  // every optional field present
  r.define_schema("PaymentRequest", closed(schema_of(pay), {"order_id", "method"}));
  mestore::Payment payment;
  payment.fraud = mestore::FraudSummary{};
  r.define_schema("Payment", schema_of(payment));
  mestore::PaymentStatus status;
  status.payments.push_back(payment);
  r.define_schema("PaymentStatus", schema_of(status));
  mestore::PaymentMethods methods;
  methods.methods.push_back({"CARD", "x", {}, {}, {"VISA"}, 0});
  methods.pse_banks.push_back({});
  r.define_schema("PaymentMethods", schema_of(methods));
  mestore::FraudReview review;
  review.reasons.push_back({});
  r.define_schema("FraudReview", schema_of(review));
  r.define_schema("FraudAlert", schema_of(mestore::FraudAlert{}));
  r.define_schema("Commission", schema_of(mestore::Commission{}));
  r.define_schema("EarningsSummary", schema_of(mestore::EarningsSummary{}));
  mestore::Receipt receipt;
  receipt.lines.push_back({});
  r.define_schema("SignedReceipt", {{"type", "object"},
                                    {"properties", {{"receipt", schema_of(receipt)}, {"signature", {{"type", "string"}}},
                                                    {"key_id", {{"type", "string"}}}}}});
}

}  // namespace stub
