#include "explosives/filing/sale_filing_rules.hpp"

#include <gtest/gtest.h>

#include "core/china_time.hpp"

namespace anjian::filing {
namespace {

constexpr std::int64_t kDay = 86400;

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }
// An instant given as China wall-clock time: date and "HH:MM".
std::int64_t China(std::string_view date, int hour, int minute) {
  return core::UnixFromLocal(D(date), hour * 60 + minute);
}

// 民法典 art. 201: a period in days starts the day after the event and ends at 24:00 of its last
// day; 条例 art. 24: 3 days. Each row: the deal (China time) → the last day, its 24:00 in UTC, and
// the label a person reads.
TEST(SaleFilingDeadline, CountedAsChineseLawCounts) {
  struct Row {
    std::string_view date;
    int hour, minute;
    std::string_view last_day, deadline_utc, label;
  };
  const Row rows[] = {
      {"2026-12-06", 10, 0, "2026-12-09", "2026-12-09T16:00", "12月9日24时前"},
      // Posting at 23:59 China time: the day of the deal still does not count.
      {"2026-12-06", 23, 59, "2026-12-09", "2026-12-09T16:00", "12月9日24时前"},
      // Two minutes later it is the next China day (still 2026-12-06 in UTC).
      {"2026-12-07", 0, 1, "2026-12-10", "2026-12-10T16:00", "12月10日24时前"},
      {"2026-12-06", 0, 1, "2026-12-09", "2026-12-09T16:00", "12月9日24时前"},
      // Month ends: 31-day, 30-day, February (common and leap year).
      {"2026-01-30", 9, 0, "2026-02-02", "2026-02-02T16:00", "2月2日24时前"},
      {"2026-04-29", 9, 0, "2026-05-02", "2026-05-02T16:00", "5月2日24时前"},
      {"2026-02-27", 9, 0, "2026-03-02", "2026-03-02T16:00", "3月2日24时前"},
      {"2028-02-27", 9, 0, "2028-03-01", "2028-03-01T16:00", "3月1日24时前"},
      {"2028-02-29", 23, 59, "2028-03-03", "2028-03-03T16:00", "3月3日24时前"},
      // Year ends: 23:59 on 29 December and 00:01 on 31 December.
      {"2026-12-29", 23, 59, "2027-01-01", "2027-01-01T16:00", "1月1日24时前"},
      {"2026-12-31", 0, 1, "2027-01-03", "2027-01-03T16:00", "1月3日24时前"},
      {"2026-12-31", 23, 59, "2027-01-03", "2027-01-03T16:00", "1月3日24时前"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.date) + " " + std::to_string(r.hour) + ":" +
                 std::to_string(r.minute));
    const std::int64_t made = China(r.date, r.hour, r.minute);
    const core::Date last = FilingLastDay(made);
    EXPECT_EQ(core::FormatIsoDate(last), r.last_day);
    // The deadline is 24:00 China time of the last day = 16:00 UTC of that same date.
    EXPECT_EQ(FilingDeadline(made),
              core::UnixFromLocal(D(r.deadline_utc.substr(0, 10)), 16 * 60, 0));
    EXPECT_EQ(DeadlineLabelZh(last), r.label);
  }
  EXPECT_EQ(DeadlineLabelEn(D("2026-12-09")), "by 24:00 on 2026-12-09 (China time)");
}

TEST(SaleFilingDeadline, NotSeventyTwoHours) {
  // Posted at 23:59: 72 hours would end at 23:59 on day 3; the law gives until 24:00 on day 3.
  const std::int64_t late_evening = China("2026-12-06", 23, 59);
  EXPECT_EQ(FilingDeadline(late_evening) - late_evening, 3 * kDay + 60);
  // Posted at 00:01: almost four whole days.
  const std::int64_t early = China("2026-12-07", 0, 1);
  EXPECT_EQ(FilingDeadline(early) - early, 4 * kDay - 60);
  // Other periods count the same way.
  EXPECT_EQ(core::FormatIsoDate(LastDayOfPeriod(early, 1)), "2026-12-08");
  EXPECT_EQ(PeriodEnd(early, 0), core::ChinaDayEnd(D("2026-12-07")));
}

TEST(SaleFilingTest, EveryStatus) {
  const std::int64_t sold = China("2026-12-06", 10, 0);
  const std::int64_t deadline = China("2026-12-10", 0, 0);  // 12月9日24时
  ASSERT_EQ(FilingDeadline(sold), deadline);
  EXPECT_EQ(EvaluateFiling(sold, std::nullopt, std::nullopt, sold + kDay), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, std::nullopt, deadline), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, std::nullopt, deadline + 1), FilingStatus::kLate);
  EXPECT_EQ(EvaluateFiling(sold, std::nullopt, std::nullopt, sold + 10 * kDay), FilingStatus::kLate);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, deadline, sold + 10 * kDay), FilingStatus::kFiled);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, deadline + 1, sold + 10 * kDay),
            FilingStatus::kFiledLate);
  EXPECT_EQ(FilingStatusValue(FilingStatus::kFiledLate), "filed_late");
}

TEST(SaleFilingTest, ThePurchaserFilesWithThePoliceOnly) {
  const std::int64_t bought = China("2026-12-06", 23, 59);
  const std::int64_t deadline = China("2026-12-10", 0, 0);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, std::nullopt, bought + kDay), FilingStatus::kPending);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, std::nullopt, deadline + 1), FilingStatus::kLate);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, deadline, deadline + 9 * kDay), FilingStatus::kFiled);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, deadline + 1, deadline + 9 * kDay),
            FilingStatus::kFiledLate);
}

// The SQL filter uses the cutoff: made < FilingCutoff(now) exactly when FilingDeadline(made) < now,
// for deals and nows around China midnights (every 20 minutes over a week, nows at and around
// day boundaries).
TEST(SaleFilingTest, CutoffAgreesWithTheDeadline) {
  const std::int64_t base = China("2026-12-28", 0, 0);
  const std::int64_t nows[] = {China("2027-01-01", 0, 0) - 1, China("2027-01-01", 0, 0),
                               China("2027-01-01", 0, 0) + 1, China("2027-01-02", 12, 0),
                               China("2027-01-03", 23, 59)};
  for (std::int64_t now : nows)
    for (std::int64_t made = base - 2 * kDay; made < base + 5 * kDay; made += 1200) {
      SCOPED_TRACE(std::to_string(made) + " at " + std::to_string(now));
      EXPECT_EQ(made < FilingCutoff(now), FilingDeadline(made) < now);
      EXPECT_EQ(made - 1 < FilingCutoff(now), FilingDeadline(made - 1) < now);
    }
}

}  // namespace
}  // namespace anjian::filing
