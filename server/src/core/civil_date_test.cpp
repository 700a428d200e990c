#include "core/civil_date.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace anjian::core {
namespace {

Date D(std::string_view text) { return ParseIsoDate(text).value(); }

TEST(CivilDateTest, KnownDayNumbers) {
  const std::pair<const char*, std::int64_t> cases[] = {
      {"1970-01-01", 0},      {"1969-12-31", -1},     {"2000-03-01", 11017},
      {"2024-02-29", 19782},  {"2026-11-28", 20785},  {"2026-12-31", 20818},
      {"2027-01-04", 20822},  {"1600-03-01", -135080},
  };
  for (const auto& [text, days] : cases) {
    EXPECT_EQ(DaysFromCivil(D(text)), days) << text;
    EXPECT_EQ(CivilFromDays(days), D(text)) << text;
  }
}

// std::chrono's calendar is the independent oracle: every day of eight centuries, including the
// 1700/1800/1900 non-leap and 2000 leap century years.
TEST(CivilDateTest, AgreesWithChronoForEveryDay) {
  using namespace std::chrono;
  Date expected_prev{1599, 12, 31};
  for (std::int64_t n = DaysFromCivil({1600, 1, 1}); n <= DaysFromCivil({2400, 12, 31}); ++n) {
    const Date d = CivilFromDays(n);
    const year_month_day ymd{sys_days{days{n}}};
    ASSERT_EQ(d.year, int(ymd.year())) << n;
    ASSERT_EQ(d.month, int(unsigned(ymd.month()))) << n;
    ASSERT_EQ(d.day, int(unsigned(ymd.day()))) << n;
    ASSERT_TRUE(IsValidDate(d)) << n;
    ASSERT_EQ(DaysFromCivil(d), n);
    ASSERT_LT(expected_prev, d);
    ASSERT_EQ(IsoWeekday(d), int(weekday{sys_days{days{n}}}.iso_encoding())) << n;
    expected_prev = d;
  }
}

TEST(CivilDateTest, AddDaysAcrossBoundaries) {
  struct Case {
    const char* name;
    const char* from;
    std::int64_t days;
    const char* expected;
  };
  const Case cases[] = {
      {"month end", "2026-01-31", 1, "2026-02-01"},
      {"leap day", "2024-02-28", 1, "2024-02-29"},
      {"after leap day", "2024-02-29", 1, "2024-03-01"},
      {"non-leap February", "2023-02-28", 1, "2023-03-01"},
      {"century non-leap", "1900-02-28", 1, "1900-03-01"},
      {"400-year leap", "2000-02-28", 1, "2000-02-29"},
      {"year end", "2026-12-31", 1, "2027-01-01"},
      {"backwards over year end", "2027-01-01", -1, "2026-12-31"},
      {"a leap year", "2024-01-01", 366, "2025-01-01"},
      {"zero", "2026-06-15", 0, "2026-06-15"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatIsoDate(AddDays(D(c.from), c.days)), c.expected) << c.name;
    EXPECT_EQ(DaysBetween(D(c.from), D(c.expected)), c.days) << c.name;
  }
}

TEST(CivilDateTest, ParseAndFormat) {
  const std::pair<const char*, bool> cases[] = {
      {"2026-11-28", true},  {"2024-02-29", true},  {"2023-02-29", false},
      {"1900-02-29", false}, {"2000-02-29", true},  {"2026-04-31", false},
      {"2026-13-01", false}, {"2026-00-10", false}, {"2026-01-00", false},
      {"2026-1-01", false},  {"2026/01/01", false}, {"", false},
      {"0000-01-01", false}, {"9999-12-31", true},  {"2026-01-01 ", false},
      {"+026-01-01", false},
  };
  for (const auto& [text, valid] : cases) {
    const auto d = ParseIsoDate(text);
    EXPECT_EQ(d.has_value(), valid) << text;
    if (d) {
      EXPECT_EQ(FormatIsoDate(*d), text) << text;
    }
  }
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2026, 13), 0);
}

TEST(CivilDateTest, IsoWeeks) {
  struct Case {
    const char* date;
    int year, week, weekday;
  };
  const Case cases[] = {
      {"2026-01-01", 2026, 1, 4},   // a Thursday: week 1 of its own year
      {"2026-11-23", 2026, 48, 1},  {"2026-11-29", 2026, 48, 7},
      {"2026-12-31", 2026, 53, 4},  // 2026 has 53 weeks
      {"2027-01-03", 2026, 53, 7},  // early January in the previous week-year
      {"2027-01-04", 2027, 1, 1},   {"2020-12-31", 2020, 53, 4},
      {"2021-01-03", 2020, 53, 7},  {"2019-12-30", 2020, 1, 1},  // late December in the next
      {"2024-12-30", 2025, 1, 1},   {"2008-12-29", 2009, 1, 1},
      {"2010-01-03", 2009, 53, 7},  {"2005-01-01", 2004, 53, 6},
      {"2024-02-29", 2024, 9, 4},   {"1969-12-31", 1970, 1, 3},
  };
  for (const auto& c : cases) {
    const auto w = IsoWeekOf(D(c.date));
    EXPECT_EQ(w.year, c.year) << c.date;
    EXPECT_EQ(w.week, c.week) << c.date;
    EXPECT_EQ(IsoWeekday(D(c.date)), c.weekday) << c.date;
    EXPECT_EQ(IsoWeekday(IsoWeekMonday(D(c.date))), 1) << c.date;
  }
}

}  // namespace
}  // namespace anjian::core
