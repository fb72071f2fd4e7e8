#include "dispatcher.hpp"

#include <algorithm>

#include "idempotency.hpp"
#include "settle.hpp"

namespace mestore {

RequestOptions RequestOptions::for_intent(const Intent& intent) {
  RequestOptions o;
  o.idempotency_key = intent.key();
  return o;
}

struct Dispatcher::Call {
  HttpRequest request;  // as the endpoint built it: no Authorization, no Idempotency-Key yet
  RequestOptions options;
  Deliver deliver;
  int attempts = 0;                // sends so far
  bool sent_with_token = false;    // the last send carried a bearer token…
  std::uint64_t sent_generation = 0;  // …of this generation
  bool refresh_used = false;       // one refresh + replay per request, no more
};

Dispatcher::Dispatcher(Transport& transport, Scheduler& scheduler, Session& session, RetryPolicy policy,
                       RandomBelow random, RefreshStyle refresh_style)
    : transport_(transport),
      scheduler_(scheduler),
      session_(session),
      policy_(policy),
      random_(random ? std::move(random) : default_random_below()),
      refresh_style_(refresh_style) {}

Dispatcher::~Dispatcher() { *alive_ = false; }

void Dispatcher::dispatch(HttpRequest request, RequestOptions options, Deliver deliver) {
  auto call = std::make_shared<Call>();
  call->request = std::move(request);
  call->options = std::move(options);
  call->deliver = std::move(deliver);
  send(call);
}

void Dispatcher::send(const std::shared_ptr<Call>& c) {
  if (c->options.with_session) {
    // A refresh is on its way: the current token is known to be dead, wait for the new one.
    if (session_.refreshing()) return refresh_then_send(c);
    // The token is about to expire: refresh first rather than collect a 401.
    if (session_.token_stale() && !c->refresh_used) {
      c->refresh_used = true;
      return refresh_then_send(c);
    }
  }
  HttpRequest rq = c->request;
  c->sent_with_token = c->options.with_session && session_.signed_in();
  if (c->sent_with_token) {
    rq.headers.emplace_back("Authorization", "Bearer " + session_.access_token());
    c->sent_generation = session_.generation();
  }
  if (!c->options.idempotency_key.empty()) rq.headers.emplace_back("Idempotency-Key", c->options.idempotency_key);
  ++c->attempts;
  transport_.send(std::move(rq), [this, alive = alive_, c](HttpResponse r) {
    if (*alive) on_response(c, std::move(r));
  });
}

void Dispatcher::on_response(const std::shared_ptr<Call>& c, HttpResponse r) {
  if (r.status == 401 && c->sent_with_token) {
    const std::string code = error_code_of(r);
    if (is_session_end(code)) {
      // Only the session this request spoke for; a newer login is not ended by an old answer.
      if (session_.generation() == c->sent_generation) session_.end(end_reason_from_code(code));
      return deliver(c, std::move(r), true);
    }
    if (is_token_problem(code) && !c->refresh_used && session_.signed_in()) {
      c->refresh_used = true;
      if (session_.generation() != c->sent_generation) return send(c);  // already refreshed meanwhile
      return refresh_then_send(c);
    }
    return deliver(c, std::move(r), false);
  }
  if (r.status == 429 && error_code_of(r) == codes::kAccountLocked) session_.note_locked(std::max(0, retry_after_seconds(r)));

  const int max_attempts = c->options.max_attempts > 0 ? c->options.max_attempts : policy_.max_attempts;
  if (retryable_response(r) && c->attempts < max_attempts &&
      safe_to_retry(c->request.method, !c->options.idempotency_key.empty())) {
    std::int64_t delay = backoff_delay_ms(c->attempts, policy_, random_);
    if (const int ra = retry_after_seconds(r); ra >= 0) {
      if (std::int64_t(ra) * 1000 > policy_.max_retry_after_ms) return deliver(c, std::move(r), false);
      delay = std::max<std::int64_t>(delay, std::int64_t(ra) * 1000);
    }
    ++waiting_;
    scheduler_.call_later(static_cast<int>(delay), [this, alive = alive_, c] {
      if (!*alive) return;
      --waiting_;
      send(c);
    });
    return;
  }
  deliver(c, std::move(r), false);
}

void Dispatcher::refresh_then_send(const std::shared_ptr<Call>& c) {
  ++waiting_;
  refresh([this, c](const Outcome& o, bool ok) {
    --waiting_;
    if (ok) send(c);
    else deliver(c, o.response, o.session_ended);
  });
}

void Dispatcher::refresh(std::function<void(const Outcome&, bool)> done) {
  refresh_waiters_.push_back(std::move(done));
  if (session_.refreshing()) return;  // joins the refresh in flight
  session_.set_refreshing(true);

  HttpRequest rq{"POST", "/api/v1/auth/refresh-token"};
  rq.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}, {"X-MeStore-CSRF", "1"}};
  json body = json::object();
  if (refresh_style_ == RefreshStyle::Body && !session_.refresh_token().empty())
    body["refresh_token"] = session_.refresh_token();
  rq.body = body.dump();
  transport_.send(std::move(rq), [this, alive = alive_](HttpResponse r) {
    if (*alive) finish_refresh(std::move(r));
  });
}

void Dispatcher::finish_refresh(HttpResponse r) {
  session_.set_refreshing(false);
  bool ok = false, ended = false;
  if (r.status >= 200 && r.status < 300) {
    TokenGrant grant;
    if (!decode_envelope(r.body, grant)) {
      session_.grant(grant, refresh_style_ == RefreshStyle::Body);
      ok = true;
    }
  } else if ((r.status == 401 || r.status == 403) && session_.signed_in()) {
    // The refresh token is refused: this session cannot go on. (While restoring on start, the
    // caller just goes back to signed out; there was no session to end.)
    session_.end(end_reason_from_code(error_code_of(r)));
    ended = true;
  }
  Outcome outcome{std::move(r), 1, ended};
  auto waiters = std::move(refresh_waiters_);
  refresh_waiters_.clear();
  for (auto& w : waiters) w(outcome, ok);
}

void Dispatcher::deliver(const std::shared_ptr<Call>& c, HttpResponse response, bool session_ended) {
  c->deliver(Outcome{std::move(response), std::max(1, c->attempts), session_ended});
}

}  // namespace mestore
