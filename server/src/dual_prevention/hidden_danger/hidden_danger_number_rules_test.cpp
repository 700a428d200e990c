#include "dual_prevention/hidden_danger/hidden_danger_number_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::hidden_danger {
namespace {

TEST(HiddenDangerNumberTest, PrefixFoundDateAndSixDigitId) {
  struct Case {
    const char* found_on;
    std::int64_t id;
    const char* number;
  };
  const Case cases[] = {
      {"2026-12-06", 42, "YH20261206-000042"},
      {"2026-01-31", 1, "YH20260131-000001"},
      {"2025-07-04", 999999, "YH20250704-999999"},
      {"2025-07-04", 1234567, "YH20250704-1234567"},  // grows past six digits, stays unique
  };
  for (const auto& c : cases) EXPECT_EQ(HiddenDangerNumber(c.found_on, c.id), c.number);
}

TEST(HiddenDangerNumberTest, DatedNumberTakesAnyPrefix) {
  EXPECT_EQ(DatedNumber("ZF", "2026-03-09", 7), "ZF20260309-000007");
  EXPECT_EQ(DatedNumber("YH", "2026-03-09", 7), HiddenDangerNumber("2026-03-09", 7));
}

}  // namespace
}  // namespace anjian::hidden_danger
