// Table tests of the hidden-danger report's periods, deadlines (民法典 art. 201/203 on the
// working-day calendar), submission status and states.
#include "dual_prevention/hidden_danger_report/report_period_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace anjian::hidden_danger_report {
namespace {

core::Date D(const char* iso) { return *core::ParseIsoDate(iso); }

std::set<std::string> FieldRules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

TEST(ReportPeriodRules, PeriodBounds) {
  struct Case {
    const char* kind;
    int64_t year;
    std::optional<int64_t> quarter;
    const char *first, *last, *key, *label_zh;
  };
  const Case cases[] = {
      {"quarter", 2026, 1, "2026-01-01", "2026-03-31", "2026-Q1", "2026年第一季度"},
      {"quarter", 2026, 2, "2026-04-01", "2026-06-30", "2026-Q2", "2026年第二季度"},
      {"quarter", 2026, 3, "2026-07-01", "2026-09-30", "2026-Q3", "2026年第三季度"},
      {"quarter", 2026, 4, "2026-10-01", "2026-12-31", "2026-Q4", "2026年第四季度"},
      {"quarter", 2024, 1, "2024-01-01", "2024-03-31", "2024-Q1", "2024年第一季度"},
      {"year", 2025, std::nullopt, "2025-01-01", "2025-12-31", "2025", "2025年度"},
  };
  for (const auto& c : cases) {
    auto made = MakePeriod(c.kind, c.year, c.quarter);
    ASSERT_TRUE(std::holds_alternative<Period>(made)) << c.key;
    const auto& p = std::get<Period>(made);
    EXPECT_EQ(core::FormatIsoDate(p.first), c.first) << c.key;
    EXPECT_EQ(core::FormatIsoDate(p.last), c.last) << c.key;
    EXPECT_EQ(p.key, c.key);
    EXPECT_EQ(p.label_zh, c.label_zh);
    auto back = PeriodFromKey(c.key);
    ASSERT_TRUE(back) << c.key;
    EXPECT_EQ(back->last, p.last);
  }
  for (const char* bad : {"", "2026-Q5", "2026-Q0", "1999", "26", "2026Q1", "2026-q1", "abcd"})
    EXPECT_FALSE(PeriodFromKey(bad)) << bad;
}

TEST(ReportPeriodRules, BadPeriodsNameTheFieldAndRule) {
  struct Case {
    const char* kind;
    std::optional<int64_t> year, quarter;
    std::set<std::string> expected;
  };
  const Case cases[] = {
      {"", 2026, 1, {"period_kind:required"}},
      {"month", 2026, 1, {"period_kind:kind_invalid"}},
      {"quarter", std::nullopt, 1, {"year:required"}},
      {"quarter", 1999, 1, {"year:range"}},
      {"quarter", 2026, std::nullopt, {"quarter:required"}},
      {"quarter", 2026, 5, {"quarter:range"}},
      {"year", 2026, 2, {"quarter:quarter_not_allowed"}},
      {"month", 3000, 9, {"period_kind:kind_invalid", "year:range"}},
  };
  for (const auto& c : cases) {
    auto made = MakePeriod(c.kind, c.year, c.quarter);
    ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(made)) << c.kind;
    EXPECT_EQ(FieldRules(std::get<std::vector<FieldError>>(made)), c.expected) << c.kind;
  }
}

TEST(ReportPeriodRules, APeriodIsReportedFromTheDayAfterItsEnd) {
  const auto q = *PeriodFromKey("2026-Q3");
  EXPECT_TRUE(CheckPeriodEnded(q, D("2026-09-30")).has_value());
  EXPECT_EQ(CheckPeriodEnded(q, D("2026-09-30"))->rule, "period_not_ended");
  EXPECT_FALSE(CheckPeriodEnded(q, D("2026-10-01")).has_value());
}

TEST(ReportPeriodRules, DeadlinesCountFromTheNextDayAndMoveOffRestDays) {
  // 2026-04-15 marked a holiday to see art. 203 move a quarterly deadline.
  const calendar::WorkingCalendar weekends_only;
  const calendar::WorkingCalendar with_holiday(
      {{D("2026-04-15"), calendar::DayKind::kHoliday, "测试"}});
  struct Case {
    const char* key;
    const calendar::WorkingCalendar* cal;
    ReportDeadlineConfig config;
    const char *nominal, *last;
    bool moved;
  };
  const ReportDeadlineConfig defaults;
  const Case cases[] = {
      // Q1 ends 03-31: the 15th day after it is 04-15 (a Wednesday).
      {"2026-Q1", &weekends_only, defaults, "2026-04-15", "2026-04-15", false},
      {"2026-Q1", &with_holiday, defaults, "2026-04-15", "2026-04-16", true},
      {"2026-Q3", &weekends_only, defaults, "2026-10-15", "2026-10-15", false},
      // Q4 2026: 2027-01-15 is a Friday.
      {"2026-Q4", &weekends_only, defaults, "2027-01-15", "2027-01-15", false},
      // The annual report of 2025: 31 January 2026 is a Saturday → Monday 2 February.
      {"2025", &weekends_only, defaults, "2026-01-31", "2026-02-02", true},
      // The annual report of 2026: 2027-01-31 is a Sunday → Monday 1 February.
      {"2026", &weekends_only, defaults, "2027-01-31", "2027-02-01", true},
      // A setting of 10 days: Q2 2026 → 2026-07-10 (a Friday).
      {"2026-Q2", &weekends_only, ReportDeadlineConfig{10, 31}, "2026-07-10", "2026-07-10", false},
  };
  for (const auto& c : cases) {
    const auto d = DeadlineOf(*PeriodFromKey(c.key), c.config, *c.cal);
    EXPECT_EQ(core::FormatIsoDate(d.nominal_last_day), c.nominal) << c.key;
    EXPECT_EQ(core::FormatIsoDate(d.last_day), c.last) << c.key;
    EXPECT_EQ(d.moved, c.moved) << c.key;
    EXPECT_NE(d.source_zh.find("第二百零一条"), std::string::npos);
    // A person reads the source: the setting by its name, never its key.
    EXPECT_EQ(d.source_zh.find("hidden_danger_report_deadlines"), std::string::npos);
    EXPECT_EQ(d.source_en.find("hidden_danger_report_deadlines"), std::string::npos);
    EXPECT_EQ(d.source_zh.find("第二百零三条") != std::string::npos, c.moved) << c.key;
  }
}

TEST(ReportPeriodRules, SubmissionStatus) {
  const auto deadline = D("2026-10-15");
  struct Case {
    std::optional<core::Date> submitted;
    const char* today;
    SubmissionStatus expected;
  };
  const Case cases[] = {
      {D("2026-10-15"), "2026-12-01", SubmissionStatus::kOnTime},  // the last day still counts
      {D("2026-10-02"), "2026-10-03", SubmissionStatus::kOnTime},
      {D("2026-10-16"), "2026-10-16", SubmissionStatus::kLate},
      {std::nullopt, "2026-10-15", SubmissionStatus::kPending},
      {std::nullopt, "2026-10-16", SubmissionStatus::kMissing},
  };
  for (const auto& c : cases)
    EXPECT_EQ(SubmissionStatusOf(c.submitted, D(c.today), deadline), c.expected) << c.today;
  for (auto s : {SubmissionStatus::kOnTime, SubmissionStatus::kLate, SubmissionStatus::kPending,
                 SubmissionStatus::kMissing})
    EXPECT_EQ(ParseSubmissionStatus(SubmissionStatusValue(s)), s);
  EXPECT_FALSE(ParseSubmissionStatus("done"));
}

TEST(ReportPeriodRules, StatesOnlyMoveForward) {
  EXPECT_TRUE(CanEdit(ReportState::kDraft));
  EXPECT_FALSE(CanEdit(ReportState::kSigned));
  EXPECT_FALSE(CanEdit(ReportState::kSubmitted));
  EXPECT_TRUE(CanSign(ReportState::kDraft));
  EXPECT_FALSE(CanSign(ReportState::kSigned));
  EXPECT_FALSE(CanSubmit(ReportState::kDraft));
  EXPECT_TRUE(CanSubmit(ReportState::kSigned));
  EXPECT_FALSE(CanSubmit(ReportState::kSubmitted));
}

TEST(ReportPeriodRules, DeadlineSettingIsValidated) {
  EXPECT_EQ(ReportDeadlineConfigToJson({}), R"({"quarterly_days_after":15,"annual_days_after":31})");
  auto ok = ParseReportDeadlineConfig(R"({"quarterly_days_after":20})");
  ASSERT_TRUE(std::holds_alternative<ReportDeadlineConfig>(ok));
  EXPECT_EQ(std::get<ReportDeadlineConfig>(ok).quarterly_days_after, 20);
  EXPECT_EQ(std::get<ReportDeadlineConfig>(ok).annual_days_after, 31);
  auto bad = ParseReportDeadlineConfig(R"({"quarterly_days_after":0,"annual_days_after":91})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(FieldRules(std::get<std::vector<FieldError>>(bad)),
            (std::set<std::string>{"quarterly_days_after:range", "annual_days_after:range"}));
}

}  // namespace
}  // namespace anjian::hidden_danger_report
