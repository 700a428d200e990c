// The investigation: who leads and who may record it by grade (art. 19), the report deadline of
// 60 days plus an extension of at most 60 (art. 29), the approval within 15 days or 30 for 特别重大
// (art. 32), each counted from the next day to 24:00 of the last day, and the record's date rules.
#include "emergency/accidents/accident_investigation_rules.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"

namespace anjian::accidents {
namespace {

std::int64_t T(const char* iso) { return core::UnixFromIso(iso); }
std::string S(std::int64_t t) { return core::IsoFromUnix(t); }

// 10:00 China time on 5 March 2026.
constexpr const char* kOccurred = "2026-03-05T02:00:00Z";

TEST(AccidentInvestigationRules, LeaderAndRecordingLevelByGrade) {
  struct Case {
    Grade grade;
    const char* leader;
    bool county, city, province;
  } cases[] = {
      {Grade::kOrdinary, "county", true, true, true},
      {Grade::kLarge, "city", false, true, true},
      {Grade::kSerious, "province", false, false, true},
      {Grade::kEspeciallySerious, "state_council", false, false, true},
  };
  for (const auto& c : cases) {
    const auto plan = InvestigationOf(c.grade, T(kOccurred), 0, std::nullopt, {});
    EXPECT_EQ(plan.leader, c.leader);
    EXPECT_EQ(MayRecordInvestigation(plan.leader, "county"), c.county) << c.leader;
    EXPECT_EQ(MayRecordInvestigation(plan.leader, "city"), c.city) << c.leader;
    EXPECT_EQ(MayRecordInvestigation(plan.leader, "province"), c.province) << c.leader;
    EXPECT_FALSE(MayRecordInvestigation(plan.leader, "enterprise"));
  }
}

TEST(AccidentInvestigationRules, ReportDeadlineSixtyDaysPlusExtension) {
  struct Case {
    std::int64_t extension;
    const char* due;  // 24:00 China time of accident day + 60 (+ extension) = 16:00 UTC the day before
  } cases[] = {
      {0, "2026-05-04T16:00:00Z"},   // 5 March + 60 days = 4 May, ends 24:00 → 5 May 00:00 CST
      {30, "2026-06-03T16:00:00Z"},
      {60, "2026-07-03T16:00:00Z"},  // the longest: 120 days
  };
  for (const auto& c : cases) {
    auto d = EvaluateInvestigation(Grade::kLarge, T(kOccurred), c.extension, "", "", {},
                                   T("2026-03-10T02:00:00Z"));
    EXPECT_EQ(S(d.report.due_at), c.due) << c.extension;
    EXPECT_EQ(d.report.status, "pending");
    EXPECT_FALSE(d.approval);
  }
}

TEST(AccidentInvestigationRules, ReportOnTimeLateAndOverdue) {
  struct Case {
    const char *submitted, *now, *status;
    std::int64_t late_days;
  } cases[] = {
      {"2026-05-04", "2026-05-04T10:00:00Z", "done", 0},       // the last day itself
      {"2026-05-05", "2026-05-05T10:00:00Z", "late_done", 1},  // the day after
      {"2026-05-14", "2026-05-14T10:00:00Z", "late_done", 10},
      {"", "2026-05-04T15:59:59Z", "pending", 0},              // 23:59:59 of the last day
      {"", "2026-05-04T16:00:01Z", "overdue", 1},
      {"", "2026-05-06T16:00:01Z", "overdue", 3},
  };
  for (const auto& c : cases) {
    auto d = EvaluateInvestigation(Grade::kOrdinary, T(kOccurred), 0, c.submitted, "", {}, T(c.now));
    EXPECT_EQ(d.report.status, c.status) << c.submitted << " " << c.now;
    EXPECT_EQ(d.report.late_days, c.late_days) << c.submitted << " " << c.now;
  }
}

TEST(AccidentInvestigationRules, ApprovalFifteenDaysOrThirtyForEspeciallySerious) {
  struct Case {
    Grade grade;
    const char *approved, *due, *status;
  } cases[] = {
      {Grade::kOrdinary, "", "2026-04-25T16:00:00Z", "pending"},  // report 10 April + 15 days
      {Grade::kSerious, "2026-04-25", "2026-04-25T16:00:00Z", "done"},
      {Grade::kLarge, "2026-04-26", "2026-04-25T16:00:00Z", "late_done"},
      {Grade::kEspeciallySerious, "2026-05-10", "2026-05-10T16:00:00Z", "done"},  // + 30 days
  };
  for (const auto& c : cases) {
    auto d = EvaluateInvestigation(c.grade, T(kOccurred), 0, "2026-04-10", c.approved, {},
                                   T("2026-04-12T02:00:00Z"));
    ASSERT_TRUE(d.approval);
    EXPECT_EQ(S(d.approval->due_at), c.due) << c.approved;
    EXPECT_EQ(d.approval->status, c.status) << c.approved;
    EXPECT_EQ(d.report.status, "done");
  }
}

TEST(AccidentInvestigationRules, RecordRulesNameTheField) {
  const AccidentReportingConfig c;
  const std::int64_t now = T("2026-04-20T02:00:00Z");
  struct Case {
    InvestigationDates d;
    const char *field, *rule;  // nullptr: valid
  } cases[] = {
      {{0, "", "2026-03-05", "", ""}, nullptr, nullptr},
      {{60, "技术鉴定", "2026-03-06", "2026-04-19", "2026-04-20"}, nullptr, nullptr},
      {{61, "技术鉴定", "2026-03-06", "", ""}, "extension_days", "investigation_extension_too_long"},
      {{-1, "", "2026-03-06", "", ""}, "extension_days", "investigation_extension_too_long"},
      {{10, "", "2026-03-06", "", ""}, "extension_reason", "required"},
      {{0, "", "", "", ""}, "started_on", "required"},
      {{0, "", "2026-3-6", "", ""}, "started_on", "date_invalid"},
      {{0, "", "2026-03-04", "", ""}, "started_on", "investigation_date_before_accident"},
      {{0, "", "2026-03-06", "2026-04-21", ""}, "report_submitted_on", "investigation_date_future"},
      {{0, "", "2026-03-06", "", "2026-04-10"}, "approved_on", "investigation_approval_needs_report"},
      {{0, "", "2026-03-06", "2026-04-10", "2026-04-09"}, "approved_on",
       "investigation_approval_before_report"},
  };
  for (const auto& k : cases) {
    auto errors = CheckInvestigation(k.d, T(kOccurred), c, now);
    if (!k.field) {
      EXPECT_TRUE(errors.empty()) << k.d.started_on << " " << errors.front().field;
      continue;
    }
    ASSERT_EQ(errors.size(), 1u) << k.field;
    EXPECT_EQ(errors[0].field, k.field);
    EXPECT_EQ(errors[0].rule, k.rule);
  }
}

TEST(AccidentInvestigationRules, FindingKinds) {
  for (auto k : kFindingKinds) EXPECT_TRUE(IsFindingKind(k));
  EXPECT_FALSE(IsFindingKind(""));
  EXPECT_FALSE(IsFindingKind("cause"));
}

}  // namespace
}  // namespace anjian::accidents
