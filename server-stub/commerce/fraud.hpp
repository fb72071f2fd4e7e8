// Payment fraud scoring with the reference's rules and numbers. Points add up:
//
//   HIGH_AMOUNT            amount > 1 000 000 COP                                   +30
//   SUSPICIOUS_AMOUNT      a round amount (multiple of 100 000) or one digit repeated +20
//   RAPID_TRANSACTIONS     ≥ 5 earlier payments by the buyer in the last 10 minutes  +40
//   HIGH_DAILY_VOLUME      ≥ 20 earlier payments by the buyer in the last 24 hours   +35
//   NEW_ACCOUNT_HIGH_VALUE account younger than 7 days and amount > 500 000          +50
//   UNUSUAL_HOUR           02:00–05:59 Colombian time (UTC−5)                        +25
//   RECENT_FAILED_PAYMENTS ≥ 2 failed payments by the buyer in the last hour         +45
//   DUPLICATE_TRANSACTION  same buyer and amount within the last hour                +80
//
//   score ≥ 80 CRITICAL → decline;  ≥ 60 HIGH → review (manual);  ≥ 30 MEDIUM → review;  else LOW → allow
//
// The scorer is a pure function of FraudFacts, which the payment endpoint gathers from the
// database. It is always called through assess_fail_secure(): if scoring throws or runs past its
// time budget the answer is HIGH / review with fail_secure = true, never a soft "medium" (the
// original's CVE-007), and the caller raises a critical alert and writes an audit entry.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace stub {
struct Config;
}

namespace stub::commerce {

struct FraudFacts {
  std::int64_t amount = 0;               // pesos, from the order (never from the client)
  std::int64_t account_age_seconds = 0;  // now − the buyer's account creation
  int payments_last_10_min = 0;          // earlier attempts by this buyer; this one not counted
  int payments_last_24_h = 0;            // likewise
  int local_hour = 12;                   // 0…23 in Colombian time, see colombia_hour()
  int failed_payments_last_hour = 0;
  bool duplicate = false;                // same buyer, same amount, within the last hour
};

enum class RiskLevel { Low, Medium, High, Critical };
enum class FraudDecision { Allow, Review, Decline };

struct FraudReason {
  std::string code;  // stable, e.g. "HIGH_AMOUNT"; what the admin queue filters on
  int points = 0;
  std::string text;  // short and numeric, e.g. "amount 1500000 > 1000000"
};

struct FraudAssessment {
  int score = 0;
  RiskLevel level = RiskLevel::Low;
  FraudDecision decision = FraudDecision::Allow;
  std::vector<FraudReason> reasons;
  bool fail_secure = false;  // the scorer failed or timed out; this is the safe default
};

// Rule constants (exported for tests and the admin screen).
inline constexpr std::int64_t kHighAmount = 1000000;
inline constexpr std::int64_t kRoundAmountStep = 100000;
inline constexpr int kRapidCount = 5;
inline constexpr int kDailyCount = 20;
inline constexpr std::int64_t kNewAccountSeconds = 7 * 86400;
inline constexpr std::int64_t kNewAccountAmount = 500000;
inline constexpr int kUnusualHourFrom = 2, kUnusualHourTo = 6;  // [from, to)
inline constexpr int kRecentFailures = 2;
inline constexpr int kDeclineFrom = 80, kHighFrom = 60, kMediumFrom = 30;
inline constexpr std::chrono::milliseconds kScorerBudget{200};

FraudAssessment score_fraud(const FraudFacts& facts);
RiskLevel level_for(int score);
FraudDecision decision_for(RiskLevel level);
bool is_round_or_repeated(std::int64_t amount);
// The hour of the day (0…23) in Colombia, which has been UTC−5 all year since 1993.
int colombia_hour(std::int64_t epoch_seconds);

const char* to_string(RiskLevel level);        // "LOW", "MEDIUM", "HIGH", "CRITICAL"
const char* to_string(FraudDecision decision);  // "allow", "review", "decline"

using FraudScorer = std::function<FraudAssessment(const FraudFacts&)>;

// Runs `scorer` with a time budget. A throw or a timeout gives HIGH / review / fail_secure with a
// reason SCORER_ERROR or SCORER_TIMEOUT. A scorer that overruns keeps running on its own thread
// and its late answer is dropped, so the payment request never waits longer than the budget.
FraudAssessment assess_fail_secure(const FraudFacts& facts, FraudScorer scorer,
                                   std::chrono::milliseconds budget = kScorerBudget);

// The scorer the server uses: score_fraud, or one that throws when the fault
// "fraud_scorer_down" is switched on (MESTORE_FAULTS=fraud_scorer_down), to show fail-secure;
// "fraud_scorer_slow" makes it answer after three time budgets (the timeout path).
FraudScorer configured_scorer(const Config& config);

}  // namespace stub::commerce
