#include "calendar/working_day_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::calendar {
namespace {

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

// The days of the State Council's notices these tables need (国办 2025年11月4日 for 2026, 2024年11月12日
// for 2025): the holidays as listed (weekend days inside them included) and the adjusted
// working Saturdays and Sundays.
WorkingCalendar Notices() {
  std::vector<CalendarDay> days;
  auto holidays = [&](std::string_view from, std::string_view to, std::string name) {
    for (core::Date d = D(from); d <= D(to); d = core::AddDays(d, 1))
      days.push_back({d, DayKind::kHoliday, name});
  };
  auto workday = [&](std::string_view day, std::string name) {
    days.push_back({D(day), DayKind::kWorkday, std::move(name)});
  };
  holidays("2025-10-01", "2025-10-08", "国庆节、中秋节");
  workday("2025-09-28", "国庆节、中秋节");
  workday("2025-10-11", "国庆节、中秋节");
  holidays("2026-01-01", "2026-01-03", "元旦");
  workday("2026-01-04", "元旦");
  holidays("2026-02-15", "2026-02-23", "春节");
  workday("2026-02-14", "春节");
  workday("2026-02-28", "春节");
  holidays("2026-05-01", "2026-05-05", "劳动节");
  workday("2026-05-09", "劳动节");
  holidays("2026-10-01", "2026-10-07", "国庆节");
  workday("2026-09-20", "国庆节");
  workday("2026-10-10", "国庆节");
  return WorkingCalendar(std::move(days));
}

TEST(WorkingCalendar, IsWorkingDay) {
  const auto cal = Notices();
  struct Row {
    std::string_view day;
    bool working;
  };
  const Row rows[] = {
      {"2026-12-07", true},   // Monday
      {"2026-12-05", false},  // Saturday
      {"2026-12-06", false},  // Sunday
      {"2026-01-01", false},  // 元旦, Thursday
      {"2026-01-03", false},  // 元旦, a Saturday inside the holiday
      {"2026-01-04", true},   // Sunday worked (调休上班)
      {"2026-02-14", true},   // Saturday worked before 春节
      {"2026-02-23", false},  // 春节, Monday
      {"2026-02-24", true},
      {"2026-02-28", true},   // Saturday worked after 春节
      {"2026-05-05", false},  // 劳动节, Tuesday
      {"2026-05-09", true},   // Saturday worked
      {"2026-10-08", true},   // Thursday after 国庆节
      {"2026-10-10", true},   // Saturday worked
      {"2026-10-11", false},  // an ordinary Sunday
      {"2025-10-08", false},  // 2025 国庆节、中秋节, Wednesday
      {"2025-10-11", true},   // 2025 Saturday worked
      {"2027-01-01", true},   // no 2027 notice in this calendar: a plain Friday
  };
  for (const auto& r : rows) EXPECT_EQ(cal.IsWorkingDay(D(r.day)), r.working) << r.day;
  // An empty calendar knows weekends only.
  EXPECT_TRUE(WorkingCalendar().IsWorkingDay(D("2026-10-01")));
  EXPECT_FALSE(WorkingCalendar().IsWorkingDay(D("2026-10-03")));
}

// "N个工作日内": day 1 is the next working day after the event (art. 201), statutory holidays
// skipped, adjusted working Saturdays counted.
TEST(WorkingCalendar, AddWorkingDays) {
  const auto cal = Notices();
  struct Row {
    std::string_view from;
    std::int64_t n;
    std::string_view last_day;
  };
  const Row rows[] = {
      {"2026-12-07", 0, "2026-12-07"},
      {"2026-12-07", 1, "2026-12-08"},
      {"2026-12-04", 1, "2026-12-07"},   // Friday → Monday
      {"2026-12-05", 1, "2026-12-07"},   // from a Saturday
      {"2026-12-07", 5, "2026-12-14"},   // a week
      {"2026-12-07", 20, "2027-01-04"},  // 20 working days (no 2027 notice: 1 Jan counts)
      // 国庆节 2026: Wednesday 30 Sept, day 1 is 8 Oct; Saturday 10 Oct is worked.
      {"2026-09-30", 1, "2026-10-08"},
      {"2026-09-30", 3, "2026-10-10"},
      {"2026-09-30", 4, "2026-10-12"},
      // Saturday 19 Sept → Sunday 20 Sept is worked.
      {"2026-09-19", 1, "2026-09-20"},
      // 春节 2026: Friday 13 Feb → Saturday 14 Feb worked, then 24 Feb.
      {"2026-02-13", 1, "2026-02-14"},
      {"2026-02-13", 2, "2026-02-24"},
      {"2026-02-13", 6, "2026-02-28"},
      // 元旦 across the year end: 31 Dec 2025 → Sunday 4 Jan 2026 is worked.
      {"2025-12-31", 1, "2026-01-04"},
      {"2025-12-31", 2, "2026-01-05"},
      // 20 working days from 2026-04-20 pass 劳动节 (5 days off) and Saturday 9 May.
      {"2026-04-20", 20, "2026-05-20"},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(core::FormatIsoDate(cal.AddWorkingDays(D(r.from), r.n)), r.last_day)
        << r.from << " + " << r.n;
    EXPECT_EQ(core::FormatIsoDate(CountWorkingDays(D(r.from), r.n, cal)), r.last_day);
    EXPECT_EQ(cal.WorkingDaysBetween(D(r.from), D(r.last_day)), r.n) << r.from;
  }
  EXPECT_EQ(cal.WorkingDaysBetween(D("2026-12-08"), D("2026-12-07")), 0);
}

// 民法典 art. 201 + 203: N calendar days after the event; a last day on a rest day (statutory
// holiday or weekly rest day) moves to the day after the rest ends; an adjusted working
// Saturday does not move it.
TEST(WorkingCalendar, CountDaysAsTheCivilCodeCounts) {
  const auto cal = Notices();
  struct Row {
    std::string_view event;
    std::int64_t days;
    std::string_view nominal, last_day;
  };
  const Row rows[] = {
      {"2026-12-06", 3, "2026-12-09", "2026-12-09"},  // Wednesday: no move
      {"2026-12-02", 3, "2026-12-05", "2026-12-07"},  // Saturday → Monday
      {"2026-12-03", 3, "2026-12-06", "2026-12-07"},  // Sunday → Monday
      {"2026-09-28", 3, "2026-10-01", "2026-10-08"},  // 国庆节 → the day after it
      {"2026-10-04", 3, "2026-10-07", "2026-10-08"},
      {"2026-10-07", 3, "2026-10-10", "2026-10-10"},  // adjusted working Saturday: no move
      {"2026-02-11", 3, "2026-02-14", "2026-02-14"},  // Saturday worked before 春节
      {"2026-02-12", 3, "2026-02-15", "2026-02-24"},  // 春节, nine days
      {"2026-04-28", 3, "2026-05-01", "2026-05-06"},  // 劳动节
      {"2026-05-06", 3, "2026-05-09", "2026-05-09"},  // Saturday worked after 劳动节
      {"2025-12-29", 3, "2026-01-01", "2026-01-04"},  // 元旦; Sunday 4 Jan is worked
      {"2025-10-05", 3, "2025-10-08", "2025-10-09"},  // 2025 国庆节、中秋节
      {"2026-11-30", 30, "2026-12-30", "2026-12-30"},
  };
  for (const auto& r : rows) {
    const auto p = CountDays(D(r.event), r.days, cal);
    EXPECT_EQ(core::FormatIsoDate(p.nominal_last_day), r.nominal) << r.event;
    EXPECT_EQ(core::FormatIsoDate(p.last_day), r.last_day) << r.event;
    EXPECT_EQ(p.moved, r.nominal != r.last_day) << r.event;
  }
}

TEST(WorkingCalendar, LaterEntriesReplaceEarlierOnes) {
  WorkingCalendar cal({{D("2026-12-05"), DayKind::kHoliday, "甲"},
                       {D("2026-12-05"), DayKind::kWorkday, "乙"}});
  ASSERT_EQ(cal.days().size(), 1u);
  EXPECT_TRUE(cal.IsWorkingDay(D("2026-12-05")));
  EXPECT_EQ(cal.Find(D("2026-12-05"))->name, "乙");
  EXPECT_EQ(cal.Find(D("2026-12-04")), nullptr);
}

TEST(WorkingCalendar, ChecksAYearsDays) {
  EXPECT_TRUE(CheckYearDays(2027, {{D("2027-01-01"), DayKind::kHoliday, "元旦"},
                                   {D("2027-02-06"), DayKind::kWorkday, "春节"}})
                  .empty());
  struct Row {
    std::vector<CalendarDay> days;
    std::string field, rule;
  };
  const Row rows[] = {
      {{{D("2026-12-31"), DayKind::kHoliday, "元旦"}}, "days[0].date", "day_outside_year"},
      {{{D("2027-01-01"), DayKind::kHoliday, "元旦"}, {D("2027-01-01"), DayKind::kHoliday, "元旦"}},
       "days[1].date", "day_duplicate"},
      // 2027-02-08 is a Monday: only a weekend day can be made a working day.
      {{{D("2027-02-08"), DayKind::kWorkday, "春节"}}, "days[0].kind", "workday_not_weekend"},
      {{{D("2027-01-01"), DayKind::kHoliday, ""}}, "days[0].name", "required"},
      {{{D("2027-01-01"), DayKind::kHoliday, std::string(21 * 3, 'a')}}, "days[0].name",
       "max_length"},
  };
  for (const auto& r : rows) {
    auto e = CheckYearDays(2027, r.days);
    ASSERT_EQ(e.size(), 1u) << r.rule;
    EXPECT_EQ(e[0].field, r.field);
    EXPECT_EQ(e[0].rule, r.rule);
    EXPECT_FALSE(e[0].message_zh.empty());
  }
  EXPECT_EQ(ParseDayKind("workday"), DayKind::kWorkday);
  EXPECT_EQ(ParseDayKind("weekday"), std::nullopt);
  EXPECT_EQ(DayKindValue(DayKind::kHoliday), "holiday");
}

}  // namespace
}  // namespace anjian::calendar
