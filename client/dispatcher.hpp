// The request pipeline under every ApiClient method: attaches the bearer token and the
// Idempotency-Key, retries what is safe to retry (retry.hpp), and on a 401 for an expired token
// refreshes the session once (one refresh shared by every request that hit it) and replays the
// request once. A 401 that ends the session ends it (Session::end) with the server's reason.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "retry.hpp"
#include "scheduler.hpp"
#include "session.hpp"
#include "transport.hpp"

namespace mestore {

class Intent;

// Per-request choices. The defaults suit a plain authenticated read.
struct RequestOptions {
  // Sent as Idempotency-Key; a non-GET request is retried automatically only when it has one.
  std::string idempotency_key;
  // Attach the session's bearer token, and refresh + replay once on an expired one.
  // Off for the auth endpoints themselves (login, refresh) and for anonymous calls.
  bool with_session = true;
  // Sends in all (1 = never retry); 0 takes the client's RetryPolicy.
  int max_attempts = 0;

  static RequestOptions for_intent(const Intent& intent);
  static RequestOptions anonymous() {
    RequestOptions o;
    o.with_session = false;
    return o;
  }
  static RequestOptions no_retry() {
    RequestOptions o;
    o.max_attempts = 1;
    return o;
  }
};

// How the refresh token reaches POST /auth/refresh-token.
enum class RefreshStyle {
  Cookie,  // browser: body {}, the HttpOnly cookie carries it, plus X-MeStore-CSRF: 1
  Body,    // native: body {refresh_token}
};

// The final answer of a request after retries and replays.
struct Outcome {
  HttpResponse response;
  int attempts = 1;
  bool session_ended = false;
};

class Dispatcher {
 public:
  using Deliver = std::function<void(Outcome)>;

  Dispatcher(Transport& transport, Scheduler& scheduler, Session& session, RetryPolicy policy,
             RandomBelow random, RefreshStyle refresh_style);
  ~Dispatcher();

  void dispatch(HttpRequest request, RequestOptions options, Deliver deliver);

  // Refreshes the session (one refresh at a time; later callers join the one in flight).
  // `done(outcome, ok)` runs for each caller once it is over; on success the session holds the
  // new tokens. A 401/403 answer ends the session (reason from its code).
  void refresh(std::function<void(const Outcome&, bool ok)> done);

  RefreshStyle refresh_style() const { return refresh_style_; }
  const RetryPolicy& policy() const { return policy_; }
  // Requests waiting on a timer (backoff) or on a refresh.
  int waiting() const { return waiting_; }

 private:
  struct Call;
  void send(const std::shared_ptr<Call>& call);
  void on_response(const std::shared_ptr<Call>& call, HttpResponse response);
  void refresh_then_send(const std::shared_ptr<Call>& call);
  void finish_refresh(HttpResponse response);
  void deliver(const std::shared_ptr<Call>& call, HttpResponse response, bool session_ended);

  Transport& transport_;
  Scheduler& scheduler_;
  Session& session_;
  RetryPolicy policy_;
  RandomBelow random_;
  RefreshStyle refresh_style_;
  std::vector<std::function<void(const Outcome&, bool)>> refresh_waiters_;
  int waiting_ = 0;
  // Callbacks still queued in the transport or scheduler check this before touching `this`.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace mestore
