// Native transport: cpp-httplib on a small worker pool. Finished requests wait in a queue until
// the owner's thread calls pump(), so callbacks run where the caller expects (like the browser).
// Keeps a cookie jar, so the refresh-token cookie works natively as it does in the browser.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "cookie_jar.hpp"
#include "scheduler.hpp"
#include "transport.hpp"

namespace mestore {
namespace {

class NativeTransport final : public Transport {
 public:
  explicit NativeTransport(std::string base_url) : base_url_(std::move(base_url)) {
    for (int i = 0; i < kWorkers; ++i) workers_.emplace_back([this] { work(); });
  }
  ~NativeTransport() override {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_) t.join();
  }

  void send(HttpRequest request, Done done) override {
    ++in_flight_;
    {
      std::lock_guard lock(mu_);
      pending_.push_back({std::move(request), std::move(done)});
    }
    cv_.notify_one();
  }

  void pump() override {
    std::deque<std::pair<Done, HttpResponse>> ready;
    {
      std::lock_guard lock(mu_);
      ready.swap(finished_);
    }
    for (auto& [done, response] : ready) {
      --in_flight_;
      done(std::move(response));
    }
  }

  int in_flight() const override { return in_flight_; }

 private:
  static constexpr int kWorkers = 4;
  struct Job {
    HttpRequest request;
    Done done;
  };

  void work() {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
        if (stopping_ && pending_.empty()) return;
        job = std::move(pending_.front());
        pending_.pop_front();
      }
      HttpResponse response = perform(job.request);
      std::lock_guard lock(mu_);
      finished_.emplace_back(std::move(job.done), std::move(response));
    }
  }

  HttpResponse perform(const HttpRequest& rq) {
    httplib::Client cli(base_url_);
    auto seconds = rq.timeout_ms / 1000, micros = (rq.timeout_ms % 1000) * 1000;
    cli.set_connection_timeout(seconds, micros);
    cli.set_read_timeout(seconds, micros);
    cli.set_write_timeout(seconds, micros);
    httplib::Headers headers;
    std::string content_type = "application/json";
    for (const auto& [k, v] : rq.headers) {
      if (k == "Content-Type") content_type = v;
      else headers.emplace(k, v);
    }
    if (auto c = jar_.header_for(rq.target); !c.empty()) headers.emplace("Cookie", c);

    httplib::Result res = [&] {
      if (rq.method == "GET") return cli.Get(rq.target.c_str(), headers);
      if (rq.method == "DELETE") return cli.Delete(rq.target.c_str(), headers, rq.body, content_type.c_str());
      if (rq.method == "PUT") return cli.Put(rq.target.c_str(), headers, rq.body, content_type.c_str());
      if (rq.method == "PATCH") return cli.Patch(rq.target.c_str(), headers, rq.body, content_type.c_str());
      return cli.Post(rq.target.c_str(), headers, rq.body, content_type.c_str());
    }();

    HttpResponse out;
    if (!res) {
      out.timed_out = res.error() == httplib::Error::Read || res.error() == httplib::Error::ConnectionTimeout;
      out.transport_error = httplib::to_string(res.error());
      return out;
    }
    out.status = res->status;
    out.body = res->body;
    for (const auto& [k, v] : res->headers) {
      std::string lower;
      for (char c : k) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      if (lower == "set-cookie") jar_.store(v);
      out.headers[lower] = v;
    }
    return out;
  }

  std::string base_url_;
  CookieJar jar_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> pending_;
  std::deque<std::pair<Done, HttpResponse>> finished_;
  std::vector<std::thread> workers_;
  std::atomic<int> in_flight_{0};
  bool stopping_ = false;
};

}  // namespace

std::unique_ptr<Transport> make_default_transport(const std::string& base_url) {
  return std::make_unique<NativeTransport>(base_url);
}

// Natively, timers run inside pump() (the owner's thread), like the transport's callbacks.
std::unique_ptr<Scheduler> make_default_scheduler() {
  return std::make_unique<PolledScheduler>([] {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
  });
}

}  // namespace mestore
