// The typed MeStore API client: one method per endpoint, each returning a Handle the UI polls.
// Same code in the browser and natively; only the Transport differs.
#pragma once
#include <memory>
#include <string>

#include "remote.hpp"
#include "transport.hpp"
#include "wire/catalog.hpp"
#include "wire/commerce.hpp"
#include "wire/common.hpp"
#include "wire/health.hpp"
#include "wire/product.hpp"

namespace mestore {

class ApiClient {
 public:
  explicit ApiClient(std::unique_ptr<Transport> transport);

  // --- endpoints -------------------------------------------------------------------------------
  Handle<Health> health();
  Handle<Page<Product>> products(const ProductQuery& query);
  Handle<Product> product(const std::string& id);
  Handle<std::vector<Category>> categories();
  Handle<std::vector<CategoryNode>> category_tree();
  Handle<CategoryDetail> category(const std::string& id_or_slug);
  // Server-priced lines and totals for a cart; the client never computes an amount that matters.
  Handle<Quote> quote(const QuoteRequest& request);

  // --- plumbing --------------------------------------------------------------------------------
  // Delivers finished responses on the calling (main) thread. Call once per frame.
  void pump();
  int in_flight() const { return transport_->in_flight(); }
  // Blocks (pumping) until `h` settles or `timeout_ms` passes; native tests and the CLI only.
  template <class T>
  bool wait(const Handle<T>& h, int timeout_ms = 10000) {
    return wait_until([&] { return h->state != RequestState::Loading; }, timeout_ms);
  }
  // Called whenever a response lands, so a host that sleeps while idle can wake up.
  std::function<void()> on_activity;

 private:
  bool wait_until(const std::function<bool()>& settled, int timeout_ms);

  template <class T>
  Handle<T> start(HttpRequest request);

  std::unique_ptr<Transport> transport_;
};

// Turns an HTTP response into the typed result or an ApiError. Exposed for unit tests.
template <class T>
void settle_from_response(const HttpResponse& response, Remote<T>& out);

// Builds a query string from key/value pairs, percent-encoding values, skipping empty ones.
std::string build_query(const std::vector<std::pair<std::string, std::string>>& params);
std::string percent_encode(std::string_view s);

}  // namespace mestore

#include "api_client_impl.hpp"
