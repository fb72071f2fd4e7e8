#include "http_server.hpp"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <sys/socket.h>

#include <chrono>
#include <cmath>
#include <thread>

#include "../ids.hpp"
#include "../log.hpp"
#include "../stub.hpp"

namespace stub {

namespace {
constexpr size_t kMaxJsonBody = 1 << 20;      // 1 MiB for JSON
constexpr size_t kMaxUploadBody = 6u << 20;   // images up to 5 MB plus multipart overhead

const char* kCsp =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}  // namespace

bool is_api_path(const std::string& path) {
  // The sandbox payment gateway lives in the stub too, with the API's envelope and headers.
  return path.rfind("/api/", 0) == 0 || path.rfind("/sandbox-gateway/", 0) == 0 || path == "/health" || path == "/openapi.json";
}

void apply_security_headers(httplib::Response& res, bool api) {
  res.set_header("Content-Security-Policy", kCsp);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
  res.set_header("Cross-Origin-Resource-Policy", "same-origin");
  if (api) res.set_header("Cache-Control", "no-store");
}

HttpServer::HttpServer(Stub& stub, Router& router, StaticFiles& files)
    : stub_(stub), router_(router), files_(files), media_(stub.config.data_dir + "/media") {
  const int threads = stub.config.threads;
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server_.set_payload_max_length(kMaxUploadBody);
  server_.set_keep_alive_max_count(10000);
  // httplib writes headers and body separately: without TCP_NODELAY, Nagle plus delayed ACKs
  // hold every answer for 40 ms.
  server_.set_tcp_nodelay(true);
  server_.set_read_timeout(10, 0);
  server_.set_write_timeout(10, 0);
  // Debian's cpp-httplib is a compiled library that listens with a backlog of 5: a burst of 50
  // checkouts overflowed the accept queue and the kernel dropped buyers' connections. Keep the
  // socket httplib creates (SO_REUSEADDR as its default does) and widen the queue after bind.
  server_.set_socket_options([this](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_socket_ = sock;
  });
  auto h = [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); };
  server_.Get(".*", h);
  server_.Post(".*", h);
  server_.Put(".*", h);
  server_.Patch(".*", h);
  server_.Delete(".*", h);
  server_.Options(".*", h);
  // httplib answers some failures itself (413 for a huge body, 400 for a broken request line):
  // give those the same envelope and headers.
  server_.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string code = res.status == 413 ? "PAYLOAD_TOO_LARGE" : res.status == 404 ? "NOT_FOUND" : "BAD_REQUEST";
    write_error(res, ApiFailure(res.status, code, res.status == 413 ? "the request body is too large" : "the request could not be handled"), random_hex(8));
    apply_security_headers(res, is_api_path(req.path));
  });
}

int HttpServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? server_.bind_to_any_port(host) : (server_.bind_to_port(host, port) ? port : -1);
  // listen() again on a listening socket only changes its backlog (the kernel caps it at somaxconn).
  if (bound > 0 && listen_socket_ >= 0) ::listen(listen_socket_, 1024);
  return bound;
}

void HttpServer::listen() { server_.listen_after_bind(); }

void HttpServer::write_error(httplib::Response& res, const ApiFailure& f, const std::string& request_id) {
  mestore::ErrorBody body{f.code, f.message, f.details, request_id};
  res.status = f.status;
  if (f.retry_after_seconds > 0) res.set_header("Retry-After", std::to_string(f.retry_after_seconds));
  res.set_content(json(body).dump(), "application/json");
}

void HttpServer::handle(const httplib::Request& req, httplib::Response& res) {
  const auto t0 = std::chrono::steady_clock::now();
  const std::string request_id = random_hex(8);
  const bool api = is_api_path(req.path);
  const bool wants_gzip = req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
  take_over_compression(req);
  // Developer-set trouble (--dev-controls) comes before any routing, so handlers never know.
  const ChaosEffect chaos = stub_.chaos.effect_for(req.path);
  if (chaos.latency_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(chaos.latency_ms));
  if (chaos.fail) {
    write_error(res, ApiFailure(503, "CHAOS_INJECTED", "this answer is an error injected by the developer controls (chaos)"), request_id);
  } else if (api) {
    handle_api(req, res, request_id);
  } else if (is_media_path(req.path) && (req.method == "GET" || req.method == "HEAD")) {
    if (!media_.serve(req, res)) write_error(res, not_found("file"), request_id);
  } else if (req.method == "GET" || req.method == "HEAD") {
    if (!files_.serve(req, res, wants_gzip)) write_error(res, not_found("page"), request_id);
  } else {
    write_error(res, ApiFailure(405, "METHOD_NOT_ALLOWED", "this path only answers GET"), request_id);
  }
  apply_security_headers(res, api);
  res.set_header("X-Request-Id", request_id);
  if (!stub_.config.quiet) {
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    log_info({{"method", req.method}, {"path", req.path}, {"status", res.status},
              {"ms", std::round(ms * 100) / 100}, {"request_id", request_id}});
  }
}

void HttpServer::handle_api(const httplib::Request& req, httplib::Response& res, const std::string& request_id) {
  std::map<std::string, std::string> params;
  bool method_mismatch = false;
  const Route* route = router_.match(req.method, req.path, params, method_mismatch);
  try {
    if (!route) {
      if (method_mismatch) throw ApiFailure(405, "METHOD_NOT_ALLOWED", req.method + " is not allowed on this path");
      throw ApiFailure(404, "NOT_FOUND", "no such endpoint");
    }
    // Who may call comes first: an anonymous or unauthorised caller learns nothing about what
    // the endpoint would have accepted.
    Context ctx{req, std::move(params), request_id, req.remote_addr};
    if (route->access.kind != Access::Kind::Public) {
      if (!authorize) throw ApiFailure(401, "NOT_AUTHENTICATED", "sign in to use this endpoint");
      authorize(ctx, *route);
    }
    const bool has_body = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    const bool json_body = route->body == BodyKind::Json || (route->body == BodyKind::OptionalJson && !req.body.empty());
    if (has_body && json_body) {
      const std::string type = req.get_header_value("Content-Type");
      if (type.rfind("application/json", 0) != 0)
        throw ApiFailure(415, "UNSUPPORTED_MEDIA_TYPE", "send the body as application/json");
      if (req.body.size() > kMaxJsonBody) throw ApiFailure(413, "PAYLOAD_TOO_LARGE", "the JSON body is larger than 1 MiB");
    }
    Reply reply = route->handler(ctx);
    res.status = reply.status;
    for (auto& [k, v] : reply.headers) res.set_header(k.c_str(), v);
    res.set_content(std::move(reply.body), reply.content_type.c_str());
  } catch (const ApiFailure& f) {
    write_error(res, f, request_id);
  } catch (const SQLite::Exception& e) {
    // The write lock stayed taken past busy_timeout (a burst of writers): nothing was written,
    // so this is a retryable 503, not an internal error.
    const int code = e.getErrorCode() & 0xff;
    log_error({{"request_id", request_id}, {"path", req.path}, {"error", e.what()}});
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      ApiFailure busy(503, "SERVICE_BUSY", "the store is busy; try again in a moment");
      busy.retry_after_seconds = 1;
      write_error(res, busy, request_id);
    } else if (is_storage_failure(e)) {
      // The disk is full or the data dir became read-only: the transaction rolled back, so
      // nothing was half-written; say so plainly and let the client try later.
      ApiFailure storage(503, "STORAGE_UNAVAILABLE", "the store cannot save data right now (disk full or read-only); nothing was changed");
      storage.retry_after_seconds = 30;
      write_error(res, storage, request_id);
    } else {
      write_error(res, ApiFailure(500, "INTERNAL_ERROR", "something went wrong on our side; it has been logged"), request_id);
    }
  } catch (const std::exception& e) {
    // The client learns only that it failed and the request id; the detail stays in our log.
    log_error({{"request_id", request_id}, {"path", req.path}, {"error", e.what()}});
    write_error(res, ApiFailure(500, "INTERNAL_ERROR", "something went wrong on our side; it has been logged"), request_id);
  }
}

}  // namespace stub
