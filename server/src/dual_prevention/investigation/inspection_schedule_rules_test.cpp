#include "dual_prevention/investigation/inspection_schedule_rules.hpp"

#include <gtest/gtest.h>

#include "core/china_time.hpp"

#include <map>
#include <set>

#include "core/test_util.hpp"

namespace anjian::investigation {
namespace {

using core::CivilFromDays;
using core::Date;
using core::DaysBetween;
using core::DaysFromCivil;
using core::FormatIsoDate;
using core::LocalDateTime;
using core::LocalFromUnix;
using core::ParseIsoDate;
using core::UnixFromLocal;
using F = Frequency;
using core::testing::Rules;
using core::testing::WellFormed;

Date D(std::string_view text) { return ParseIsoDate(text).value(); }

// The test's clock: a local wall-clock moment that only moves when told to.
class FakeClock {
 public:
  explicit FakeClock(LocalDateTime start) : now_(start) {}
  const LocalDateTime& Now() const { return now_; }
  void AdvanceMinutes(std::int64_t minutes) {
    const std::int64_t total = DaysFromCivil(now_.date) * 1440 + now_.minute + minutes;
    const std::int64_t day = total >= 0 ? total / 1440 : (total - 1439) / 1440;
    now_ = {CivilFromDays(day), static_cast<int>(total - day * 1440)};
  }
  void AdvanceDays(int days) { AdvanceMinutes(std::int64_t(days) * 1440); }

 private:
  LocalDateTime now_;
};

TEST(InspectionScheduleTest, FrequencyValues) {
  const std::pair<F, const char*> cases[] = {{F::kPerShift, "per_shift"}, {F::kDaily, "daily"},
                                             {F::kWeekly, "weekly"},      {F::kMonthly, "monthly"},
                                             {F::kQuarterly, "quarterly"}, {F::kYearly, "yearly"}};
  ASSERT_EQ(AllFrequencies().size(), std::size(cases));
  for (const auto& [f, v] : cases) {
    EXPECT_EQ(FrequencyValue(f), v);
    EXPECT_EQ(ParseFrequency(v), f);
    EXPECT_FALSE(FrequencyLabelZh(f).empty());
    EXPECT_FALSE(FrequencyLabelEn(f).empty());
  }
  EXPECT_EQ(FrequencyLabelZh(F::kQuarterly), "每季度");
  EXPECT_FALSE(ParseFrequency("hourly").has_value());
}

TEST(InspectionScheduleTest, CalendarPeriods) {
  struct Slot {
    const char* key;
    const char* start;
    const char* due;
  };
  struct Case {
    const char* name;
    F frequency;
    const char* from;
    const char* to;
    std::vector<Slot> expected;
  };
  const Case cases[] = {
      {"daily over a month end", F::kDaily, "2026-01-30", "2026-02-02",
       {{"2026-01-30", "2026-01-30", "2026-01-30"},
        {"2026-01-31", "2026-01-31", "2026-01-31"},
        {"2026-02-01", "2026-02-01", "2026-02-01"},
        {"2026-02-02", "2026-02-02", "2026-02-02"}}},
      {"daily over Feb 29", F::kDaily, "2024-02-28", "2024-03-01",
       {{"2024-02-28", "2024-02-28", "2024-02-28"},
        {"2024-02-29", "2024-02-29", "2024-02-29"},
        {"2024-03-01", "2024-03-01", "2024-03-01"}}},
      {"daily over a common February end", F::kDaily, "2023-02-28", "2023-03-01",
       {{"2023-02-28", "2023-02-28", "2023-02-28"}, {"2023-03-01", "2023-03-01", "2023-03-01"}}},
      {"daily over a year end", F::kDaily, "2026-12-31", "2027-01-01",
       {{"2026-12-31", "2026-12-31", "2026-12-31"}, {"2027-01-01", "2027-01-01", "2027-01-01"}}},
      {"weekly into a 53-week year end", F::kWeekly, "2026-12-20", "2027-01-10",
       {{"2026-W51", "2026-12-14", "2026-12-20"},
        {"2026-W52", "2026-12-21", "2026-12-27"},
        {"2026-W53", "2026-12-28", "2027-01-03"},
        {"2027-W01", "2027-01-04", "2027-01-10"}}},
      {"weekly 2020-W53", F::kWeekly, "2020-12-31", "2021-01-04",
       {{"2020-W53", "2020-12-28", "2021-01-03"}, {"2021-W01", "2021-01-04", "2021-01-10"}}},
      {"weekly: late December in next year's week 1", F::kWeekly, "2024-12-30", "2024-12-31",
       {{"2025-W01", "2024-12-30", "2025-01-05"}}},
      {"weekly 2026-W48", F::kWeekly, "2026-11-28", "2026-11-28",
       {{"2026-W48", "2026-11-23", "2026-11-29"}}},
      {"monthly over a leap February", F::kMonthly, "2024-01-15", "2024-03-01",
       {{"2024-01", "2024-01-01", "2024-01-31"},
        {"2024-02", "2024-02-01", "2024-02-29"},
        {"2024-03", "2024-03-01", "2024-03-31"}}},
      {"monthly, common February", F::kMonthly, "2023-02-10", "2023-02-10",
       {{"2023-02", "2023-02-01", "2023-02-28"}}},
      {"monthly, century February", F::kMonthly, "2100-02-10", "2100-02-10",
       {{"2100-02", "2100-02-01", "2100-02-28"}}},
      {"monthly over a year end", F::kMonthly, "2026-11-05", "2027-01-01",
       {{"2026-11", "2026-11-01", "2026-11-30"},
        {"2026-12", "2026-12-01", "2026-12-31"},
        {"2027-01", "2027-01-01", "2027-01-31"}}},
      {"quarterly over a year end", F::kQuarterly, "2026-11-01", "2027-04-01",
       {{"2026-Q4", "2026-10-01", "2026-12-31"},
        {"2027-Q1", "2027-01-01", "2027-03-31"},
        {"2027-Q2", "2027-04-01", "2027-06-30"}}},
      {"quarterly Q3 from its last day", F::kQuarterly, "2026-09-30", "2026-09-30",
       {{"2026-Q3", "2026-07-01", "2026-09-30"}}},
      {"yearly", F::kYearly, "2024-06-01", "2026-01-01",
       {{"2024", "2024-01-01", "2024-12-31"},
        {"2025", "2025-01-01", "2025-12-31"},
        {"2026", "2026-01-01", "2026-12-31"}}},
  };
  for (const auto& c : cases) {
    const auto slots = GenerateSlots(c.frequency, D(c.from), D(c.to), DefaultScheduleConfig());
    ASSERT_EQ(slots.size(), c.expected.size()) << c.name;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      EXPECT_EQ(slots[i].frequency, c.frequency) << c.name;
      EXPECT_EQ(slots[i].period_key, c.expected[i].key) << c.name;
      EXPECT_EQ(FormatIsoDate(slots[i].period_start), c.expected[i].start) << c.name;
      EXPECT_EQ(FormatIsoDate(slots[i].due_date), c.expected[i].due) << c.name;
      EXPECT_EQ(slots[i].start_minute, 0) << c.name;
      EXPECT_EQ(slots[i].due_minute, 1440) << c.name;
      EXPECT_FALSE(slots[i].shift_index.has_value()) << c.name;
    }
  }
}

TEST(InspectionScheduleTest, Shifts) {
  struct Slot {
    const char* key;
    int index;
    const char* start;
    int start_minute;
    const char* due;
    int due_minute;
  };
  struct Case {
    const char* name;
    ScheduleConfig config;
    const char* from;
    const char* to;
    std::vector<Slot> expected;
  };
  const Case cases[] = {
      {"three shifts from midnight over a year end", {3, 0}, "2026-12-31", "2027-01-01",
       {{"2026-12-31-S1", 0, "2026-12-31", 0, "2026-12-31", 480},
        {"2026-12-31-S2", 1, "2026-12-31", 480, "2026-12-31", 960},
        {"2026-12-31-S3", 2, "2026-12-31", 960, "2026-12-31", 1440},
        {"2027-01-01-S1", 0, "2027-01-01", 0, "2027-01-01", 480},
        {"2027-01-01-S2", 1, "2027-01-01", 480, "2027-01-01", 960},
        {"2027-01-01-S3", 2, "2027-01-01", 960, "2027-01-01", 1440}}},
      {"three shifts from 08:00: the night shift ends next year", {3, 480}, "2026-12-31",
       "2026-12-31",
       {{"2026-12-31-S1", 0, "2026-12-31", 480, "2026-12-31", 960},
        {"2026-12-31-S2", 1, "2026-12-31", 960, "2026-12-31", 1440},
        {"2026-12-31-S3", 2, "2027-01-01", 0, "2027-01-01", 480}}},
      {"two shifts from 20:00 on Feb 28 of a leap year", {2, 1200}, "2024-02-28", "2024-02-28",
       {{"2024-02-28-S1", 0, "2024-02-28", 1200, "2024-02-29", 480},
        {"2024-02-28-S2", 1, "2024-02-29", 480, "2024-02-29", 1200}}},
      {"one shift a day", {1, 0}, "2026-06-01", "2026-06-01",
       {{"2026-06-01-S1", 0, "2026-06-01", 0, "2026-06-01", 1440}}},
  };
  for (const auto& c : cases) {
    const auto slots = GenerateSlots(F::kPerShift, D(c.from), D(c.to), c.config);
    ASSERT_EQ(slots.size(), c.expected.size()) << c.name;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      const auto& e = c.expected[i];
      EXPECT_EQ(slots[i].period_key, e.key) << c.name;
      EXPECT_EQ(slots[i].shift_index, e.index) << c.name;
      EXPECT_EQ(FormatIsoDate(slots[i].period_start), e.start) << c.name << " " << e.key;
      EXPECT_EQ(slots[i].start_minute, e.start_minute) << c.name << " " << e.key;
      EXPECT_EQ(FormatIsoDate(slots[i].due_date), e.due) << c.name << " " << e.key;
      EXPECT_EQ(slots[i].due_minute, e.due_minute) << c.name << " " << e.key;
    }
  }
}

TEST(InspectionScheduleTest, EmptyRanges) {
  EXPECT_TRUE(GenerateSlots(F::kDaily, D("2026-01-02"), D("2026-01-01"), {}).empty());
  EXPECT_TRUE(GenerateSlots(F::kPerShift, D("2026-01-01"), D("2026-01-01"), {0, 0}).empty());
  EXPECT_TRUE(GenerateSlots(F::kDaily, Date{2026, 2, 30}, D("2026-03-01"), {}).empty());
  EXPECT_EQ(GenerateSlots(F::kYearly, D("2026-01-01"), D("2026-01-01"), {}).size(), 1u);
}

// Over eight years with two ISO 53-week years and two leap days: the slots of each frequency
// tile time without gaps or overlaps, keys are unique, and SlotAt agrees with GenerateSlots.
TEST(InspectionScheduleTest, SlotsTileTime) {
  const Date from = D("2019-12-01"), to = D("2028-01-31");
  for (const ScheduleConfig config : {ScheduleConfig{3, 0}, ScheduleConfig{3, 480},
                                      ScheduleConfig{2, 1200}, ScheduleConfig{4, 360}}) {
    for (auto f : AllFrequencies()) {
      const auto slots = GenerateSlots(f, from, to, config);
      ASSERT_FALSE(slots.empty());
      std::set<std::string> keys;
      for (std::size_t i = 0; i < slots.size(); ++i) {
        const auto& s = slots[i];
        EXPECT_TRUE(keys.insert(s.period_key).second) << s.period_key;
        const auto start = DaysFromCivil(s.period_start) * 1440 + s.start_minute;
        const auto end = DaysFromCivil(s.due_date) * 1440 + s.due_minute;
        EXPECT_LT(start, end) << s.period_key;
        if (i > 0) {
          const auto& p = slots[i - 1];
          EXPECT_EQ(DaysFromCivil(p.due_date) * 1440 + p.due_minute, start) << s.period_key;
        }
        const auto at_start = SlotAt(f, {s.period_start, s.start_minute}, config);
        ASSERT_TRUE(at_start.has_value());
        EXPECT_EQ(at_start->period_key, s.period_key);
        const auto last = end - 1;
        const auto at_end = SlotAt(f, {CivilFromDays(last / 1440), int(last % 1440)}, config);
        ASSERT_TRUE(at_end.has_value());
        EXPECT_EQ(at_end->period_key, s.period_key);
      }
      if (f == F::kWeekly) {
        EXPECT_EQ(keys.count("2020-W53"), 1u);
        EXPECT_EQ(keys.count("2026-W53"), 1u);
        EXPECT_EQ(keys.count("2021-W53"), 0u);
        EXPECT_EQ(keys.count("2025-W53"), 0u);
      }
      if (f == F::kDaily) {
        EXPECT_EQ(slots.size(), std::size_t(DaysBetween(from, to) + 1));
        EXPECT_EQ(keys.count("2020-02-29"), 1u);
        EXPECT_EQ(keys.count("2024-02-29"), 1u);
      }
      if (f == F::kPerShift) {
        EXPECT_EQ(slots.size(), std::size_t(DaysBetween(from, to) + 1) * config.shifts_per_day);
      }
    }
  }
}

TEST(InspectionScheduleTest, SlotAtShifts) {
  struct Case {
    const char* name;
    ScheduleConfig config;
    const char* date;
    int minute;
    const char* key;
  };
  const Case cases[] = {
      {"first minute", {3, 0}, "2026-06-01", 0, "2026-06-01-S1"},
      {"last minute of S2", {3, 0}, "2026-06-01", 959, "2026-06-01-S2"},
      {"first minute of S3", {3, 0}, "2026-06-01", 960, "2026-06-01-S3"},
      {"before 08:00 is last night's shift", {3, 480}, "2027-01-01", 420, "2026-12-31-S3"},
      {"08:00 starts the new roster day", {3, 480}, "2027-01-01", 480, "2027-01-01-S1"},
      {"Mar 1 early morning belongs to Feb 29", {2, 1200}, "2024-03-01", 100, "2024-02-29-S1"},
  };
  for (const auto& c : cases) {
    const auto slot = SlotAt(F::kPerShift, {D(c.date), c.minute}, c.config);
    ASSERT_TRUE(slot.has_value()) << c.name;
    EXPECT_EQ(slot->period_key, c.key) << c.name;
  }
  EXPECT_FALSE(SlotAt(F::kDaily, {D("2026-06-01"), 1440}, {}).has_value());
  EXPECT_FALSE(SlotAt(F::kDaily, {D("2026-06-01"), -1}, {}).has_value());
  EXPECT_FALSE(SlotAt(F::kPerShift, {D("2026-06-01"), 0}, {7, 0}).has_value());
}

TEST(InspectionScheduleTest, MissedAcrossMonthAndYearEndsWithFakeClock) {
  struct Case {
    const char* name;
    F frequency;
    ScheduleConfig config;
    const char* slot_day;  // any day of the period
    int slot_minute;
    LocalDateTime last_open;  // the slot is still open here; one minute later it is missed
  };
  const Case cases[] = {
      {"leap February", F::kMonthly, {}, "2024-02-10", 0, {D("2024-02-29"), 1439}},
      {"common February", F::kMonthly, {}, "2023-02-10", 0, {D("2023-02-28"), 1439}},
      {"daily on Feb 29", F::kDaily, {}, "2024-02-29", 0, {D("2024-02-29"), 1439}},
      {"year", F::kYearly, {}, "2026-05-05", 0, {D("2026-12-31"), 1439}},
      {"Q4", F::kQuarterly, {}, "2026-11-15", 0, {D("2026-12-31"), 1439}},
      {"ISO week 53 ends in January", F::kWeekly, {}, "2026-12-31", 0, {D("2027-01-03"), 1439}},
      {"night shift ends in the new year", F::kPerShift, {3, 480}, "2027-01-01", 300,
       {D("2027-01-01"), 479}},
  };
  for (const auto& c : cases) {
    const auto slot = SlotAt(c.frequency, {D(c.slot_day), c.slot_minute}, c.config);
    ASSERT_TRUE(slot.has_value()) << c.name;
    FakeClock clock({slot->period_start, slot->start_minute});
    EXPECT_FALSE(IsMissed(*slot, clock.Now())) << c.name;
    clock = FakeClock(c.last_open);
    EXPECT_FALSE(IsMissed(*slot, clock.Now())) << c.name;
    clock.AdvanceMinutes(1);
    EXPECT_TRUE(IsMissed(*slot, clock.Now())) << c.name;
    clock.AdvanceDays(400);
    EXPECT_TRUE(IsMissed(*slot, clock.Now())) << c.name;
  }
}

// A daily generation job driven by the fake clock over the turn of 2026/2027: running for
// "today" each day creates each weekly, monthly and per-shift task exactly once, and the tasks
// nobody did are missed once their period has closed.
TEST(InspectionScheduleTest, DailyJobOverTheYearEnd) {
  const ScheduleConfig config{3, 480};
  FakeClock clock({D("2026-12-25"), 600});
  std::map<std::string, TaskSlot> weekly, monthly, shifts;
  auto run_job = [&] {
    const Date today = clock.Now().date;
    for (const auto& s : GenerateSlots(F::kWeekly, today, today, config)) {
      weekly.emplace(s.period_key, s);
    }
    for (const auto& s : GenerateSlots(F::kMonthly, today, today, config)) {
      monthly.emplace(s.period_key, s);
    }
    for (const auto& s : GenerateSlots(F::kPerShift, today, today, config)) {
      shifts.emplace(s.period_key, s);
    }
  };
  for (int day = 0; day < 12; ++day) {
    run_job();
    run_job();  // a second run the same day changes nothing
    clock.AdvanceDays(1);
  }
  run_job();
  // Now 2027-01-06 10:00, with the tasks of 13 roster days, 2026-12-25 to 2027-01-06.
  EXPECT_EQ(clock.Now().date, D("2027-01-06"));
  std::vector<std::string> weekly_keys, missed_weeks;
  for (const auto& [key, slot] : weekly) {
    weekly_keys.push_back(key);
    if (IsMissed(slot, clock.Now())) missed_weeks.push_back(key);
  }
  EXPECT_EQ(weekly_keys, (std::vector<std::string>{"2026-W52", "2026-W53", "2027-W01"}));
  EXPECT_EQ(missed_weeks, (std::vector<std::string>{"2026-W52", "2026-W53"}));
  EXPECT_EQ(monthly.size(), 2u);
  EXPECT_TRUE(IsMissed(monthly.at("2026-12"), clock.Now()));
  EXPECT_FALSE(IsMissed(monthly.at("2027-01"), clock.Now()));
  EXPECT_EQ(shifts.size(), 13u * 3);
  int missed_shifts = 0;
  for (const auto& [key, slot] : shifts) missed_shifts += IsMissed(slot, clock.Now());
  // At 2027-01-06 10:00 only that roster day's shifts are not over: S1 (08:00-16:00) is
  // running, S2 and S3 (which ends at 08:00 on the 7th) are to come. 2027-01-05-S3 ended at 08:00.
  EXPECT_EQ(missed_shifts, 12 * 3);
  EXPECT_TRUE(IsMissed(shifts.at("2027-01-05-S3"), clock.Now()));
  EXPECT_FALSE(IsMissed(shifts.at("2027-01-06-S1"), clock.Now()));
}

TEST(InspectionScheduleTest, ConfigValidation) {
  struct Case {
    const char* name;
    ScheduleConfig config;
    std::set<std::string> rules;
  };
  const Case cases[] = {
      {"defaults", DefaultScheduleConfig(), {}},
      {"one", {1, 0}, {}},
      {"two from 20:00", {2, 1200}, {}},
      {"four", {4, 360}, {}},
      {"twenty-four", {24, 0}, {}},
      {"zero shifts", {0, 0}, {"shifts_per_day_invalid"}},
      {"seven does not divide the day", {7, 0}, {"shifts_per_day_invalid"}},
      {"twenty-five", {25, 0}, {"shifts_per_day_invalid"}},
      {"start before midnight", {3, -1}, {"shift_start_invalid"}},
      {"start at 24:00", {3, 1440}, {"shift_start_invalid"}},
  };
  for (const auto& c : cases) {
    const auto errors = ValidateScheduleConfig(c.config);
    EXPECT_EQ(Rules(errors), c.rules) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
  }
  EXPECT_EQ(DefaultScheduleConfig().shifts_per_day, 3);
}

// The generation job's view of "now": a daily slot for the local day of a UTC instant, missed
// once the local day has ended, across a month end.
TEST(InspectionSchedule, DailySlotOfUtcInstantAndItsMissing) {
  const auto cfg = DefaultScheduleConfig();
  auto now = LocalFromUnix(UnixFromLocal(D("2026-11-30"), 23 * 60 + 59));
  auto slot = SlotAt(Frequency::kDaily, now, cfg).value();
  EXPECT_EQ(slot.period_key, "2026-11-30");
  EXPECT_FALSE(IsMissed(slot, now));
  auto later = LocalFromUnix(UnixFromLocal(D("2026-11-30"), 23 * 60 + 59) + 60);
  EXPECT_EQ(later.date, D("2026-12-01"));
  EXPECT_TRUE(IsMissed(slot, later));
}

}  // namespace
}  // namespace anjian::investigation
