// Table tests of the emergency-plan rules: kinds and states, the review an industry calls for,
// the revision triggers, and the deadlines of 88号令 art. 26 and 35 on the working-day calendar
// (the 2026 Labour Day holiday 05-01…05-05 and its adjusted working Saturday 05-09).
#include "emergency/plans/plan_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::emergency_plans {
namespace {

core::Date D(const char* iso) { return *core::ParseIsoDate(iso); }

calendar::WorkingCalendar LabourDay2026() {
  std::vector<calendar::CalendarDay> days;
  for (const char* d : {"2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"})
    days.push_back({D(d), calendar::DayKind::kHoliday, "劳动节"});
  days.push_back({D("2026-05-09"), calendar::DayKind::kWorkday, "劳动节"});
  return calendar::WorkingCalendar(days);
}

TEST(PlanRules, FilingDeadlineCountsWorkingDaysAcrossAHolidayAndAnAdjustedSaturday) {
  const auto labour = LabourDay2026();
  const calendar::WorkingCalendar weekends_only;
  const PlanConfig defaults;
  struct Case {
    const char* published;
    const calendar::WorkingCalendar* cal;
    std::optional<const char*> submitted;
    const char* today;
    const char* due;
    bool late;
    std::int64_t days_late;
  };
  const Case cases[] = {
      // Friday 04-24: 4 days in April, the holiday skipped, Saturday 05-09 worked → 20th is 05-26.
      {"2026-04-24", &labour, std::nullopt, "2026-05-20", "2026-05-26", false, 0},
      // Without the holiday the 20th working day is Friday 05-22.
      {"2026-04-24", &weekends_only, std::nullopt, "2026-05-20", "2026-05-22", false, 0},
      // Submitted on the last day: on time.
      {"2026-04-24", &labour, "2026-05-26", "2026-06-30", "2026-05-26", false, 0},
      // Submitted three days after it: late by 3 calendar days.
      {"2026-04-24", &labour, "2026-05-29", "2026-06-30", "2026-05-26", true, 3},
      // Not submitted, today five days after: late by 5 and still counting.
      {"2026-04-24", &labour, std::nullopt, "2026-05-31", "2026-05-26", true, 5},
      // Published on a Monday in a plain month: 20 working days = four weeks.
      {"2026-06-01", &weekends_only, std::nullopt, "2026-06-02", "2026-06-29", false, 0},
  };
  for (const auto& c : cases) {
    std::optional<core::Date> sub;
    if (c.submitted) sub = D(*c.submitted);
    const auto d = FilingDeadline(D(c.published), sub, D(c.today), defaults, *c.cal);
    EXPECT_EQ(core::FormatIsoDate(d.due), c.due) << c.published << " " << c.today;
    EXPECT_EQ(d.late, c.late) << c.published << " " << c.today;
    EXPECT_EQ(d.days_late, c.days_late) << c.published << " " << c.today;
    EXPECT_NE(d.source_zh.find("第二十六条"), std::string::npos);
    EXPECT_NE(d.source_zh.find("20个工作日"), std::string::npos);
  }
  // The number is a setting: 10 working days from 04-24 → 05-12 (the Saturday counts).
  PlanConfig ten;
  ten.filing_working_days = 10;
  EXPECT_EQ(core::FormatIsoDate(
                FilingDeadline(D("2026-04-24"), std::nullopt, D("2026-04-24"), ten, labour).due),
            "2026-05-12");
}

TEST(PlanRules, RegulatorCheckWithinFiveWorkingDaysThenDeemedFiled) {
  const auto labour = LabourDay2026();
  const PlanConfig defaults;
  struct Case {
    const char* submitted;
    std::optional<const char*> decided;
    const char* today;
    const char* due;
    bool deemed;
    bool late;
  };
  const Case cases[] = {
      // Wed 04-29: 04-30, (holiday), 05-06, 05-07, 05-08, Saturday 05-09 → due 05-09.
      {"2026-04-29", std::nullopt, "2026-05-09", "2026-05-09", false, false},
      {"2026-04-29", std::nullopt, "2026-05-10", "2026-05-09", true, true},
      {"2026-04-29", "2026-05-08", "2026-05-20", "2026-05-09", false, false},
      // Decided late: not deemed (the regulator answered), but late by 2 days.
      {"2026-04-29", "2026-05-11", "2026-05-20", "2026-05-09", false, true},
  };
  for (const auto& c : cases) {
    std::optional<core::Date> dec;
    if (c.decided) dec = D(*c.decided);
    const auto r = FilingCheckDeadline(D(c.submitted), dec, D(c.today), defaults, labour);
    EXPECT_EQ(core::FormatIsoDate(r.deadline.due), c.due) << c.today;
    EXPECT_EQ(r.deemed_filed, c.deemed) << c.today;
    EXPECT_EQ(r.deadline.late, c.late) << c.today;
    EXPECT_NE(r.deadline.source_zh.find("视为已备案"), std::string::npos);
  }
}

TEST(PlanRules, StandingFiledOrDeemedFiledNotInRevisionEvaluationNotOverdue) {
  const auto labour = LabourDay2026();
  const PlanConfig defaults;
  struct Case {
    const char* status;
    std::optional<const char*> published, pending, evaluated;
    const char* today;
    PlanStanding want;
  };
  const Case cases[] = {
      {"filed", "2026-01-05", std::nullopt, std::nullopt, "2026-05-20", PlanStanding::kCurrent},
      {"bogus", std::nullopt, std::nullopt, std::nullopt, "2026-05-20", PlanStanding::kNoPlan},
      {"draft", std::nullopt, std::nullopt, std::nullopt, "2026-05-20", PlanStanding::kNotPublished},
      {"published", "2026-04-01", std::nullopt, std::nullopt, "2026-05-20", PlanStanding::kNotFiled},
      {"returned", "2026-04-01", std::nullopt, std::nullopt, "2026-05-20", PlanStanding::kNotFiled},
      // Submitted 04-29, the check is due 05-09 (see above): still waiting on 05-09, deemed filed
      // on 05-10 (art. 26).
      {"filing_submitted", "2026-04-20", "2026-04-29", std::nullopt, "2026-05-09",
       PlanStanding::kNotFiled},
      {"filing_submitted", "2026-04-20", "2026-04-29", std::nullopt, "2026-05-10",
       PlanStanding::kCurrent},
      {"revision_required", "2025-04-20", std::nullopt, std::nullopt, "2026-05-10",
       PlanStanding::kRevisionRequired},
      // Evaluation every 3 years: published 2023-05-09 → due 2026-05-09; an evaluation restarts it.
      {"filed", "2023-05-09", std::nullopt, std::nullopt, "2026-05-09", PlanStanding::kCurrent},
      {"filed", "2023-05-09", std::nullopt, std::nullopt, "2026-05-10",
       PlanStanding::kEvaluationOverdue},
      {"filed", "2023-05-09", std::nullopt, "2026-03-01", "2026-05-10", PlanStanding::kCurrent},
  };
  for (const auto& c : cases) {
    PlanStandingFacts f;
    f.status = c.status;
    if (c.published) f.published_on = D(*c.published);
    if (c.pending) f.pending_submitted_on = D(*c.pending);
    if (c.evaluated) f.last_evaluated_on = D(*c.evaluated);
    EXPECT_EQ(StandingOf(f, D(c.today), defaults, labour), c.want)
        << c.status << " " << c.today << " " << PlanStandingValue(c.want);
  }
  EXPECT_EQ(BetterStanding(PlanStanding::kNoPlan, PlanStanding::kCurrent), PlanStanding::kCurrent);
  EXPECT_EQ(BetterStanding(PlanStanding::kNotFiled, PlanStanding::kNotPublished),
            PlanStanding::kNotFiled);
  EXPECT_EQ(BetterStanding(PlanStanding::kRevisionRequired, PlanStanding::kNotFiled),
            PlanStanding::kNotFiled);
  EXPECT_EQ(PlanStandingLabelZh(PlanStanding::kEvaluationOverdue), "综合应急预案评估逾期");
}

TEST(PlanRules, EvaluationEveryThreeYearsFromPublicationOrLastEvaluation) {
  PlanConfig c;  // 3 years, due soon 90 days ahead
  struct Case {
    const char* published;
    std::optional<const char*> evaluated;
    const char* today;
    const char* due;
    bool soon, late;
  };
  const Case cases[] = {
      {"2024-03-15", std::nullopt, "2026-12-01", "2027-03-15", false, false},
      {"2024-03-15", std::nullopt, "2026-12-15", "2027-03-15", true, false},  // 90 days ahead
      {"2023-03-15", std::nullopt, "2026-12-01", "2026-03-15", true, true},
      // A later evaluation restarts the period.
      {"2023-03-15", "2025-06-30", "2026-12-01", "2028-06-30", false, false},
      // An evaluation dated before the publication does not.
      {"2024-03-15", "2023-01-01", "2026-12-01", "2027-03-15", false, false},
      // 29 February → 28 February.
      {"2024-02-29", std::nullopt, "2026-01-01", "2027-02-28", false, false},
  };
  for (const auto& k : cases) {
    std::optional<core::Date> ev;
    if (k.evaluated) ev = D(*k.evaluated);
    const auto e = EvaluationDeadline(D(k.published), ev, D(k.today), c);
    EXPECT_EQ(core::FormatIsoDate(e.deadline.due), k.due) << k.published;
    EXPECT_EQ(e.due_soon, k.soon) << k.published << " " << k.today;
    EXPECT_EQ(e.deadline.late, k.late) << k.published << " " << k.today;
    EXPECT_NE(e.deadline.source_zh.find("第三十五条"), std::string::npos);
  }
}

TEST(PlanRules, TransitionsByState) {
  struct Case {
    PlanStatus s;
    bool version, review, publish, submit, decide, evaluate, edit;
  };
  const Case cases[] = {
      {PlanStatus::kDraft, true, true, true, false, false, false, true},
      {PlanStatus::kPublished, true, false, false, true, false, true, false},
      {PlanStatus::kFilingSubmitted, false, false, false, false, true, true, false},
      {PlanStatus::kReturned, true, false, false, true, false, true, false},
      {PlanStatus::kFiled, false, false, false, false, false, true, false},
      {PlanStatus::kRevisionRequired, true, false, false, false, false, false, false},
  };
  for (const auto& c : cases) {
    const auto name = PlanStatusValue(c.s);
    EXPECT_EQ(CanAddVersion(c.s), c.version) << name;
    EXPECT_EQ(CanReview(c.s), c.review) << name;
    EXPECT_EQ(CanPublish(c.s), c.publish) << name;
    EXPECT_EQ(CanSubmitFiling(c.s), c.submit) << name;
    EXPECT_EQ(CanDecideFiling(c.s), c.decide) << name;
    EXPECT_EQ(CanEvaluate(c.s), c.evaluate) << name;
    EXPECT_EQ(CanEdit(c.s), c.edit) << name;
    EXPECT_EQ(ParsePlanStatus(name), c.s);
  }
  EXPECT_EQ(ParsePlanStatus("archived"), std::nullopt);
}

TEST(PlanRules, SixRevisionTriggersOfArticle36) {
  ASSERT_EQ(AllRevisionCauses().size(), 6u);
  const char* values[] = {"law_changed",       "command_changed",   "risks_changed",
                          "resources_changed", "drill_or_response", "unit_decision"};
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(RevisionCauseValue(AllRevisionCauses()[i]), values[i]);
    EXPECT_EQ(ParseRevisionCause(values[i]), AllRevisionCauses()[i]);
    EXPECT_FALSE(RevisionCauseLabelZh(AllRevisionCauses()[i]).empty());
    EXPECT_FALSE(RevisionCauseLabelEn(AllRevisionCauses()[i]).empty());
  }
  EXPECT_EQ(ParseRevisionCause("whim"), std::nullopt);
  for (const char* k : {"drill", "response", "enterprise", "evaluation", "manual"})
    EXPECT_TRUE(IsRevisionSourceKind(k)) << k;
  EXPECT_FALSE(IsRevisionSourceKind("rumour"));
  auto [en, zh] = RevisionCauseLists();
  EXPECT_NE(en.find("drill_or_response"), std::string::npos);
  EXPECT_NE(zh.find("演练"), std::string::npos);
}

TEST(PlanRules, ReviewForExplosivesAndChemicalsDemonstrationOtherwise) {
  const std::pair<const char*, ReviewKind> cases[] = {
      {"civil_explosives_production", ReviewKind::kReview},
      {"civil_explosives_sales", ReviewKind::kReview},
      {"hazardous_chemicals", ReviewKind::kReview},
      {"civil_aircraft", ReviewKind::kDemonstration},
      {"civil_ship", ReviewKind::kDemonstration},
      {"general", ReviewKind::kDemonstration},
  };
  for (const auto& [industry, kind] : cases)
    EXPECT_EQ(ReviewKindForIndustry(industry), kind) << industry;
  EXPECT_EQ(ReviewKindLabelZh(ReviewKind::kReview), "评审");
  EXPECT_EQ(ReviewKindLabelZh(ReviewKind::kDemonstration), "论证");
}

TEST(PlanRules, KindsConfigAndFilingNumber) {
  EXPECT_EQ(ParsePlanKind("onsite"), PlanKind::kOnsite);
  EXPECT_EQ(PlanKindLabelZh(PlanKind::kSpecial), "专项应急预案");
  EXPECT_EQ(ParsePlanKind("other"), std::nullopt);
  EXPECT_EQ(PlanConfigToJson(PlanConfig{}),
            R"({"filing_working_days":20,"check_working_days":5,"evaluation_years":3,"evaluation_warning_days":90})");
  auto ok = ParsePlanConfig(R"({"filing_working_days":15})");
  ASSERT_TRUE(std::holds_alternative<PlanConfig>(ok));
  EXPECT_EQ(std::get<PlanConfig>(ok).filing_working_days, 15);
  EXPECT_EQ(std::get<PlanConfig>(ok).check_working_days, 5);
  auto bad = ParsePlanConfig(R"({"filing_working_days":0,"evaluation_years":11})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(std::get<std::vector<FieldError>>(bad).size(), 2u);
  EXPECT_EQ(FilingNumber("370811", 2026, 7), "370811-2026-0007");
  EXPECT_EQ(FilingNumber("370800", 2027, 12345), "370800-2027-12345");
  EXPECT_EQ(core::FormatIsoDate(AddYears(D("2024-02-29"), 1)), "2025-02-28");
  EXPECT_EQ(core::FormatIsoDate(AddYears(D("2024-02-29"), 4)), "2028-02-29");
}

}  // namespace
}  // namespace anjian::emergency_plans
