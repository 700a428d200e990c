#include "identity/lockout_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::identity {
namespace {

constexpr std::int64_t kNow = 1'700'000'000;
constexpr std::int64_t kMin = 60;

TEST(LockoutTest, WindowBoundaries) {
  const PasswordPolicy policy;  // 5 failures in 15 min → 15 min lock
  struct Case {
    const char* name;
    std::vector<std::int64_t> failures;
    std::optional<std::int64_t> expected;
  };
  const Case cases[] = {
      {"none", {}, std::nullopt},
      {"four recent", {kNow - 4, kNow - 3, kNow - 2, kNow - 1}, std::nullopt},
      {"five recent", {kNow - 4, kNow - 3, kNow - 2, kNow - 1, kNow}, kNow + 15 * kMin},
      {"five unsorted", {kNow, kNow - 4, kNow - 1, kNow - 3, kNow - 2}, kNow + 15 * kMin},
      {"oldest exactly one window ago is out",
       {kNow - 15 * kMin, kNow - 3, kNow - 2, kNow - 1, kNow}, std::nullopt},
      {"oldest one second inside window",
       {kNow - 15 * kMin + 1, kNow - 3, kNow - 2, kNow - 1, kNow}, kNow + 15 * kMin},
      {"locked until last failure + lockout",
       {kNow - 10 * kMin, kNow - 9 * kMin, kNow - 8 * kMin, kNow - 7 * kMin, kNow - 6 * kMin},
       kNow + 9 * kMin},
      {"future failures ignored",
       {kNow + 1, kNow + 2, kNow + 3, kNow + 4, kNow + 5}, std::nullopt},
      {"old failures ignored",
       {kNow - 100 * kMin, kNow - 99 * kMin, kNow - 98 * kMin, kNow - 97 * kMin, kNow - 3},
       std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(LockedUntil(c.failures, kNow, policy), c.expected) << c.name;
}

TEST(LockoutTest, LockExpires) {
  PasswordPolicy policy;
  policy.lockout_minutes = 5;  // shorter than the 15-minute window
  const std::vector<std::int64_t> failures = {0, 1, 2, 3, 4};
  EXPECT_EQ(LockedUntil(failures, 4, policy), 4 + 5 * kMin);
  EXPECT_EQ(LockedUntil(failures, 4 + 5 * kMin - 1, policy), 4 + 5 * kMin);
  // At the unlock instant the account is free even though the failures are still in the window.
  EXPECT_EQ(LockedUntil(failures, 4 + 5 * kMin, policy), std::nullopt);
  // One more failure while still inside the window locks again at once.
  auto more = failures;
  more.push_back(6 * kMin);
  EXPECT_EQ(LockedUntil(more, 6 * kMin, policy), 6 * kMin + 5 * kMin);
}

TEST(LockoutTest, ThresholdFromPolicy) {
  PasswordPolicy policy;
  policy.lockout_threshold = 3;
  EXPECT_EQ(LockedUntil({kNow - 2, kNow - 1}, kNow, policy), std::nullopt);
  EXPECT_EQ(LockedUntil({kNow - 2, kNow - 1, kNow}, kNow, policy), kNow + 15 * kMin);
  policy.lockout_threshold = 0;  // invalid policy never locks (ValidatePolicy rejects it)
  EXPECT_EQ(LockedUntil({kNow}, kNow, policy), std::nullopt);
}

}  // namespace
}  // namespace anjian::identity
