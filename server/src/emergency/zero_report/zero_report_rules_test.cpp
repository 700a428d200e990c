// The zero report's pure rules: the deadline of each day in China time (UTC+8, across a day
// and a year boundary), late minutes (rounded up, 0 at the deadline), the declaration's checks,
// the reminder window, and the scope (sub-region, industries).
#include "emergency/zero_report/zero_report_rules.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"

namespace anjian::zero_report {
namespace {

core::Date D(const char* s) { return *core::ParseIsoDate(s); }
std::int64_t T(const char* iso) { return core::UnixFromIso(iso); }

TEST(ZeroReportRules, DeadlineOfEachDayInChinaTime) {
  struct Row {
    const char* day;
    const char* time;
    const char* utc;
  } rows[] = {
      {"2026-10-01", "09:00", "2026-10-01T01:00:00Z"},
      {"2026-10-01", "00:00", "2026-09-30T16:00:00Z"},  // China midnight is 16:00 UTC the day before
      {"2026-10-01", "07:59", "2026-09-30T23:59:00Z"},
      {"2026-10-01", "08:00", "2026-10-01T00:00:00Z"},
      {"2026-10-01", "23:59", "2026-10-01T15:59:00Z"},
      {"2027-01-01", "06:30", "2026-12-31T22:30:00Z"},  // across the year end
      {"2028-02-29", "09:00", "2028-02-29T01:00:00Z"},  // leap day
  };
  for (const auto& r : rows) {
    auto m = ParseTimeOfDay(r.time);
    ASSERT_TRUE(m) << r.time;
    EXPECT_EQ(core::IsoFromUnix(DeadlineOf(D(r.day), *m)), r.utc) << r.day << " " << r.time;
  }
}

TEST(ZeroReportRules, TimeOfDayParsing) {
  EXPECT_EQ(ParseTimeOfDay("09:00"), 540);
  EXPECT_EQ(ParseTimeOfDay("00:00"), 0);
  EXPECT_EQ(ParseTimeOfDay("23:59"), 23 * 60 + 59);
  for (const char* bad : {"24:00", "9:00", "09:60", "09-00", "", "0900", "ab:cd", "09:00:00"})
    EXPECT_FALSE(ParseTimeOfDay(bad)) << bad;
  EXPECT_EQ(FormatTimeOfDay(540), "09:00");
  EXPECT_EQ(FormatTimeOfDay(0), "00:00");
  EXPECT_EQ(FormatTimeOfDay(23 * 60 + 5), "23:05");
}

TEST(ZeroReportRules, LateMinutesRoundUp) {
  const std::int64_t dl = T("2026-10-01T01:00:00Z");
  struct Row {
    std::int64_t at;
    std::int64_t late;
  } rows[] = {{dl - 3600, 0}, {dl - 1, 0}, {dl, 0},           {dl + 1, 1},
              {dl + 59, 1},   {dl + 60, 1}, {dl + 61, 2},     {dl + 90 * 60, 90},
              {dl + 24 * 3600, 1440}};
  for (const auto& r : rows) EXPECT_EQ(LateMinutes(r.at, dl), r.late) << r.at - dl;
}

TEST(ZeroReportRules, DeclarationChecks) {
  const core::Date today = D("2026-10-01");
  auto rules = [&](PeriodDates p) {
    std::vector<std::string> out;
    for (const auto& e : CheckPeriodDates(p, today)) out.push_back(e.rule + "@" + e.field);
    return out;
  };
  EXPECT_TRUE(rules({D("2026-10-01"), D("2026-10-07"), 120}).empty());
  EXPECT_TRUE(rules({D("2026-09-29"), D("2026-10-01"), 0}).empty());  // started, ends today
  EXPECT_EQ(rules({D("2026-10-07"), D("2026-10-01"), 120}),
            std::vector<std::string>{"zero_report_dates_order@last_date"});
  EXPECT_EQ(rules({D("2026-09-20"), D("2026-09-30"), 120}),
            std::vector<std::string>{"zero_report_period_past@last_date"});
  EXPECT_TRUE(rules({D("2026-10-01"), D("2027-10-01"), 120}).empty());  // 366 days
  EXPECT_EQ(rules({D("2026-10-01"), D("2027-10-02"), 120}),
            std::vector<std::string>{"zero_report_period_too_long@last_date"});
  EXPECT_EQ(rules({D("2026-10-01"), D("2026-10-02"), 721}),
            std::vector<std::string>{"range@remind_minutes"});
  EXPECT_EQ(rules({D("2026-10-01"), D("2026-10-02"), -1}),
            std::vector<std::string>{"range@remind_minutes"});
}

TEST(ZeroReportRules, ReminderWindowAndDays) {
  const std::int64_t dl = T("2026-10-01T01:00:00Z");
  EXPECT_FALSE(ReminderDue(dl - 120 * 60 - 1, dl, 120));
  EXPECT_TRUE(ReminderDue(dl - 120 * 60, dl, 120));
  EXPECT_TRUE(ReminderDue(dl - 1, dl, 120));
  EXPECT_FALSE(ReminderDue(dl, dl, 120));  // at the deadline: overdue, not a reminder
  EXPECT_FALSE(ReminderDue(dl - 1, dl, 0));
  EXPECT_TRUE(InPeriod(D("2026-10-01"), D("2026-10-07"), D("2026-10-01")));
  EXPECT_TRUE(InPeriod(D("2026-10-01"), D("2026-10-07"), D("2026-10-07")));
  EXPECT_FALSE(InPeriod(D("2026-10-01"), D("2026-10-07"), D("2026-10-08")));
  EXPECT_FALSE(InPeriod(D("2026-10-01"), D("2026-10-07"), D("2026-09-30")));
  auto days = DaysUpTo(D("2026-12-30"), D("2027-01-05"), D("2027-01-02"));
  ASSERT_EQ(days.size(), 4u);
  EXPECT_EQ(core::FormatIsoDate(days.front()), "2026-12-30");
  EXPECT_EQ(core::FormatIsoDate(days.back()), "2027-01-02");
  EXPECT_TRUE(DaysUpTo(D("2026-10-05"), D("2026-10-07"), D("2026-10-01")).empty());
}

TEST(ZeroReportRules, Scope) {
  const std::string city = "/370000/370800/", county = "/370000/370800/370811/";
  const std::vector<std::string> none, mb_hc = {"civil_explosives_production", "hazardous_chemicals"};
  struct Row {
    std::string path, industry, period_path;
    const std::vector<std::string>* industries;
    bool in;
  } rows[] = {
      {county, "general", city, &none, true},
      {city, "general", city, &none, true},
      {"/370000/370900/370902/", "general", city, &none, false},  // another city
      {"/370000/370800/370883/", "general", county, &none, false},  // a sibling county
      {county, "hazardous_chemicals", city, &mb_hc, true},
      {county, "civil_explosives_production", county, &mb_hc, true},
      {county, "civil_explosives_sales", city, &mb_hc, false},
      {county, "general", city, &mb_hc, false},
      {county, "general", "", &none, false},
  };
  for (const auto& r : rows)
    EXPECT_EQ(InScope(r.path, r.industry, r.period_path, *r.industries), r.in)
        << r.path << " " << r.industry << " " << r.period_path;
  EXPECT_EQ(ParentPath(county), city);
  EXPECT_EQ(ParentPath(city), "/370000/");
  EXPECT_EQ(ParentPath("/370000/"), "");
  EXPECT_EQ(SplitIndustries(JoinIndustries(mb_hc)), mb_hc);
  EXPECT_TRUE(SplitIndustries("").empty());
}

}  // namespace
}  // namespace anjian::zero_report
