#include "api_client.hpp"

#include <chrono>
#include <thread>

namespace mestore {

ApiClient::ApiClient(std::unique_ptr<Transport> transport) : transport_(std::move(transport)) {}

Handle<Health> ApiClient::health() { return start<Health>({"GET", "/api/v1/health"}); }

Handle<Page<Product>> ApiClient::products(const ProductQuery& q) {
  std::string target = "/api/v1/products" + build_query({{"page", std::to_string(q.page)},
                                                         {"size", std::to_string(q.size)},
                                                         {"search", q.search},
                                                         {"category", q.category},
                                                         {"sort_by", q.sort_by},
                                                         {"sort_order", q.sort_order},
                                                         {"vendor_id", q.vendor_id},
                                                         {"min_price", q.min_price ? std::to_string(*q.min_price) : ""},
                                                         {"max_price", q.max_price ? std::to_string(*q.max_price) : ""},
                                                         {"in_stock", q.in_stock ? "true" : ""}});
  return start<Page<Product>>({"GET", target});
}

Handle<Product> ApiClient::product(const std::string& id) {
  return start<Product>({"GET", "/api/v1/products/" + percent_encode(id)});
}

void ApiClient::pump() { transport_->pump(); }

bool ApiClient::wait_until(const std::function<bool()>& settled, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!settled()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    pump();
    if (!settled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

ApiError error_from_response(const HttpResponse& r) {
  ApiError e;
  e.http_status = r.status;
  if (r.status == 0) {
    e.kind = r.timed_out ? ErrorKind::Timeout : ErrorKind::Network;
    e.code = r.timed_out ? "TIMEOUT" : "NETWORK_ERROR";
    e.message = r.transport_error.empty() ? "the server could not be reached" : r.transport_error;
    return e;
  }
  e.kind = ErrorKind::Http;
  if (auto ra = r.header("retry-after"); !ra.empty()) e.retry_after_seconds = std::atoi(ra.c_str());
  ErrorBody body;
  if (!decode_text(r.body, body)) {
    e.code = body.error_code;
    e.message = body.error_message;
    e.details = std::move(body.details);
    e.request_id = body.request_id;
  } else {
    e.code = "HTTP_" + std::to_string(r.status);
    e.message = "unexpected answer from the server (HTTP " + std::to_string(r.status) + ")";
  }
  return e;
}

std::string percent_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out.push_back(static_cast<char>(c));
    else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

std::string build_query(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string q;
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    q += q.empty() ? '?' : '&';
    q += k + "=" + percent_encode(v);
  }
  return q;
}

// --- catalog and quotes ---------------------------------------------------------------------

Handle<std::vector<Category>> ApiClient::categories() { return start<std::vector<Category>>({"GET", "/api/v1/categories"}); }

Handle<std::vector<CategoryNode>> ApiClient::category_tree() {
  return start<std::vector<CategoryNode>>({"GET", "/api/v1/categories/tree"});
}

Handle<CategoryDetail> ApiClient::category(const std::string& id_or_slug) {
  return start<CategoryDetail>({"GET", "/api/v1/categories/" + percent_encode(id_or_slug)});
}

Handle<Quote> ApiClient::quote(const QuoteRequest& request) {
  return start<Quote>({"POST", "/api/v1/orders/quote", {}, json(request).dump()});
}

}  // namespace mestore
