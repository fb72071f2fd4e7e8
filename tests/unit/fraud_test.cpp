#include <doctest/doctest.h>

#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>

#include "commerce/fraud.hpp"
#include "config.hpp"

using namespace stub::commerce;
using namespace std::chrono_literals;

namespace {

// An ordinary purchase: an old account, a non-round amount, mid-afternoon, nothing recent.
FraudFacts calm() {
  FraudFacts f;
  f.amount = 123456;
  f.account_age_seconds = 365 * 86400;
  f.local_hour = 15;
  return f;
}

std::set<std::string> codes(const FraudAssessment& a) {
  std::set<std::string> out;
  for (const auto& r : a.reasons) out.insert(r.code);
  return out;
}

}  // namespace

TEST_CASE("a calm purchase scores zero and is allowed") {
  auto a = score_fraud(calm());
  CHECK(a.score == 0);
  CHECK(a.level == RiskLevel::Low);
  CHECK(a.decision == FraudDecision::Allow);
  CHECK(a.reasons.empty());
  CHECK_FALSE(a.fail_secure);
}

TEST_CASE("each fraud rule adds its points at its threshold and not below it") {
  struct Case {
    const char* code;
    int points;
    void (*on)(FraudFacts&);
    void (*off)(FraudFacts&);
  };
  const Case cases[] = {
      {"HIGH_AMOUNT", 30, [](FraudFacts& f) { f.amount = 1000001; }, [](FraudFacts& f) { f.amount = 1000000 - 1001; }},
      {"SUSPICIOUS_AMOUNT", 20, [](FraudFacts& f) { f.amount = 300000; }, [](FraudFacts& f) { f.amount = 300900; }},
      {"RAPID_TRANSACTIONS", 40, [](FraudFacts& f) { f.payments_last_10_min = 5; }, [](FraudFacts& f) { f.payments_last_10_min = 4; }},
      {"HIGH_DAILY_VOLUME", 35, [](FraudFacts& f) { f.payments_last_24_h = 20; }, [](FraudFacts& f) { f.payments_last_24_h = 19; }},
      {"NEW_ACCOUNT_HIGH_VALUE", 50, [](FraudFacts& f) { f.account_age_seconds = 7 * 86400 - 1; f.amount = 500001; },
       [](FraudFacts& f) { f.account_age_seconds = 7 * 86400; f.amount = 500001; }},
      {"UNUSUAL_HOUR", 25, [](FraudFacts& f) { f.local_hour = 2; }, [](FraudFacts& f) { f.local_hour = 1; }},
      {"UNUSUAL_HOUR", 25, [](FraudFacts& f) { f.local_hour = 5; }, [](FraudFacts& f) { f.local_hour = 6; }},
      {"RECENT_FAILED_PAYMENTS", 45, [](FraudFacts& f) { f.failed_payments_last_hour = 2; }, [](FraudFacts& f) { f.failed_payments_last_hour = 1; }},
      {"DUPLICATE_TRANSACTION", 80, [](FraudFacts& f) { f.duplicate = true; }, [](FraudFacts& f) { f.duplicate = false; }},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.code));
    FraudFacts on = calm(), off = calm();
    c.on(on);
    c.off(off);
    auto a = score_fraud(on);
    CHECK(codes(a).count(c.code) == 1);
    CHECK(a.score == c.points);
    REQUIRE(a.reasons.size() == 1);
    CHECK(a.reasons[0].points == c.points);
    CHECK_FALSE(a.reasons[0].text.empty());
    CHECK(score_fraud(off).score == 0);
  }
  // A new account with a small amount is not flagged.
  FraudFacts small = calm();
  small.account_age_seconds = 3600;
  small.amount = 500000 - 1;
  CHECK(score_fraud(small).score == 0);
}

TEST_CASE("round means a multiple of 100 000; repeated means one digit three or more times") {
  CHECK(is_round_or_repeated(100000));
  CHECK(is_round_or_repeated(2000000));
  CHECK(is_round_or_repeated(777777));
  CHECK(is_round_or_repeated(111));
  CHECK_FALSE(is_round_or_repeated(89900));   // every shelf price ends in 900: not suspicious
  CHECK_FALSE(is_round_or_repeated(150000));
  CHECK_FALSE(is_round_or_repeated(11));
  CHECK_FALSE(is_round_or_repeated(0));
  CHECK_FALSE(is_round_or_repeated(-100000));
}

TEST_CASE("scores add up and the thresholds give the level and the decision") {
  CHECK(level_for(0) == RiskLevel::Low);
  CHECK(level_for(29) == RiskLevel::Low);
  CHECK(level_for(30) == RiskLevel::Medium);
  CHECK(level_for(59) == RiskLevel::Medium);
  CHECK(level_for(60) == RiskLevel::High);
  CHECK(level_for(79) == RiskLevel::High);
  CHECK(level_for(80) == RiskLevel::Critical);
  CHECK(decision_for(RiskLevel::Low) == FraudDecision::Allow);
  CHECK(decision_for(RiskLevel::Medium) == FraudDecision::Review);
  CHECK(decision_for(RiskLevel::High) == FraudDecision::Review);
  CHECK(decision_for(RiskLevel::Critical) == FraudDecision::Decline);

  FraudFacts f = calm();
  f.amount = 2000000;  // high (30) + round (20) = 50: medium, review
  auto a = score_fraud(f);
  CHECK(a.score == 50);
  CHECK(a.decision == FraudDecision::Review);
  f.local_hour = 3;  // + 25 = 75: high, review
  a = score_fraud(f);
  CHECK(a.score == 75);
  CHECK(a.level == RiskLevel::High);
  CHECK(a.decision == FraudDecision::Review);
  f.account_age_seconds = 86400;  // + 50 = 125: decline
  a = score_fraud(f);
  CHECK(a.score == 125);
  CHECK(a.level == RiskLevel::Critical);
  CHECK(a.decision == FraudDecision::Decline);
  CHECK(std::string(to_string(a.level)) == "CRITICAL");
  CHECK(std::string(to_string(a.decision)) == "decline");

  FraudFacts dup = calm();
  dup.duplicate = true;  // 80 alone declines
  CHECK(score_fraud(dup).decision == FraudDecision::Decline);
}

TEST_CASE("the Colombian hour is UTC minus five, all year") {
  CHECK(colombia_hour(0) == 19);               // 1970-01-01 00:00 UTC = 19:00 the day before in Bogotá
  CHECK(colombia_hour(7 * 3600) == 2);          // 07:00 UTC = 02:00
  CHECK(colombia_hour(1782864000) == 19);       // 2026-07-01 00:00 UTC, no daylight saving
  CHECK(colombia_hour(1782864000 + 11 * 3600) == 6);
}

TEST_CASE("fail-secure: a scorer that throws gives HIGH, review and the flag") {
  auto a = assess_fail_secure(calm(), [](const FraudFacts&) -> FraudAssessment { throw std::runtime_error("db gone"); });
  CHECK(a.fail_secure);
  CHECK(a.level == RiskLevel::High);
  CHECK(a.decision == FraudDecision::Review);
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].code == "SCORER_ERROR");

  auto none = assess_fail_secure(calm(), nullptr);
  CHECK(none.fail_secure);
  CHECK(none.decision == FraudDecision::Review);
}

TEST_CASE("fail-secure: a scorer past its time budget gives HIGH, review and the flag, on time") {
  const auto t0 = std::chrono::steady_clock::now();
  auto a = assess_fail_secure(calm(), [](const FraudFacts& f) {
    std::this_thread::sleep_for(600ms);
    return score_fraud(f);
  }, 50ms);
  const auto waited = std::chrono::steady_clock::now() - t0;
  CHECK(a.fail_secure);
  CHECK(a.level == RiskLevel::High);
  CHECK(a.decision == FraudDecision::Review);
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].code == "SCORER_TIMEOUT");
  CHECK(waited < 500ms);  // we did not wait for the slow scorer
}

TEST_CASE("a healthy scorer within budget passes its answer through, declines included") {
  FraudFacts f = calm();
  f.duplicate = true;
  auto a = assess_fail_secure(f, score_fraud);
  CHECK_FALSE(a.fail_secure);
  CHECK(a.decision == FraudDecision::Decline);
  CHECK(a.score == 80);
  CHECK(assess_fail_secure(calm(), score_fraud).decision == FraudDecision::Allow);
}

TEST_CASE("the fraud_scorer_down fault makes the configured scorer throw, so fail-secure holds the payment") {
  stub::Config config;
  CHECK_FALSE(assess_fail_secure(calm(), configured_scorer(config)).fail_secure);
  config.faults = "slow_db,fraud_scorer_down";
  auto a = assess_fail_secure(calm(), configured_scorer(config));
  CHECK(a.fail_secure);
  CHECK(a.decision == FraudDecision::Review);
  CHECK(a.level == RiskLevel::High);
}
