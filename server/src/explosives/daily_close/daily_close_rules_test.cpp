#include "explosives/daily_close/daily_close_rules.hpp"

#include <gtest/gtest.h>

#include "core/china_time.hpp"

namespace anjian::daily_close {
namespace {

using overview::LedgerAlertConfig;

// 2026-11-22T00:00:00Z = 08:00 CST on 2026-11-22.
constexpr std::int64_t kNov22Utc0 = 1795305600;

// The days here are China's (core/china_time.hpp): 00:00 in China is 16:00 UTC the day before.
TEST(DailyCloseTest, DaysAreChinaCalendarDays) {
  EXPECT_EQ(core::ChinaIsoDate(kNov22Utc0), "2026-11-22");
  EXPECT_EQ(core::ChinaIsoDate(kNov22Utc0 - core::kChinaUtcOffsetSeconds), "2026-11-22");
  EXPECT_EQ(core::ChinaIsoDate(kNov22Utc0 - core::kChinaUtcOffsetSeconds - 1), "2026-11-21");
  // A movement at 23:59:59 in China on the 21st is overdue on the 23rd, one a second later not.
  LedgerAlertConfig c;
  const std::int64_t nov23 = kNov22Utc0 + 86400;
  EXPECT_EQ(OverdueDailyCloses({core::ChinaIsoDate(kNov22Utc0 - core::kChinaUtcOffsetSeconds - 1)},
                               {}, nov23, c),
            (std::vector<std::string>{"2026-11-21"}));
  EXPECT_TRUE(OverdueDailyCloses({core::ChinaIsoDate(kNov22Utc0 - core::kChinaUtcOffsetSeconds)},
                                 {}, nov23, c)
                  .empty());
}

TEST(DailyCloseTest, MalformedAndImpossibleDaysAreNeverOverdueNorSigned) {
  LedgerAlertConfig c;
  for (const char* bad : {"", "2026-1-01", "2026-13-01", "2026-02-30", "2026/11/22", "20261122xx",
                          "2026-00-10", "2026-11-32"}) {
    EXPECT_TRUE(OverdueDailyCloses({bad}, {}, kNov22Utc0, c).empty()) << bad;
    auto e = CheckDailyCloseDate(bad, kNov22Utc0);
    ASSERT_EQ(e.size(), 1u) << bad;
    EXPECT_EQ(e[0].rule, "date_invalid");
  }
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
}  // namespace anjian::daily_close
