// How bytes reach the server. One interface, one implementation per platform:
// transport_fetch.cpp (emscripten_fetch, browser) and transport_native.cpp (cpp-httplib).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mestore {

struct HttpRequest {
  std::string method = "GET";
  std::string target;  // path and query, e.g. "/api/v1/products?page=2"
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  int timeout_ms = 15000;
};

struct HttpResponse {
  int status = 0;          // 0: no HTTP answer at all
  bool timed_out = false;  // with status 0: the timeout fired
  std::string body;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string transport_error;

  std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
};

class Transport {
 public:
  using Done = std::function<void(HttpResponse)>;
  virtual ~Transport() = default;
  // Starts the request; `done` runs later, always on the thread that calls pump().
  virtual void send(HttpRequest request, Done done) = 0;
  // Delivers finished requests (native); the browser delivers from its event loop by itself.
  virtual void pump() {}
  virtual int in_flight() const = 0;
  // True when the platform keeps cookies out of our code's reach (the browser: the HttpOnly
  // refresh cookie travels by itself, so the refresh request sends no token in its body).
  virtual bool browser_cookies() const { return false; }
};

// The platform's transport. `base_url` is "" in the browser (same origin) and
// "http://127.0.0.1:8000" style natively.
std::unique_ptr<Transport> make_default_transport(const std::string& base_url);

}  // namespace mestore
