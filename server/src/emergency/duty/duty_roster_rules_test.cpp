// Duty roster rules, table-tested: clock times, patterns (2 × 12 h, 3 × 8 h, bounds), a slot's
// instants across midnight in China time, months, the copied month's source days, members.
#include "emergency/duty/duty_roster_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/china_time.hpp"
#include "core/clock.hpp"

namespace anjian::duty {
namespace {

TEST(DutyRosterRules, ClockTimes) {
  const struct {
    const char* text;
    std::optional<std::int64_t> minute;
  } rows[] = {{"00:00", 0}, {"08:00", 480}, {"20:00", 1200}, {"23:59", 1439},
              {"24:00", std::nullopt}, {"8:00", std::nullopt}, {"08:60", std::nullopt},
              {"0800", std::nullopt}, {"", std::nullopt}, {"ab:cd", std::nullopt}};
  for (const auto& r : rows) EXPECT_EQ(ParseClock(r.text), r.minute) << r.text;
  EXPECT_EQ(FormatClock(0), "00:00");
  EXPECT_EQ(FormatClock(1200), "20:00");
}

std::set<std::string> Fields(const std::vector<FieldError>& e) {
  std::set<std::string> out;
  for (const auto& x : e) out.insert(x.field);
  return out;
}

TEST(DutyRosterRules, Patterns) {
  EXPECT_TRUE(ValidatePattern({{"白班", 480, 720}, {"夜班", 1200, 720}}).empty());
  EXPECT_TRUE(ValidatePattern({{"早班", 0, 480}, {"中班", 480, 480}, {"晚班", 960, 480}}).empty());
  EXPECT_TRUE(ValidatePattern({{"全天", 480, 1440}}).empty());
  EXPECT_EQ(Fields(ValidatePattern({})), (std::set<std::string>{"slots"}));
  EXPECT_EQ(Fields(ValidatePattern({{"", 480, 720}})), (std::set<std::string>{"slots[0].label"}));
  EXPECT_EQ(Fields(ValidatePattern({{"a", 1440, 720}})), (std::set<std::string>{"slots[0].start"}));
  EXPECT_EQ(Fields(ValidatePattern({{"a", 0, 29}, {"b", 0, 1441}})),
            (std::set<std::string>{"slots[0].duration_minutes", "slots[1].duration_minutes"}));
  EXPECT_EQ(Fields(ValidatePattern({{"一二三四五六七八九十一二三四五六七八九十一", 0, 60}})),
            (std::set<std::string>{"slots[0].label"}));
  std::vector<SlotInput> many(13, SlotInput{"x", 0, 60});
  EXPECT_EQ(Fields(ValidatePattern(many)), (std::set<std::string>{"slots"}));
}

TEST(DutyRosterRules, SlotInstantsInChinaTime) {
  const core::Date d{2026, 12, 31};
  auto day = SlotOn(d, 480, 720);
  EXPECT_EQ(core::IsoFromUnix(day.start), "2026-12-31T00:00:00Z");  // 08:00 China
  EXPECT_EQ(core::IsoFromUnix(day.end), "2026-12-31T12:00:00Z");
  auto night = SlotOn(d, 1200, 720);  // 20:00 → next year's 08:00
  EXPECT_EQ(core::IsoFromUnix(night.start), "2026-12-31T12:00:00Z");
  EXPECT_EQ(core::ChinaIsoDateTime(night.end), "2027-01-01T08:00:00");
}

TEST(DutyRosterRules, Months) {
  EXPECT_EQ(ParseMonth("2026-12"), (core::Date{2026, 12, 1}));
  EXPECT_FALSE(ParseMonth("2026-13"));
  EXPECT_FALSE(ParseMonth("2026-1"));
  EXPECT_FALSE(ParseMonth("2026-12-01"));
  EXPECT_EQ(NextMonth({2026, 12, 1}), (core::Date{2027, 1, 1}));
  EXPECT_EQ(LastDayOfMonth({2028, 2, 1}), (core::Date{2028, 2, 29}));
  EXPECT_EQ(FormatMonth({2027, 1, 1}), "2027-01");
}

TEST(DutyRosterRules, CopiedDaysTakeTheirSourceDay) {
  const struct {
    core::Date source_first, target;
    core::Date expected;
  } rows[] = {
      {{2026, 12, 1}, {2027, 1, 1}, {2026, 12, 1}},
      {{2026, 12, 1}, {2027, 1, 31}, {2026, 12, 31}},
      {{2027, 2, 1}, {2027, 3, 28}, {2027, 2, 28}},
      {{2027, 2, 1}, {2027, 3, 29}, {2027, 2, 22}},  // Feb has 28 days: a week earlier
      {{2027, 2, 1}, {2027, 3, 31}, {2027, 2, 24}},
      {{2026, 11, 1}, {2026, 12, 31}, {2026, 11, 24}},
  };
  for (const auto& r : rows)
    EXPECT_EQ(CopySourceDay(r.source_first, r.target), r.expected)
        << core::FormatIsoDate(r.target);
}

TEST(DutyRosterRules, Members) {
  EXPECT_TRUE(ValidateMembers({{1, "leader"}, {2, "officer"}, {3, "officer"}}).empty());
  EXPECT_TRUE(ValidateMembers({}).empty());  // an empty shift is allowed: coverage shows it
  EXPECT_EQ(Fields(ValidateMembers({{1, "leader"}, {2, "leader"}})),
            (std::set<std::string>{"members[1].role"}));
  EXPECT_EQ(Fields(ValidateMembers({{1, "leader"}, {1, "officer"}})),
            (std::set<std::string>{"members[1].user_id"}));
  EXPECT_EQ(Fields(ValidateMembers({{1, "boss"}, {0, "officer"}})),
            (std::set<std::string>{"members[0].role", "members[1].user_id"}));
}

TEST(DutyRosterRules, ShiftTimes) {
  EXPECT_TRUE(ValidateShiftTimes(0, 3600).empty());
  EXPECT_TRUE(ValidateShiftTimes(0, 48 * 3600).empty());
  EXPECT_EQ(Fields(ValidateShiftTimes(10, 10)), (std::set<std::string>{"ends_at"}));
  EXPECT_EQ(Fields(ValidateShiftTimes(0, 48 * 3600 + 1)), (std::set<std::string>{"ends_at"}));
}

}  // namespace
}  // namespace anjian::duty
