// Licence rules: status as of a day, transitions, validity (art. 9), renewal window (art. 9), the
// art. 7 decision period counted as the law counts days, reminders, working hours, the setting,
// and the art. 6 conditions checklist computed from facts.
#include "licensing/licences/licence_rules.hpp"

#include <gtest/gtest.h>

#include "licensing/licences/licence_condition_rules.hpp"

namespace anjian::licences {
namespace {

core::Date D(const char* s) { return *core::ParseIsoDate(s); }

TEST(LicenceRules, StatusOnADay) {
  struct Row {
    LicenceStatus stored;
    const char* valid_to;
    const char* day;
    LicenceStatus expect;
  };
  const Row rows[] = {
      {LicenceStatus::kValid, "2026-12-31", "2026-12-31", LicenceStatus::kValid},  // last day counts
      {LicenceStatus::kValid, "2026-12-31", "2027-01-01", LicenceStatus::kExpired},
      {LicenceStatus::kSuspended, "2026-12-31", "2026-06-01", LicenceStatus::kSuspended},
      {LicenceStatus::kSuspended, "2026-12-31", "2027-01-01", LicenceStatus::kExpired},
      {LicenceStatus::kRevoked, "2026-12-31", "2027-05-01", LicenceStatus::kRevoked},
      {LicenceStatus::kRevoked, "2026-12-31", "2026-05-01", LicenceStatus::kRevoked},
  };
  for (const auto& r : rows)
    EXPECT_EQ(StatusOn(r.stored, D(r.valid_to), D(r.day)), r.expect) << r.valid_to << " " << r.day;
}

TEST(LicenceRules, Transitions) {
  EXPECT_TRUE(CanSuspend(LicenceStatus::kValid));
  EXPECT_FALSE(CanSuspend(LicenceStatus::kSuspended));
  EXPECT_FALSE(CanSuspend(LicenceStatus::kExpired));
  EXPECT_TRUE(CanReinstate(LicenceStatus::kSuspended));
  EXPECT_FALSE(CanReinstate(LicenceStatus::kRevoked));
  EXPECT_FALSE(CanReinstate(LicenceStatus::kValid));
  EXPECT_TRUE(CanRevoke(LicenceStatus::kValid));
  EXPECT_TRUE(CanRevoke(LicenceStatus::kSuspended));
  EXPECT_FALSE(CanRevoke(LicenceStatus::kRevoked));
  EXPECT_FALSE(CanRevoke(LicenceStatus::kExpired));
}

TEST(LicenceRules, ValidityIsThreeYearsLessADay) {
  LicenceConfig c;
  EXPECT_EQ(ValidTo(D("2026-01-01"), c), D("2028-12-31"));
  EXPECT_EQ(ValidTo(D("2024-02-29"), c), D("2027-02-27"));  // 29 Feb → 28 Feb, less a day
  c.validity_years = 5;
  EXPECT_EQ(ValidTo(D("2026-03-15"), c), D("2031-03-14"));
}

TEST(LicenceRules, RenewalWindowOpensThreeMonthsBeforeExpiry) {
  LicenceConfig c;
  struct Row {
    const char* valid_to;
    const char* today;
    bool open, early, late;
  };
  const Row rows[] = {
      {"2027-03-31", "2026-12-30", false, true, false},
      {"2027-03-31", "2026-12-31", true, false, false},  // 31 Mar − 3 months = 31 Dec
      {"2027-03-31", "2027-03-31", true, false, false},
      {"2027-03-31", "2027-04-01", false, false, true},
      {"2027-05-31", "2027-02-28", true, false, false},  // 31 May − 3 months = 28 Feb (clamped)
      {"2027-05-31", "2027-02-27", false, true, false},
  };
  for (const auto& r : rows) {
    const auto w = RenewalWindowOf(D(r.valid_to), D(r.today), c);
    EXPECT_EQ(w.open, r.open) << r.valid_to << " " << r.today;
    EXPECT_EQ(w.early, r.early) << r.valid_to << " " << r.today;
    EXPECT_EQ(w.late, r.late) << r.valid_to << " " << r.today;
    EXPECT_NE(w.source_zh.find("第九条"), std::string::npos);
  }
}

TEST(LicenceRules, DecisionWithin45DaysCountedAsTheLawCounts) {
  LicenceConfig c;
  calendar::WorkingCalendar none;
  // Submitted Monday 2026-11-02: day 1 is 11-03, day 45 is 12-17 (a Thursday).
  auto d = DecisionDeadlineOf(D("2026-11-02"), std::nullopt, D("2026-12-07"), c, none);
  EXPECT_EQ(d.due, D("2026-12-17"));
  EXPECT_FALSE(d.moved);
  EXPECT_EQ(d.days_left, 10);
  EXPECT_FALSE(d.overdue);
  EXPECT_NE(d.source_zh.find("第七条"), std::string::npos);
  // The 45th day on a Saturday (2026-12-19) moves to Monday 12-21 (民法典 art. 203).
  d = DecisionDeadlineOf(D("2026-11-04"), std::nullopt, D("2026-12-22"), c, none);
  EXPECT_EQ(d.due, D("2026-12-21"));
  EXPECT_TRUE(d.moved);
  EXPECT_TRUE(d.overdue);
  // Decided: never overdue.
  d = DecisionDeadlineOf(D("2026-11-04"), D("2026-12-01"), D("2026-12-22"), c, none);
  EXPECT_FALSE(d.overdue);
  // A holiday on the last day moves it past the holiday.
  calendar::WorkingCalendar cal({{D("2026-12-17"), calendar::DayKind::kHoliday, "test"}});
  d = DecisionDeadlineOf(D("2026-11-02"), std::nullopt, D("2026-12-07"), c, cal);
  EXPECT_EQ(d.due, D("2026-12-18"));
}

TEST(LicenceRules, WithoutReviewOnlyWithoutFatalAccident) {
  EXPECT_TRUE(WithoutReviewOf(0).eligible);
  EXPECT_FALSE(WithoutReviewOf(1).eligible);
  EXPECT_EQ(WithoutReviewOf(2).fatal_accidents, 2);
  EXPECT_NE(WithoutReviewOf(0).source_zh.find("未发生死亡事故"), std::string::npos);
}

TEST(LicenceRules, RemindersAt90_30_7Days) {
  LicenceConfig c;
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(RemindersDue(D("2027-03-31"), D("2026-12-30"), c), V{});  // 91 days
  EXPECT_EQ(RemindersDue(D("2027-03-31"), D("2026-12-31"), c), V{90});
  EXPECT_EQ(RemindersDue(D("2027-03-31"), D("2027-03-01"), c), V({90, 30}));
  EXPECT_EQ(RemindersDue(D("2027-03-31"), D("2027-03-24"), c), V({90, 30, 7}));
  EXPECT_EQ(RemindersDue(D("2027-03-31"), D("2027-03-31"), c), V({90, 30, 7}));
  EXPECT_EQ(RemindersDue(D("2027-03-31"), D("2027-04-01"), c), V{});  // expired: the sweep's
}

TEST(LicenceRules, WorkingHours) {
  WorkingHours day{"12345", "08:00", "17:30"};
  EXPECT_TRUE(CheckWorkingHours(day, "").empty());
  const auto mon = D("2026-12-07"), sat = D("2026-12-12");
  EXPECT_TRUE(WithinWorkingHours(day, mon, 8 * 60));
  EXPECT_FALSE(WithinWorkingHours(day, mon, 17 * 60 + 30));  // the end is excluded
  EXPECT_FALSE(WithinWorkingHours(day, mon, 7 * 60 + 59));
  EXPECT_FALSE(WithinWorkingHours(day, sat, 9 * 60));
  WorkingHours night{"5", "22:00", "06:00"};  // Friday night into Saturday
  EXPECT_TRUE(WithinWorkingHours(night, D("2026-12-11"), 23 * 60));
  EXPECT_TRUE(WithinWorkingHours(night, D("2026-12-12"), 5 * 60));   // Saturday 05:00: Friday's night
  EXPECT_FALSE(WithinWorkingHours(night, D("2026-12-11"), 5 * 60));  // Friday 05:00: Thursday's night
  EXPECT_TRUE(WithinWorkingHours(WorkingHours{}, sat, 3 * 60));
  EXPECT_EQ(CheckWorkingHours({"1289", "", ""}, "").size(), 1u);
  EXPECT_EQ(CheckWorkingHours({"11", "", ""}, "").size(), 1u);
  EXPECT_EQ(CheckWorkingHours({"", "24:00", "08:00"}, "scope.").at(0).field, "scope.work_from");
  EXPECT_EQ(CheckWorkingHours({"", "08:00", ""}, "").at(0).field, "work_to");
}

TEST(LicenceRules, SettingRoundTripAndRefusals) {
  LicenceConfig c;
  auto json = LicenceConfigToJson(c);
  auto parsed = ParseLicenceConfig(json);
  ASSERT_TRUE(std::holds_alternative<LicenceConfig>(parsed));
  EXPECT_EQ(LicenceConfigToJson(std::get<LicenceConfig>(parsed)), json);
  EXPECT_EQ(AllKinds(c).size(), 4u);
  EXPECT_NE(FindKind(AllKinds(c), "hazardous_chemicals_trading"), nullptr);
  auto bad = ParseLicenceConfig(
      R"({"validity_years":0,"reminder_days":[0],"other_kinds":[{"code":"safety_production","label_zh":"x","label_en":"x"}],"x":1})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  const auto& errors = std::get<std::vector<FieldError>>(bad);
  ASSERT_EQ(errors.size(), 1u);  // unknown field first; values validated once the shape is right
  EXPECT_EQ(errors[0].field, "x");
  bad = ParseLicenceConfig(
      R"({"validity_years":0,"reminder_days":[0],"other_kinds":[{"code":"safety_production","label_zh":"x","label_en":""}]})");
  const auto& e2 = std::get<std::vector<FieldError>>(bad);
  std::vector<std::string> fields;
  for (const auto& e : e2) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"validity_years", "reminder_days[0]",
                                              "other_kinds[0].code", "other_kinds[0].label_en"}));
  auto sorted = std::get<LicenceConfig>(ParseLicenceConfig(R"({"reminder_days":[7,90,30,30]})"));
  EXPECT_EQ(sorted.reminder_days, (std::vector<std::int64_t>{90, 30, 7}));
}

LicenceConditionFacts Good() {
  LicenceConditionFacts f;
  f.today = D("2026-12-07");
  f.enterprise_id = 5;
  f.has_safety_department = true;
  f.full_time_safety_staff = 2;
  f.plans.push_back({{"emergency_plan", 11, "综合应急预案", ""}, "filed", D("2028-05-01")});
  f.latest_evaluation = EvaluationFact{{"safety_evaluation", 3, "山东安评 2026-03-01", ""},
                                       D("2026-03-01"), D("2029-02-28"), true};
  return f;
}

std::vector<std::string> FailedIds(const LicenceConditionFacts& f) {
  std::vector<std::string> ids;
  for (const auto& c : EvaluateConditions(f)) ids.push_back(c.id);
  return ids;
}

TEST(LicenceConditionRules, AllMetWhenTheDataSaysSo) {
  const auto f = Good();
  EXPECT_TRUE(EvaluateConditions(f).empty());
  const auto all = Checklist(f);
  ASSERT_EQ(all.size(), 6u);
  for (const auto& c : all) {
    EXPECT_TRUE(c.passed) << c.id;
    EXPECT_FALSE(c.source_zh.empty()) << c.id;
    EXPECT_FALSE(c.label_en.empty()) << c.id;
  }
}

TEST(LicenceConditionRules, EachFactFailsItsOwnCondition) {
  using V = std::vector<std::string>;
  struct Row {
    const char* name;
    void (*change)(LicenceConditionFacts&);
    V failed;
  };
  const Row rows[] = {
      {"no department", [](auto& f) { f.has_safety_department = false; }, V{"safety_department"}},
      {"no full-time staff", [](auto& f) { f.full_time_safety_staff = 0; }, V{"safety_department"}},
      {"principal unexamined",
       [](auto& f) { f.examination_gaps.push_back({"person", 8, "张三", "任职超过6个月未考核"}); },
       V{"people_examined"}},
      {"no plan", [](auto& f) { f.plans.clear(); }, V{"emergency_plan"}},
      {"plan revision required", [](auto& f) { f.plans[0].status = "revision_required"; },
       V{"emergency_plan"}},
      {"plan only published", [](auto& f) { f.plans[0].status = "published"; }, V{"emergency_plan"}},
      {"plan evaluation overdue", [](auto& f) { f.plans[0].evaluation_due = D("2026-12-06"); },
       V{"emergency_plan"}},
      {"plan evaluation due today", [](auto& f) { f.plans[0].evaluation_due = D("2026-12-07"); }, V{}},
      {"second plan current",
       [](auto& f) {
         f.plans[0].status = "returned";
         f.plans.push_back({{"emergency_plan", 12, "专项", ""}, "filed", std::nullopt});
       },
       V{}},
      {"no evaluation", [](auto& f) { f.latest_evaluation.reset(); }, V{"safety_evaluation"}},
      {"evaluation failed", [](auto& f) { f.latest_evaluation->passed = false; },
       V{"safety_evaluation"}},
      {"evaluation lapsed", [](auto& f) { f.latest_evaluation->valid_until = D("2026-12-06"); },
       V{"safety_evaluation"}},
      {"evaluation last day", [](auto& f) { f.latest_evaluation->valid_until = D("2026-12-07"); }, V{}},
      {"open major hidden danger",
       [](auto& f) { f.open_major_hidden_dangers.push_back({"hidden_danger", 77, "YH-1", ""}); },
       V{"no_major_hidden_danger"}},
      {"listed", [](auto& f) { f.dishonesty_listings.push_back({"dishonesty_listing", 4, "L-4", ""}); },
       V{"not_dishonest"}},
      {"everything",
       [](auto& f) {
         f.has_safety_department = false;
         f.examination_gaps.push_back({"person", 8, "张三", ""});
         f.plans.clear();
         f.latest_evaluation.reset();
         f.open_major_hidden_dangers.push_back({"hidden_danger", 77, "YH-1", ""});
         f.dishonesty_listings.push_back({"dishonesty_listing", 4, "L-4", ""});
       },
       V{"safety_department", "people_examined", "emergency_plan", "safety_evaluation",
         "no_major_hidden_danger", "not_dishonest"}},
  };
  for (const auto& r : rows) {
    auto f = Good();
    r.change(f);
    EXPECT_EQ(FailedIds(f), r.failed) << r.name;
  }
}

TEST(LicenceConditionRules, AFailedConditionNamesItsRecords) {
  auto f = Good();
  f.open_major_hidden_dangers.push_back({"hidden_danger", 77, "YH-2026-0077", ""});
  f.plans[0].status = "revision_required";
  const auto failed = EvaluateConditions(f);
  ASSERT_EQ(failed.size(), 2u);
  EXPECT_EQ(failed[0].id, "emergency_plan");
  ASSERT_EQ(failed[0].records.size(), 1u);
  EXPECT_EQ(failed[0].records[0].id, 11);
  EXPECT_EQ(failed[0].records[0].problem, "需修订");
  EXPECT_EQ(failed[1].records.at(0).kind, "hidden_danger");
  EXPECT_EQ(failed[1].records.at(0).label, "YH-2026-0077");
  EXPECT_EQ(failed[1].records.at(0).problem, "重大隐患未整改");
  EXPECT_NE(FailedLabelsZh(failed).find("无未整改的重大事故隐患"), std::string::npos);
  // No evaluation at all: the enterprise itself is the record (link to record one).
  f = Good();
  f.latest_evaluation.reset();
  EXPECT_EQ(EvaluateConditions(f).at(0).records.at(0).kind, "enterprise");
  EXPECT_EQ(EvaluateConditions(f).at(0).records.at(0).id, 5);
}

}  // namespace
}  // namespace anjian::licences
