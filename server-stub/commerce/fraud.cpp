#include "fraud.hpp"

#include <future>
#include <memory>
#include <stdexcept>
#include <thread>

#include "../config.hpp"

namespace stub::commerce {

bool is_round_or_repeated(std::int64_t amount) {
  if (amount <= 0) return false;
  // Round: a whole multiple of 100 000 COP. (The original flagged multiples of 100, which is
  // every Colombian shelf price: $ 89.900 would always have scored +20.)
  if (amount % kRoundAmountStep == 0) return true;
  // Repeated: one digit, at least three times (777 777, 111 111).
  const std::string digits = std::to_string(amount);
  return digits.size() >= 3 && digits.find_first_not_of(digits[0]) == std::string::npos;
}

int colombia_hour(std::int64_t epoch_seconds) {
  std::int64_t local = epoch_seconds - 5 * 3600;
  std::int64_t second_of_day = ((local % 86400) + 86400) % 86400;
  return static_cast<int>(second_of_day / 3600);
}

RiskLevel level_for(int score) {
  if (score >= kDeclineFrom) return RiskLevel::Critical;
  if (score >= kHighFrom) return RiskLevel::High;
  if (score >= kMediumFrom) return RiskLevel::Medium;
  return RiskLevel::Low;
}

FraudDecision decision_for(RiskLevel level) {
  switch (level) {
    case RiskLevel::Critical: return FraudDecision::Decline;
    case RiskLevel::High:
    case RiskLevel::Medium: return FraudDecision::Review;
    case RiskLevel::Low: return FraudDecision::Allow;
  }
  return FraudDecision::Review;
}

const char* to_string(RiskLevel level) {
  constexpr const char* names[] = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
  return names[static_cast<int>(level)];
}

const char* to_string(FraudDecision decision) {
  constexpr const char* names[] = {"allow", "review", "decline"};
  return names[static_cast<int>(decision)];
}

FraudAssessment score_fraud(const FraudFacts& f) {
  FraudAssessment a;
  auto add = [&a](const char* code, int points, std::string text) {
    a.reasons.push_back({code, points, std::move(text)});
    a.score += points;
  };
  const std::string amount = std::to_string(f.amount);
  if (f.amount > kHighAmount) add("HIGH_AMOUNT", 30, "amount " + amount + " > " + std::to_string(kHighAmount));
  if (is_round_or_repeated(f.amount)) add("SUSPICIOUS_AMOUNT", 20, "amount " + amount + " round or repeated digits");
  if (f.payments_last_10_min >= kRapidCount)
    add("RAPID_TRANSACTIONS", 40, std::to_string(f.payments_last_10_min) + " payments / 10 min");
  if (f.payments_last_24_h >= kDailyCount)
    add("HIGH_DAILY_VOLUME", 35, std::to_string(f.payments_last_24_h) + " payments / 24 h");
  if (f.account_age_seconds < kNewAccountSeconds && f.amount > kNewAccountAmount)
    add("NEW_ACCOUNT_HIGH_VALUE", 50,
        "account " + std::to_string(f.account_age_seconds / 86400) + " d, amount " + amount + " > " + std::to_string(kNewAccountAmount));
  if (f.local_hour >= kUnusualHourFrom && f.local_hour < kUnusualHourTo)
    add("UNUSUAL_HOUR", 25, "hour " + std::to_string(f.local_hour) + " (UTC-5) in 02-06");
  if (f.failed_payments_last_hour >= kRecentFailures)
    add("RECENT_FAILED_PAYMENTS", 45, std::to_string(f.failed_payments_last_hour) + " failed / 1 h");
  if (f.duplicate) add("DUPLICATE_TRANSACTION", 80, "same amount " + amount + " within 1 h");
  a.level = level_for(a.score);
  a.decision = decision_for(a.level);
  return a;
}

namespace {

FraudAssessment fail_secure(const char* code, std::string text) {
  FraudAssessment a;
  a.score = kHighFrom;
  a.level = RiskLevel::High;
  a.decision = FraudDecision::Review;
  a.fail_secure = true;
  a.reasons.push_back({code, 0, std::move(text)});
  return a;
}

}  // namespace

FraudAssessment assess_fail_secure(const FraudFacts& facts, FraudScorer scorer, std::chrono::milliseconds budget) {
  if (!scorer) return fail_secure("SCORER_ERROR", "no scorer configured");
  // The task owns copies of everything it touches, so a late finish after we stopped waiting
  // touches nothing of ours.
  auto task = std::make_shared<std::packaged_task<FraudAssessment()>>(
      [facts, scorer = std::move(scorer)] { return scorer(facts); });
  std::future<FraudAssessment> result = task->get_future();
  try {
    std::thread([task] { (*task)(); }).detach();
  } catch (const std::exception& e) {
    return fail_secure("SCORER_ERROR", std::string("cannot start scorer: ") + e.what());
  }
  if (result.wait_for(budget) != std::future_status::ready)
    return fail_secure("SCORER_TIMEOUT", "no answer within " + std::to_string(budget.count()) + " ms");
  try {
    FraudAssessment a = result.get();
    a.fail_secure = false;
    return a;
  } catch (const std::exception& e) {
    return fail_secure("SCORER_ERROR", e.what());
  } catch (...) {
    return fail_secure("SCORER_ERROR", "unknown failure");
  }
}

FraudScorer configured_scorer(const Config& config) {
  // The fault is looked up on every call, so switching it at run time takes effect at once.
  // `config` lives as long as the server, which outlives any scorer thread.
  const Config* c = &config;
  return [c](const FraudFacts& facts) {
    if (c->fault("fraud_scorer_down")) throw std::runtime_error("fraud scorer unavailable (fault injected)");
    // Answers, but too late: shows the time budget at work (the late answer is dropped).
    if (c->fault("fraud_scorer_slow")) std::this_thread::sleep_for(kScorerBudget * 3);
    return score_fraud(facts);
  };
}

}  // namespace stub::commerce
