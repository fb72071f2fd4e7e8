// The HTTP face of the stub: one dispatch function for every request. API paths go through the
// route table (authorization, input checks, the one error envelope); everything else is a static
// file. Security headers and the JSON access log are applied here, once, for every answer.
#pragma once
#include <httplib.h>

#include <functional>
#include <string>

#include "media_files.hpp"
#include "router.hpp"
#include "static_files.hpp"

namespace stub {

struct Stub;

class HttpServer {
 public:
  HttpServer(Stub& stub, Router& router, StaticFiles& files);
  // Authenticates the caller of a non-public route: sets ctx.caller or throws ApiFailure(401/403).
  std::function<void(Context&, const Route&)> authorize;
  // Binds (port 0 picks a free port) and returns the bound port, or -1.
  int bind(const std::string& host, int port);
  void listen();  // blocks until stop()
  void stop() { server_.stop(); }

 private:
  void handle(const httplib::Request& req, httplib::Response& res);
  void handle_api(const httplib::Request& req, httplib::Response& res, const std::string& request_id);
  void write_error(httplib::Response& res, const ApiFailure& f, const std::string& request_id);

  Stub& stub_;
  Router& router_;
  StaticFiles& files_;
  MediaFiles media_;  // <data-dir>/media: seeded pictures and uploads
  httplib::Server server_;
  int listen_socket_ = -1;  // the socket httplib bound, to widen its accept queue
};

bool is_api_path(const std::string& path);
void apply_security_headers(httplib::Response& res, bool api);

}  // namespace stub
