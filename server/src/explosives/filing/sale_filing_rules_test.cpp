#include "explosives/filing/sale_filing_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::filing {
namespace {

constexpr std::int64_t kDay = 86400;

TEST(SaleFilingTest, EveryStatus) {
  const std::int64_t sold = 1'000'000;
  EXPECT_EQ(EvaluateFiling(sold, std::nullopt, std::nullopt, sold + kDay), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, std::nullopt, sold + 3 * kDay), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, std::nullopt, sold + 3 * kDay + 1), FilingStatus::kLate);
  EXPECT_EQ(EvaluateFiling(sold, std::nullopt, std::nullopt, sold + 10 * kDay), FilingStatus::kLate);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, sold + 3 * kDay, sold + 10 * kDay), FilingStatus::kFiled);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, sold + 3 * kDay + 1, sold + 10 * kDay),
            FilingStatus::kFiledLate);
  EXPECT_EQ(EvaluateFiling(sold, sold, sold, sold, 0), FilingStatus::kFiled);
  EXPECT_EQ(FilingStatusValue(FilingStatus::kFiledLate), "filed_late");
}

TEST(SaleFilingTest, ThePurchaserFilesWithThePoliceOnly) {
  const std::int64_t bought = 1'000'000;
  EXPECT_EQ(EvaluatePurchaseFiling(bought, std::nullopt, bought + kDay), FilingStatus::kPending);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, std::nullopt, bought + 3 * kDay + 1), FilingStatus::kLate);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, bought + 3 * kDay, bought + 9 * kDay), FilingStatus::kFiled);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, bought + 3 * kDay + 1, bought + 9 * kDay),
            FilingStatus::kFiledLate);
}

TEST(SaleFilingTest, DeadlineAndCutoffAreThreeDaysApart) {
  const std::int64_t made = 1'000'000;
  EXPECT_EQ(FilingDeadline(made), made + 3 * kDay);
  EXPECT_EQ(FilingCutoff(made + 3 * kDay), made);
  // A deal made exactly at the cutoff is not late yet; one a second earlier is.
  EXPECT_EQ(EvaluateFiling(FilingCutoff(made), std::nullopt, std::nullopt, made), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(FilingCutoff(made) - 1, std::nullopt, std::nullopt, made), FilingStatus::kLate);
}

}  // namespace
}  // namespace anjian::filing
