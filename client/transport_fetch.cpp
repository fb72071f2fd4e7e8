// Browser transport: emscripten_fetch (XHR underneath). Callbacks arrive on the main thread from
// the browser's event loop, so pump() has nothing to do. Same-origin requests carry the
// HttpOnly refresh cookie automatically; JavaScript never sees it.
#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>

#include <cstring>
#include <map>
#include <memory>

#include "scheduler.hpp"
#include "transport.hpp"

namespace mestore {
namespace {

struct InFlight {
  Transport::Done done;
  std::vector<std::string> header_storage;
  std::vector<const char*> header_ptrs;
  std::string body;
  double started_ms = 0;
  int timeout_ms = 0;
  int* counter = nullptr;
};

std::map<std::string, std::string> parse_headers(emscripten_fetch_t* fetch) {
  std::map<std::string, std::string> out;
  size_t len = emscripten_fetch_get_response_headers_length(fetch);
  if (len == 0) return out;
  std::string raw(len + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, raw.data(), raw.size());
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t end = raw.find("\r\n", pos);
    if (end == std::string::npos) end = raw.find('\0', pos);
    if (end == std::string::npos || end == pos) break;
    std::string line = raw.substr(pos, end - pos);
    if (auto colon = line.find(':'); colon != std::string::npos) {
      std::string name;
      for (char c : line.substr(0, colon)) name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      size_t v = line.find_first_not_of(' ', colon + 1);
      out[name] = v == std::string::npos ? "" : line.substr(v);
    }
    pos = end + 2;
  }
  return out;
}

void finish(emscripten_fetch_t* fetch) {
  auto* job = static_cast<InFlight*>(fetch->userData);
  HttpResponse r;
  r.status = fetch->status;
  if (fetch->data && fetch->numBytes > 0) r.body.assign(fetch->data, static_cast<size_t>(fetch->numBytes));
  if (r.status != 0) r.headers = parse_headers(fetch);
  else {
    r.timed_out = emscripten_get_now() - job->started_ms >= job->timeout_ms;
    r.transport_error = r.timed_out ? "the server did not answer in time" : "the server could not be reached";
  }
  emscripten_fetch_close(fetch);
  --*job->counter;
  Transport::Done done = std::move(job->done);
  delete job;
  done(std::move(r));
}

class FetchTransport final : public Transport {
 public:
  explicit FetchTransport(std::string base_url) : base_url_(std::move(base_url)) {}

  void send(HttpRequest rq, Done done) override {
    auto* job = new InFlight{std::move(done)};
    for (const auto& [k, v] : rq.headers) {
      job->header_storage.push_back(k);
      job->header_storage.push_back(v);
    }
    for (const auto& s : job->header_storage) job->header_ptrs.push_back(s.c_str());
    job->header_ptrs.push_back(nullptr);
    job->body = std::move(rq.body);
    job->started_ms = emscripten_get_now();
    job->timeout_ms = rq.timeout_ms;
    job->counter = &in_flight_;

    emscripten_fetch_attr_t attr;
    emscripten_fetch_attr_init(&attr);
    std::strncpy(attr.requestMethod, rq.method.c_str(), sizeof(attr.requestMethod) - 1);
    attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
    attr.requestHeaders = job->header_ptrs.data();
    if (!job->body.empty()) {
      attr.requestData = job->body.data();
      attr.requestDataSize = job->body.size();
    }
    attr.timeoutMSecs = static_cast<unsigned>(rq.timeout_ms);
    attr.userData = job;
    attr.onsuccess = finish;
    attr.onerror = finish;
    ++in_flight_;
    std::string url = base_url_ + rq.target;
    emscripten_fetch(&attr, url.c_str());
  }

  int in_flight() const override { return in_flight_; }
  bool browser_cookies() const override { return true; }

 private:
  std::string base_url_;
  int in_flight_ = 0;
};

}  // namespace

std::unique_ptr<Transport> make_default_transport(const std::string& base_url) {
  return std::make_unique<FetchTransport>(base_url);
}

namespace {

// Browser timers: emscripten_async_call runs the callback from the browser's event loop, on the
// main thread, without waiting for a frame. The timers live in a table the scheduler owns; a
// timer firing after the scheduler is gone finds the table gone and does nothing.
class WebScheduler final : public Scheduler {
 public:
  double now_ms() const override { return emscripten_get_now(); }

  void call_later(int delay_ms, std::function<void()> fn) override {
    const int id = ++last_id_;
    table_->emplace(id, std::move(fn));
    emscripten_async_call(fire, new Ticket{table_, id}, delay_ms < 0 ? 0 : delay_ms);
  }

  int pending() const override { return static_cast<int>(table_->size()); }

 private:
  using Table = std::map<int, std::function<void()>>;
  struct Ticket {
    std::weak_ptr<Table> table;
    int id;
  };
  static void fire(void* arg) {
    std::unique_ptr<Ticket> ticket(static_cast<Ticket*>(arg));
    auto table = ticket->table.lock();
    if (!table) return;
    auto it = table->find(ticket->id);
    if (it == table->end()) return;
    auto fn = std::move(it->second);
    table->erase(it);
    fn();
  }

  std::shared_ptr<Table> table_ = std::make_shared<Table>();
  int last_id_ = 0;
};

}  // namespace

std::unique_ptr<Scheduler> make_default_scheduler() { return std::make_unique<WebScheduler>(); }

}  // namespace mestore
