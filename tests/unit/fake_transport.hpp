// Test doubles for the client's seams: a scripted Transport (answers queued in order, every
// request recorded) and a manual clock (time moves only when the test says so: nothing sleeps).
#pragma once
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "client/api_client.hpp"

namespace fakes {

using mestore::HttpRequest;
using mestore::HttpResponse;

inline HttpResponse answer(int status, std::string body, std::map<std::string, std::string> headers = {}) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}
inline HttpResponse network_drop() {
  HttpResponse r;
  r.transport_error = "connection reset";
  return r;
}
inline HttpResponse timeout() {
  HttpResponse r;
  r.timed_out = true;
  r.transport_error = "timed out";
  return r;
}
inline HttpResponse error_envelope(int status, const std::string& code, std::map<std::string, std::string> headers = {}) {
  return answer(status, R"({"status":"error","error_code":")" + code + R"(","error_message":")" + code +
                            R"(","details":[],"request_id":"r-1"})",
                std::move(headers));
}
inline HttpResponse ok_data(const std::string& data_json) {
  return answer(200, R"({"status":"success","data":)" + data_json + "}");
}

// Requests wait in `sent` until the test answers them (answer_next) or the script does: a
// response queued with `script` answers the next request on the next pump().
class ScriptedTransport final : public mestore::Transport {
 public:
  struct Sent {
    HttpRequest request;
    Done done;
    bool answered = false;
    std::string header(const std::string& name) const {
      for (const auto& [k, v] : request.headers)
        if (k == name) return v;
      return {};
    }
    bool has_header(const std::string& name) const {
      for (const auto& [k, v] : request.headers)
        if (k == name) return true;
      return false;
    }
  };

  void send(HttpRequest request, Done done) override { log.push_back({std::move(request), std::move(done)}); }

  // Answers every unanswered request, oldest first, with the scripted responses (if any).
  void pump() override {
    for (std::size_t i = 0; i < log.size(); ++i) {
      if (log[i].answered || script.empty()) continue;
      HttpResponse r = std::move(script.front());
      script.pop_front();
      answer(i, std::move(r));
    }
  }
  int in_flight() const override {
    int n = 0;
    for (const auto& s : log) n += !s.answered;
    return n;
  }
  bool browser_cookies() const override { return browser; }

  void answer(std::size_t index, HttpResponse r) {
    log[index].answered = true;
    auto done = log[index].done;
    done(std::move(r));
  }
  std::vector<std::size_t> unanswered() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < log.size(); ++i)
      if (!log[i].answered) out.push_back(i);
    return out;
  }
  std::vector<const Sent*> to(const std::string& target) const {
    std::vector<const Sent*> out;
    for (const auto& s : log)
      if (s.request.target == target) out.push_back(&s);
    return out;
  }

  std::deque<HttpResponse> script;
  std::deque<Sent> log;  // deque: stable addresses while requests are added
  bool browser = false;
};

// Time that only moves by advance().
class ManualScheduler final : public mestore::PolledScheduler {
 public:
  ManualScheduler() : PolledScheduler([this] { return now; }) {}
  // Moves the clock and runs whatever fell due.
  void advance(double ms) {
    now += ms;
    pump();
  }
  std::vector<int> delays;  // every call_later's delay, in order
  void call_later(int delay_ms, std::function<void()> fn) override {
    delays.push_back(delay_ms);
    PolledScheduler::call_later(delay_ms, std::move(fn));
  }
  double now = 1000000;
};

// ApiClient with its request plumbing opened up, for requests no endpoint method makes yet.
struct OpenClient : mestore::ApiClient {
  using ApiClient::ApiClient;
  using ApiClient::start;
};

// An ApiClient on a scripted transport and a manual clock, with the pieces kept at hand.
struct Rig {
  ScriptedTransport* transport;
  ManualScheduler* clock;
  std::unique_ptr<OpenClient> api;

  explicit Rig(bool browser = false, mestore::RetryPolicy policy = {}, mestore::RandomBelow random = nullptr) {
    auto t = std::make_unique<ScriptedTransport>();
    t->browser = browser;
    auto s = std::make_unique<ManualScheduler>();
    transport = t.get();
    clock = s.get();
    mestore::ClientOptions o;
    o.scheduler = std::move(s);
    o.retry = policy;
    o.random = std::move(random);
    api = std::make_unique<OpenClient>(std::move(t), std::move(o));
  }
  // Answers what the script holds, then lets `ms` of time pass (timers fire), repeatedly.
  void run(double ms = 0) {
    api->pump();
    if (ms > 0) clock->advance(ms);
    api->pump();
  }
  // Settles everything: answers, then moves time in big steps until nothing waits.
  void settle() {
    for (int i = 0; i < 100 && (api->in_flight() > 0 || clock->pending() > 0); ++i) {
      api->pump();
      clock->advance(60000);
    }
    api->pump();
  }
};

}  // namespace fakes
