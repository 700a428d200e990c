#include "explosives/daily_close/summary_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::daily_close {
namespace {

TEST(SummaryRulesTest, ADayIsItsChinaCalendarDayInUtc) {
  auto p = ParseSummaryPeriod("day", "2026-11-22");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->label, "2026-11-22");
  EXPECT_EQ(p->from_utc, "2026-11-21T16:00:00Z");
  EXPECT_EQ(p->to_utc, "2026-11-22T16:00:00Z");
  p = ParseSummaryPeriod("day", "2024-12-31");  // the year's last day
  ASSERT_TRUE(p);
  EXPECT_EQ(p->to_utc, "2024-12-31T16:00:00Z");
}

TEST(SummaryRulesTest, AMonthRunsToTheNextMonthsFirstDay) {
  auto p = ParseSummaryPeriod("month", "2026-12");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->label, "2026-12");
  EXPECT_EQ(p->from_utc, "2026-11-30T16:00:00Z");
  EXPECT_EQ(p->to_utc, "2026-12-31T16:00:00Z");
  p = ParseSummaryPeriod("month", "2024-02");  // leap February
  ASSERT_TRUE(p);
  EXPECT_EQ(p->to_utc, "2024-02-29T16:00:00Z");
}

TEST(SummaryRulesTest, RefusesMalformedPeriodsAndDates) {
  struct Case {
    const char* period;
    const char* date;
  };
  for (const Case& c : std::initializer_list<Case>{{"week", "2026-11-22"},
                                                   {"day", "2026-11"},
                                                   {"day", "2026-02-30"},
                                                   {"day", "2026/11/22"},
                                                   {"day", "20261122xx"},
                                                   {"day", "1970-01-01"},  // before the epoch in UTC
                                                   {"day", "9999-12-31"},  // its end is past 9999
                                                   {"month", "2026-13"},
                                                   {"month", "2026-00"},
                                                   {"month", "2026-1"},
                                                   {"month", "2026-11-22"},
                                                   {"month", "9999-12"},
                                                   {"month", ""}})
    EXPECT_FALSE(ParseSummaryPeriod(c.period, c.date)) << c.period << " " << c.date;
  EXPECT_TRUE(ParseSummaryPeriod("day", "1970-01-02"));
}

}  // namespace
}  // namespace anjian::daily_close
