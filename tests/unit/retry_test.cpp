// Retries that never duplicate: one Idempotency-Key per user intent, reused by every retry;
// backoff with jitter; nothing unsafe retried. Scripted transport, manual clock: nothing sleeps.
#include <doctest/doctest.h>

#include <set>

#include "fake_transport.hpp"

using namespace mestore;
using namespace fakes;

namespace {
HttpRequest create_order_request() {
  return {"POST", "/api/v1/orders", {}, R"({"items":[{"product_id":"p1","quantity":1}],"shipping_city":"Bogotá"})"};
}
bool url_safe(const std::string& s) {
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}
}  // namespace

TEST_CASE("a network drop during order creation is retried with the same Idempotency-Key: one intent") {
  Rig rig;
  Intent pay;
  rig.transport->script = {network_drop(), answer(201, R"({"status":"success","data":{"id":41,"order_number":"ORD-1"}})")};
  auto order = rig.api->start<json>(create_order_request(), RequestOptions::for_intent(pay));
  rig.settle();

  REQUIRE(order->done());
  CHECK(order->value["id"] == 41);
  auto sends = rig.transport->to("/api/v1/orders");
  REQUIRE(sends.size() == 2);
  CHECK(sends[0]->header("Idempotency-Key") == pay.key());
  CHECK(sends[1]->header("Idempotency-Key") == pay.key());
  CHECK(sends[0]->request.body == sends[1]->request.body);
  std::set<std::string> keys;
  for (auto* s : sends) keys.insert(s->header("Idempotency-Key"));
  CHECK(keys.size() == 1);  // the server sees one logical intent
}

TEST_CASE("pressing Pay again after a failure reuses the intent's key; a changed cart gets a new one") {
  Rig rig;
  Intent pay;
  rig.transport->script = {error_envelope(500, "INTERNAL")};
  auto first = rig.api->start<json>(create_order_request(), RequestOptions::for_intent(pay));
  rig.settle();
  REQUIRE(first->failed());
  CHECK(rig.transport->log.size() == 1);  // a 500 is not retried automatically

  rig.transport->script = {ok_data(R"({"id":41})")};
  auto again = rig.api->start<json>(create_order_request(), RequestOptions::for_intent(pay));
  rig.settle();
  CHECK(again->done());
  CHECK(rig.transport->log[1].header("Idempotency-Key") == pay.key());

  const std::string old = pay.key();
  pay.renew();
  CHECK(pay.key() != old);
}

TEST_CASE("a timeout, then a 503, then success: three sends of one intent") {
  Rig rig;
  Intent pay;
  rig.transport->script = {timeout(), error_envelope(503, "UNAVAILABLE"), ok_data(R"({"id":7})")};
  auto h = rig.api->start<json>(create_order_request(), RequestOptions::for_intent(pay));
  rig.settle();
  REQUIRE(h->done());
  REQUIRE(rig.transport->log.size() == 3);
  for (const auto& s : rig.transport->log) CHECK(s.header("Idempotency-Key") == pay.key());
}

TEST_CASE("a GET is retried after a 503 without needing a key") {
  Rig rig;
  rig.transport->script = {error_envelope(503, "UNAVAILABLE"),
                           ok_data(R"([{"id":"c1","slug":"tecnologia","name":"Tecnología","parent_id":null,"product_count":3}])")};
  auto h = rig.api->categories();
  rig.settle();
  REQUIRE(h->done());
  CHECK(h->value.at(0).slug == "tecnologia");
  CHECK(rig.transport->log.size() == 2);
  CHECK_FALSE(rig.transport->log[0].has_header("Idempotency-Key"));
}

TEST_CASE("a POST without an Idempotency-Key is never retried automatically") {
  Rig rig;
  rig.transport->script = {network_drop(), ok_data("{}")};
  auto h = rig.api->start<json>(create_order_request());
  rig.settle();
  REQUIRE(h->failed());
  CHECK(rig.transport->log.size() == 1);
  CHECK(h->error.kind == ErrorKind::Network);
  CHECK(h->error.retryable());  // the UI may offer "try again" (and should then use an Intent)
  CHECK(h->error.attempts == 1);
  CHECK(rig.clock->delays.empty());

  Rig rig2;  // a timed-out POST may have acted: all the more reason not to repeat it blindly
  rig2.transport->script = {timeout()};
  auto t = rig2.api->start<json>({"PATCH", "/api/v1/orders/4/cancel", {}, R"({"reason":"x"})"});
  rig2.settle();
  CHECK(t->error.kind == ErrorKind::Timeout);
  CHECK(rig2.transport->log.size() == 1);
}

TEST_CASE("client errors are not retried, even with a key") {
  Rig rig;
  Intent pay;
  rig.transport->script = {answer(422, R"({"status":"error","error_code":"VALIDATION_ERROR","error_message":"bad",
    "details":[{"field":"shipping_phone","message":"not a Colombian mobile","error_type":"value_error"}]})")};
  auto h = rig.api->start<json>(create_order_request(), RequestOptions::for_intent(pay));
  rig.settle();
  REQUIRE(h->failed());
  CHECK(rig.transport->log.size() == 1);
  CHECK(h->error.field_message("shipping_phone") == "not a Colombian mobile");
  CHECK(h->error.message_key() == "error.validation");
}

TEST_CASE("retries stop after max_attempts and the error says how many sends were made") {
  Rig rig;
  rig.transport->script = {network_drop(), network_drop(), network_drop(), network_drop(), ok_data("{}")};
  auto h = rig.api->products({});
  rig.settle();
  REQUIRE(h->failed());
  CHECK(rig.transport->log.size() == 4);
  CHECK(h->error.attempts == 4);
  CHECK(h->error.kind == ErrorKind::Network);
  CHECK(rig.clock->delays.size() == 3);
}

TEST_CASE("health is a poll and is never retried") {
  Rig rig;
  rig.transport->script = {network_drop()};
  auto h = rig.api->health();
  rig.settle();
  CHECK(h->failed());
  CHECK(rig.transport->log.size() == 1);
}

TEST_CASE("a retry waits for its delay; nothing is sent early") {
  RetryPolicy policy;
  policy.base_delay_ms = 1000;
  Rig rig(false, policy, [](std::uint32_t) { return 0u; });  // lowest jitter: exactly half the ceiling
  rig.transport->script = {network_drop()};
  auto h = rig.api->products({});
  rig.run();
  REQUIRE(rig.transport->log.size() == 1);
  REQUIRE(rig.clock->delays == std::vector<int>{500});
  CHECK(rig.api->in_flight() == 1);  // waiting on the timer still counts as busy
  rig.clock->advance(499);
  CHECK(rig.transport->log.size() == 1);
  rig.clock->advance(1);
  CHECK(rig.transport->log.size() == 2);
  rig.transport->script = {answer(200, R"({"status":"success","data":[],
    "pagination":{"page":1,"size":20,"total":0,"total_pages":0,"has_next":false,"has_prev":false}})")};
  rig.run();
  CHECK(h->done());
  CHECK(rig.api->in_flight() == 0);
}

TEST_CASE("backoff grows exponentially and is jittered within bounds") {
  RetryPolicy p;
  p.base_delay_ms = 300;
  p.max_delay_ms = 8000;
  auto lowest = [](std::uint32_t) { return 0u; };
  auto highest = [](std::uint32_t upper) { return upper - 1; };
  const int ceilings[] = {300, 600, 1200, 2400, 4800, 8000, 8000};
  for (int retry = 1; retry <= 7; ++retry) {
    const int c = ceilings[retry - 1];
    CHECK(backoff_delay_ms(retry, p, lowest) == c / 2);
    CHECK(backoff_delay_ms(retry, p, highest) == c);
  }
  // With real randomness: always inside [ceiling/2, ceiling], and not always the same value.
  auto random = default_random_below();
  for (int retry = 1; retry <= 4; ++retry) {
    std::set<int> seen;
    for (int i = 0; i < 200; ++i) {
      int d = backoff_delay_ms(retry, p, random);
      CHECK(d >= ceilings[retry - 1] / 2);
      CHECK(d <= ceilings[retry - 1]);
      seen.insert(d);
    }
    CHECK(seen.size() > 10);
  }
  CHECK(backoff_delay_ms(1000, p, highest) == 8000);  // no overflow for absurd retry counts
}

TEST_CASE("the delays a client actually waits grow retry after retry") {
  Rig rig(false, {}, [](std::uint32_t upper) { return upper - 1; });
  rig.transport->script = {network_drop(), network_drop(), network_drop(), network_drop()};
  auto h = rig.api->products({});
  rig.settle();
  CHECK(rig.clock->delays == std::vector<int>{300, 600, 1200});
}

TEST_CASE("Retry-After is a floor for the wait, and one too long is not waited for") {
  Rig rig;
  rig.transport->script = {error_envelope(503, "MAINTENANCE", {{"retry-after", "5"}}), ok_data("[]")};
  auto h = rig.api->categories();
  rig.settle();
  CHECK(h->done());
  REQUIRE(rig.clock->delays.size() == 1);
  CHECK(rig.clock->delays[0] >= 5000);

  Rig slow;
  slow.transport->script = {error_envelope(503, "MAINTENANCE", {{"retry-after", "120"}})};
  auto g = slow.api->categories();
  slow.settle();
  REQUIRE(g->failed());
  CHECK(slow.transport->log.size() == 1);
  CHECK(g->error.retry_after_seconds == 120);
  CHECK(g->error.retryable());
}

TEST_CASE("idempotency keys are 128-bit, url-safe and never repeat") {
  std::set<std::string> keys;
  for (int i = 0; i < 1000; ++i) {
    Intent intent;
    CHECK(intent.key().size() == 22);  // 16 bytes in base64url without padding
    CHECK(url_safe(intent.key()));
    keys.insert(intent.key());
  }
  CHECK(keys.size() == 1000);
  Intent a;
  Intent copy = a;  // a copy is the same intent
  CHECK(copy.key() == a.key());
}

TEST_CASE("the scheduler runs due timers in order and timers may add timers") {
  fakes::ManualScheduler s;
  std::vector<int> ran;
  s.call_later(20, [&] { ran.push_back(2); });
  s.call_later(10, [&] {
    ran.push_back(1);
    s.call_later(0, [&] { ran.push_back(3); });
  });
  s.advance(15);
  CHECK(ran == std::vector<int>{1});
  CHECK(s.pending() == 2);
  s.advance(10);
  CHECK(ran == std::vector<int>{1, 3, 2});  // by due time: the added one was due at 15
  CHECK(s.pending() == 0);
}
