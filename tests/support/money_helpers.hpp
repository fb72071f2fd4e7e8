// Helpers for the order, payment, fraud and commission tests: a stub whose clock sits at
// Colombian midday eight days after the accounts were made (so the time-of-day and new-account
// fraud rules stay out of tests that are not about them), fresh buyers, products, orders, cards.
#pragma once
#include <atomic>
#include <ctime>
#include <string>

#include "api_helpers.hpp"

namespace testsupport {

inline constexpr const char* kApproveCard = "4242 4242 4242 4242";
inline constexpr const char* kDeclineCard = "4111111111111111";

// Moves a fresh stub's clock 8 days on and to 12:00 in Colombia (UTC−5).
inline void settle_clock(const Api& api) {
  Answer now = advance_clock(api, 0);
  const std::string iso = now.data()["now"];  // 2026-12-04T19:41:33Z
  const int utc_hour = std::stoi(iso.substr(11, 2));
  const int co_hour = (utc_hour + 24 - 5) % 24;
  advance_clock(api, 8LL * 86400 + ((12 - co_hour + 24) % 24) * 3600LL);
}

inline StubProcess& start_money_stub(StubProcess& s) {
  settle_clock(Api(s.url()));
  return s;
}

inline std::string sql_at(const StubProcess& stub, const std::string& statement) {
  std::string out = run_command("sqlite3 -cmd '.timeout 5000' '" + stub.data_dir() + "/mestore.sqlite3' \"" + statement + "\"");
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// A new BUYER, signed in; returns the access token.
inline std::string new_buyer(const Api& api, const std::string& tag = "buyer") {
  const std::string email = unique_email(tag);
  register_buyer(api, email);
  Login l = login(api, email);
  return l.access;
}

inline std::string token_for(const Api& api, const char* email) { return login(api, email).access; }

inline json shipping_fields() {
  return {{"shipping_name", "Camila Rodríguez"},
          {"shipping_phone", "+573001234567"},
          {"shipping_address", "Calle 85 # 11-53, apto 402"},
          {"shipping_city", "Bogotá"},
          {"shipping_state", "Cundinamarca"}};
}

inline json order_body(const json& items) {
  json b = shipping_fields();
  // {line(…)} with one element arrives as that object (nlohmann's brace rules): make it a list.
  b["items"] = items.is_object() ? json::array({items}) : items;
  return b;
}

inline json line(const std::string& product_id, long long quantity) { return {{"product_id", product_id}, {"quantity", quantity}}; }

inline httplib::Headers idem(const std::string& key) { return {{"Idempotency-Key", key}}; }

// Thread-safe: the concurrency tests draw keys from many threads at once, and two equal keys
// would turn distinct orders into one idempotent request (a 409 IDEMPOTENCY_IN_PROGRESS).
inline std::string fresh_key() {
  static std::atomic<int> n{0};
  return "test-key-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + "-" + std::to_string(std::time(nullptr));
}

inline Answer place(const Api& api, const std::string& token, const json& items, const std::string& key = fresh_key()) {
  return api.post("/api/v1/orders", order_body(items), token, idem(key));
}

// Approved, in-stock products in a price range (public listing).
inline std::vector<json> products(const Api& api, const std::string& query) {
  Answer a = api.get("/api/v1/products?size=100&in_stock=true&" + query);
  return a.status == 200 ? a.data().get<std::vector<json>>() : std::vector<json>{};
}

inline std::string tokenize(const Api& api, const std::string& token, const std::string& number) {
  Answer a = api.post("/sandbox-gateway/v1/tokens",
                      {{"number", number}, {"cvc", "123"}, {"exp_month", 12}, {"exp_year", 2031}, {"card_holder", "CAMILA RODRIGUEZ"}},
                      token);
  return a.status == 201 ? a.data()["token"].get<std::string>() : "";
}

inline Answer pay_card(const Api& api, const std::string& token, const std::string& order_id, const std::string& number,
                       const std::string& key = fresh_key()) {
  return api.post("/api/v1/payments/process", {{"order_id", order_id}, {"method", "CARD"}, {"card_token", tokenize(api, token, number)}},
                  token, idem(key));
}

}  // namespace testsupport
