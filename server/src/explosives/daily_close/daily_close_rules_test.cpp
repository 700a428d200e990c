#include "explosives/daily_close/daily_close_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::domain::explosives {
namespace {

// 2026-11-22T00:00:00Z = 08:00 CST on 2026-11-22.
constexpr std::int64_t kNov22Utc0 = 1795305600;

TEST(DailyCloseTest, CstDateShiftsByEightHours) {
  EXPECT_EQ(CstDate(kNov22Utc0), "2026-11-22");
  EXPECT_EQ(CstDate(kNov22Utc0 - 8 * 3600), "2026-11-22");      // 00:00 CST
  EXPECT_EQ(CstDate(kNov22Utc0 - 8 * 3600 - 1), "2026-11-21");  // 23:59:59 CST the day before
  EXPECT_EQ(CstDate(0), "1970-01-01");
}

TEST(DailyCloseTest, DayNumberRefusesMalformedAndImpossibleDates) {
  EXPECT_EQ(DayNumber("1970-01-02"), 1);
  EXPECT_EQ(*DayNumber("2026-03-01") - *DayNumber("2026-02-28"), 1);
  EXPECT_EQ(*DayNumber("2024-03-01") - *DayNumber("2024-02-28"), 2);  // leap year
  for (const char* bad : {"", "2026-1-01", "2026-13-01", "2026-02-30", "2026/11/22", "20261122xx",
                          "2026-00-10", "2026-11-32"})
    EXPECT_FALSE(DayNumber(bad)) << bad;
}

TEST(DailyCloseTest, OnlyUnsignedDaysWithMovementsPastTheGraceAreOverdue) {
  LedgerAlertConfig c;  // grace 1 day, look back 31 days
  std::set<std::string> moved{"2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"};
  std::set<std::string> signed_days{"2026-11-19"};
  // Today is the 22nd: the 21st still has today to be signed, the 20th is overdue.
  EXPECT_EQ(OverdueDailyCloses(moved, signed_days, kNov22Utc0, c),
            (std::vector<std::string>{"2026-11-18", "2026-11-20"}));
  c.daily_close_grace_days = 0;
  EXPECT_EQ(OverdueDailyCloses(moved, signed_days, kNov22Utc0, c),
            (std::vector<std::string>{"2026-11-18", "2026-11-20", "2026-11-21"}));
  c.daily_close_grace_days = 3;
  EXPECT_EQ(OverdueDailyCloses(moved, signed_days, kNov22Utc0, c),
            (std::vector<std::string>{"2026-11-18"}));
}

TEST(DailyCloseTest, DaysBeyondTheLookBackAreNotReported) {
  LedgerAlertConfig c;
  c.daily_close_lookback_days = 3;
  std::set<std::string> moved{"2026-10-01", "2026-11-19", "2026-11-20"};
  EXPECT_EQ(OverdueDailyCloses(moved, {}, kNov22Utc0, c),
            (std::vector<std::string>{"2026-11-19", "2026-11-20"}));
}

TEST(DailyCloseTest, ADayCanBeSignedFromItsStartNotBefore) {
  EXPECT_TRUE(CheckDailyCloseDate("2026-11-22", kNov22Utc0).empty());
  EXPECT_TRUE(CheckDailyCloseDate("2025-01-01", kNov22Utc0).empty());
  auto e = CheckDailyCloseDate("2026-11-23", kNov22Utc0);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].rule, "date_in_future");
  e = CheckDailyCloseDate("2026-02-30", kNov22Utc0);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].rule, "date_invalid");
}

}  // namespace
}  // namespace anjian::domain::explosives
