#include "dual_prevention/hidden_danger/deadline_rules.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/test_util.hpp"

namespace anjian::hidden_danger {
namespace {

using St = EscalationStage;
using core::testing::Rules;
using core::testing::WellFormed;

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

TEST(DeadlineTest, StageValues) {
  const std::pair<St, const char*> cases[] = {{St::kNone, "none"},
                                              {St::kReminder, "reminder"},
                                              {St::kEscalateSuperior, "escalate_superior"},
                                              {St::kEscalateRegulator, "escalate_regulator"}};
  ASSERT_EQ(AllEscalationStages().size(), std::size(cases));
  for (const auto& [stage, value] : cases) {
    EXPECT_EQ(EscalationStageValue(stage), value);
    EXPECT_EQ(ParseEscalationStage(value), stage);
    EXPECT_FALSE(EscalationStageLabelZh(stage).empty());
    EXPECT_FALSE(EscalationStageLabelEn(stage).empty());
  }
  EXPECT_FALSE(ParseEscalationStage("overdue").has_value());
}

struct Case {
  const char* name;
  const char* deadline;
  const char* today;
  bool overdue;
  std::int64_t days_overdue, days_remaining;
  St stage;
};

void Check(const Case& c, const EscalationConfig& config) {
  const auto s = EvaluateDeadline(D(c.deadline), D(c.today), config);
  EXPECT_EQ(s.overdue, c.overdue) << c.name;
  EXPECT_EQ(s.days_overdue, c.days_overdue) << c.name;
  EXPECT_EQ(s.days_remaining, c.days_remaining) << c.name;
  EXPECT_EQ(s.stage, c.stage) << c.name;
}

TEST(DeadlineTest, DefaultStages) {
  // Defaults: remind from 3 days before, superior from 1 day overdue, regulator from 7.
  const Case cases[] = {
      {"a week ahead", "2026-12-05", "2026-11-28", false, 0, 7, St::kNone},
      {"four days ahead", "2026-12-05", "2026-12-01", false, 0, 4, St::kNone},
      {"three days ahead", "2026-12-05", "2026-12-02", false, 0, 3, St::kReminder},
      {"deadline day is not overdue", "2026-12-05", "2026-12-05", false, 0, 0, St::kReminder},
      {"one day overdue", "2026-12-05", "2026-12-06", true, 1, 0, St::kEscalateSuperior},
      {"six days overdue", "2026-12-05", "2026-12-11", true, 6, 0, St::kEscalateSuperior},
      {"seven days overdue", "2026-12-05", "2026-12-12", true, 7, 0, St::kEscalateRegulator},
      {"months overdue", "2026-12-05", "2027-03-01", true, 86, 0, St::kEscalateRegulator},
      {"over a month end", "2026-11-30", "2026-12-01", true, 1, 0, St::kEscalateSuperior},
      {"over a year end", "2026-12-31", "2027-01-07", true, 7, 0, St::kEscalateRegulator},
      {"reminder over a month end", "2026-03-01", "2026-02-26", false, 0, 3, St::kReminder},
      {"leap February", "2024-02-28", "2024-03-01", true, 2, 0, St::kEscalateSuperior},
      {"common February", "2023-02-28", "2023-03-01", true, 1, 0, St::kEscalateSuperior},
      {"deadline on Feb 29", "2024-02-29", "2024-02-26", false, 0, 3, St::kReminder},
  };
  for (const auto& c : cases) Check(c, DefaultEscalationConfig());
}

TEST(DeadlineTest, ConfiguredSteps) {
  const EscalationConfig config{0, 3, 10};
  const Case cases[] = {
      {"day before, no reminder window", "2026-12-05", "2026-12-04", false, 0, 1, St::kNone},
      {"deadline day", "2026-12-05", "2026-12-05", false, 0, 0, St::kReminder},
      {"overdue before the first step", "2026-12-05", "2026-12-07", true, 2, 0, St::kNone},
      {"superior step", "2026-12-05", "2026-12-08", true, 3, 0, St::kEscalateSuperior},
      {"regulator step", "2026-12-05", "2026-12-15", true, 10, 0, St::kEscalateRegulator},
  };
  for (const auto& c : cases) Check(c, config);
}

TEST(DeadlineTest, TextOverload) {
  const auto ok = EvaluateDeadline("2026-12-05", "2026-12-12", DefaultEscalationConfig());
  ASSERT_TRUE(std::holds_alternative<DeadlineStatus>(ok));
  EXPECT_EQ(std::get<DeadlineStatus>(ok).stage, St::kEscalateRegulator);
  const auto bad = EvaluateDeadline("2026-12-32", "today", DefaultEscalationConfig());
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  const auto& errors = std::get<std::vector<FieldError>>(bad);
  EXPECT_EQ(Rules(errors), (std::set<std::string>{"deadline_invalid", "today_invalid"}));
  EXPECT_TRUE(WellFormed(errors));
}

TEST(DeadlineTest, ConfigValidation) {
  struct VCase {
    const char* name;
    EscalationConfig config;
    std::set<std::string> rules;
  };
  const VCase cases[] = {
      {"defaults", DefaultEscalationConfig(), {}},
      {"no reminder window", {0, 1, 2}, {}},
      {"negative reminder", {-1, 1, 7}, {"reminder_days_invalid"}},
      {"reminder a year and more", {366, 1, 7}, {"reminder_days_invalid"}},
      {"superior at zero", {3, 0, 7}, {"superior_days_invalid"}},
      {"regulator before superior", {3, 5, 3}, {"regulator_days_order"}},
      {"regulator with superior", {3, 5, 5}, {"regulator_days_order"}},
      {"regulator out of range", {3, 1, 400}, {"regulator_days_invalid"}},
      {"all wrong", {-5, 0, 0}, {"reminder_days_invalid", "superior_days_invalid",
                                 "regulator_days_invalid"}},
      {"assessment at zero hours", {3, 1, 7, 0, 0, 24}, {"assessment_hours_invalid"}},
      {"assessment over 30 days", {3, 1, 7, 721, 4, 24}, {"assessment_hours_invalid"}},
      {"assessment one hour, no reminder", {3, 1, 7, 1, 0, 1}, {}},
      {"reminder as long as the period", {3, 1, 7, 24, 24, 24},
       {"assessment_reminder_hours_invalid"}},
      {"negative reminder hours", {3, 1, 7, 24, -1, 24}, {"assessment_reminder_hours_invalid"}},
      {"regulator at zero hours", {3, 1, 7, 24, 4, 0}, {"assessment_regulator_hours_invalid"}},
      {"assessment cut-off a date", {3, 1, 7, 24, 4, 24, "2026-12-06"}, {}},
      {"assessment cut-off not a date", {3, 1, 7, 24, 4, 24, "2026-02-30"}, {"date_invalid"}},
      {"assessment cut-off as text", {3, 1, 7, 24, 4, 24, "昨天"}, {"date_invalid"}},
  };
  for (const auto& c : cases) {
    const auto errors = ValidateEscalationConfig(c.config);
    EXPECT_EQ(Rules(errors), c.rules) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
  }
}

// The assessment period of a reported hidden danger, in hours from the report (unix seconds).
TEST(DeadlineTest, AssessmentStages) {
  constexpr std::int64_t H = 3600;
  const std::int64_t reported = 1'796'000'000;  // any instant: the rule counts elapsed time
  struct ACase {
    const char* name;
    std::int64_t elapsed;  // seconds since the report
    bool overdue;
    std::int64_t seconds_overdue, seconds_remaining;
    St stage;
  };
  const ACase defaults[] = {
      // Defaults: due 24 h after the report, remind from 4 h before, regulator 24 h overdue.
      {"just reported", 0, false, 0, 24 * H, St::kNone},
      {"19 h 59 min", 20 * H - 60, false, 0, 4 * H + 60, St::kNone},
      {"20 h: reminder", 20 * H, false, 0, 4 * H, St::kReminder},
      {"24 h exactly is still in time", 24 * H, false, 0, 0, St::kReminder},
      {"one second late: the principal", 24 * H + 1, true, 1, 0, St::kEscalateSuperior},
      {"47 h 59 min", 48 * H - 60, true, 24 * H - 60, 0, St::kEscalateSuperior},
      {"48 h: the regulator", 48 * H, true, 24 * H, 0, St::kEscalateRegulator},
      {"a week", 7 * 24 * H, true, 6 * 24 * H, 0, St::kEscalateRegulator},
  };
  for (const auto& c : defaults) {
    const auto s = EvaluateAssessment(reported, reported + c.elapsed, DefaultEscalationConfig());
    EXPECT_EQ(s.due, reported + 24 * H) << c.name;
    EXPECT_EQ(s.overdue, c.overdue) << c.name;
    EXPECT_EQ(s.seconds_overdue, c.seconds_overdue) << c.name;
    EXPECT_EQ(s.seconds_remaining, c.seconds_remaining) << c.name;
    EXPECT_EQ(s.stage, c.stage) << c.name;
  }
  EscalationConfig config;
  config.assessment_hours = 8;
  config.assessment_reminder_hours = 0;  // no reminder
  config.assessment_regulator_after_hours = 2;
  const ACase configured[] = {
      {"7 h 59 min, no reminder window", 8 * H - 60, false, 0, 60, St::kNone},
      {"8 h", 8 * H, false, 0, 0, St::kNone},
      {"9 h", 9 * H, true, H, 0, St::kEscalateSuperior},
      {"10 h", 10 * H, true, 2 * H, 0, St::kEscalateRegulator},
  };
  for (const auto& c : configured) {
    const auto s = EvaluateAssessment(reported, reported + c.elapsed, config);
    EXPECT_EQ(s.due, reported + 8 * H) << c.name;
    EXPECT_EQ(s.overdue, c.overdue) << c.name;
    EXPECT_EQ(s.seconds_overdue, c.seconds_overdue) << c.name;
    EXPECT_EQ(s.seconds_remaining, c.seconds_remaining) << c.name;
    EXPECT_EQ(s.stage, c.stage) << c.name;
  }
}

// The assessment period applies to reports made from 00:00 China time (UTC+8) of
// assessment_applies_from: an older report is never chased; an empty date is no cut-off.
TEST(DeadlineTest, AssessmentAppliesFrom) {
  // 2026-12-06 00:00 China time = 2026-12-05 16:00 UTC.
  const std::int64_t midnight = core::UnixFromIso("2026-12-05T16:00:00Z");
  struct FCase {
    const char* name;
    const char* applies_from;
    std::int64_t reported_at;
    bool applies;
  };
  const FCase cases[] = {
      {"no cut-off", "", midnight - 86400 * 400, true},
      {"a second before the day", "2026-12-06", midnight - 1, false},
      {"the first second of the day", "2026-12-06", midnight, true},
      {"later that day", "2026-12-06", midnight + 20 * 3600, true},
      {"23:59 China time the day before (15:59 UTC)", "2026-12-06",
       core::UnixFromIso("2026-12-05T15:59:00Z"), false},
      {"years before", "2026-12-06", core::UnixFromIso("2024-01-01T00:00:00Z"), false},
      {"not a date: no cut-off", "2026-13-01", midnight - 86400, true},
  };
  for (const auto& c : cases) {
    EscalationConfig config;
    config.assessment_applies_from = c.applies_from;
    EXPECT_EQ(AssessmentPeriodApplies(c.reported_at, config), c.applies) << c.name;
  }
  EscalationConfig config;
  config.assessment_applies_from = "2026-12-06";
  EXPECT_EQ(AssessmentAppliesFromInstant(config), midnight);
  config.assessment_applies_from = "";
  EXPECT_FALSE(AssessmentAppliesFromInstant(config).has_value());
}

}  // namespace
}  // namespace anjian::hidden_danger
