// Drill frequency (88号令 art. 33, 应急条例 art. 8, 山东省安全生产条例 art. 63): each regime from the
// industry, half-year windows across year ends (the last day moved off a rest day, 民法典 art.
// 203), the 2-year rule for each special plan, days late, and the setting's validation.
#include "emergency/drills/drill_frequency_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::drills {
namespace {

core::Date D(const char* s) { return *core::ParseIsoDate(s); }

// 2029-01-01 (元旦, a Monday) is a holiday; 2028-12-31 is a Sunday.
calendar::WorkingCalendar Cal() {
  return calendar::WorkingCalendar(
      {{D("2029-01-01"), calendar::DayKind::kHoliday, "元旦"},
       {D("2028-10-02"), calendar::DayKind::kHoliday, "国庆节"}});
}

const Obligation* Find(const Compliance& c, const std::string& rule, std::optional<int64_t> plan,
                       const char* window_start) {
  for (const auto& o : c.items)
    if (o.rule == rule && o.plan_id == plan && o.window_start == D(window_start)) return &o;
  return nullptr;
}

TEST(DrillFrequencyRules, RegimeFollowsIndustryAndSetting) {
  DrillFrequencyConfig shandong;
  DrillFrequencyConfig national;
  national.shandong_rules = 0;
  struct Row {
    const char* industry;
    Regime shandong, national;
    bool report;
  };
  const Row rows[] = {
      {"civil_explosives_production", Regime::kShandongHighRisk, Regime::kNationalHazardous, true},
      {"civil_explosives_sales", Regime::kShandongHighRisk, Regime::kNationalHazardous, true},
      {"hazardous_chemicals", Regime::kShandongHighRisk, Regime::kNationalHazardous, true},
      {"general", Regime::kShandongOther, Regime::kNational, false},
      {"civil_ship", Regime::kShandongOther, Regime::kNational, false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(RegimeOf(r.industry, shandong), r.shandong) << r.industry;
    EXPECT_EQ(RegimeOf(r.industry, national), r.national) << r.industry;
    EXPECT_EQ(ReportRequired(r.industry, shandong), r.report) << r.industry;
  }
  DrillFrequencyConfig no_report;
  no_report.hazardous_report_required = 0;
  EXPECT_FALSE(ReportRequired("hazardous_chemicals", no_report));
}

TEST(DrillFrequencyRules, EachRegimeListsItsRequirementsWithSources) {
  DrillFrequencyConfig c;
  struct Row {
    Regime regime;
    std::vector<std::pair<std::string, int64_t>> rules;
    const char* source;
  };
  const Row rows[] = {
      {Regime::kShandongHighRisk, {{"general", 6}, {"special_each", 24}, {"onsite_each", 6}},
       "第六十三条"},
      {Regime::kShandongOther, {{"general", 12}, {"special_each", 36}, {"onsite_each", 12}},
       "第六十三条"},
      {Regime::kNationalHazardous, {{"general", 12}, {"onsite_any", 6}, {"any_drill", 6}},
       "第三十三条"},
      {Regime::kNational, {{"general", 12}, {"onsite_any", 6}}, "第三十三条"},
  };
  for (const auto& r : rows) {
    auto reqs = RequirementsOf(r.regime, c);
    ASSERT_EQ(reqs.size(), r.rules.size()) << RegimeValue(r.regime);
    for (size_t i = 0; i < reqs.size(); ++i) {
      EXPECT_EQ(reqs[i].rule, r.rules[i].first);
      EXPECT_EQ(reqs[i].months, r.rules[i].second);
      EXPECT_EQ(reqs[i].rolling, r.rules[i].second > 12);
      EXPECT_NE(reqs[i].source_zh.find(i == 2 && r.regime == Regime::kNationalHazardous
                                           ? "第八条"
                                           : r.source),
                std::string::npos)
          << reqs[i].rule;
      EXPECT_FALSE(reqs[i].text_zh.empty());
    }
  }
  EXPECT_EQ(RequirementsOf(Regime::kShandongHighRisk, c)[0].text_zh,
            "综合或专项应急预案每半年至少演练一次");
}

// A 民爆 enterprise under Shandong art. 63 in 2028: one comprehensive, one special, two on-site
// plans in force since 2027; on-site plan 4 never drilled.
TEST(DrillFrequencyRules, ShandongHighRiskYearWithHalfYearWindows) {
  const std::vector<PlanRef> plans{{1, "comprehensive", "综合预案", D("2027-01-01")},
                                   {2, "special", "火灾专项", D("2027-01-01")},
                                   {3, "onsite", "装药工房处置", D("2027-01-01")},
                                   {4, "onsite", "库房处置", D("2027-01-01")}};
  const std::vector<DrillRef> drills{{10, D("2028-03-10"), {1, 3}}, {11, D("2028-09-05"), {2, 3}}};
  auto c = ComplianceOf("civil_explosives_production", plans, drills, 2028, D("2029-01-20"),
                        DrillFrequencyConfig{}, Cal());
  EXPECT_EQ(c.regime, Regime::kShandongHighRisk);
  struct Row {
    const char* rule;
    std::optional<int64_t> plan;
    const char* start;
    const char* end;
    const char* due;
    const char* status;
    std::optional<int64_t> drill;
    int64_t days_late;
  };
  const Row rows[] = {
      {"general", std::nullopt, "2028-01-01", "2028-06-30", "2028-06-30", "done", 10, 0},
      // 31 Dec 2028 is a Sunday and 1 Jan 2029 a holiday: due on 2 Jan 2029.
      {"general", std::nullopt, "2028-07-01", "2028-12-31", "2029-01-02", "done", 11, 0},
      {"onsite_each", 3, "2028-01-01", "2028-06-30", "2028-06-30", "done", 10, 0},
      {"onsite_each", 3, "2028-07-01", "2028-12-31", "2029-01-02", "done", 11, 0},
      {"onsite_each", 4, "2028-01-01", "2028-06-30", "2028-06-30", "late", std::nullopt, 204},
      {"onsite_each", 4, "2028-07-01", "2028-12-31", "2029-01-02", "late", std::nullopt, 18},
      // Each special plan within 2 years, from its publication, then from its last drill.
      {"special_each", 2, "2027-01-01", "2028-12-31", "2029-01-02", "done", 11, 0},
      {"special_each", 2, "2028-09-05", "2030-09-04", "2030-09-04", "due", std::nullopt, 0},
  };
  for (const auto& r : rows) {
    const auto* o = Find(c, r.rule, r.plan, r.start);
    ASSERT_NE(o, nullptr) << r.rule << " " << r.start;
    EXPECT_EQ(o->window_end, D(r.end)) << r.rule << " " << r.start;
    EXPECT_EQ(o->due, D(r.due)) << r.rule << " " << r.start;
    EXPECT_EQ(o->status, r.status) << r.rule << " " << r.start;
    EXPECT_EQ(o->drill_id, r.drill) << r.rule << " " << r.start;
    EXPECT_EQ(o->days_late, r.days_late) << r.rule << " " << r.start;
  }
  EXPECT_EQ(c.items.size(), std::size(rows));
  EXPECT_EQ(c.late, 2);
  EXPECT_EQ(c.max_days_late, 204);
  EXPECT_EQ(c.done, 5);
  EXPECT_EQ(c.due, 1);
}

// The second half-year's window ends on a Sunday before a holiday: a drill on 2 Jan meets it,
// one on 5 Jan is 3 days late; none at all is late from 3 Jan, counted to today.
TEST(DrillFrequencyRules, HalfYearWindowAcrossTheYearEnd) {
  const std::vector<PlanRef> plans{{1, "comprehensive", "综合预案", D("2028-01-01")}};
  struct Row {
    std::vector<DrillRef> drills;
    const char* today;
    const char* status;
    int64_t days_late, days_left;
  };
  const Row rows[] = {
      {{{5, D("2029-01-02"), {1}}}, "2029-01-20", "done", 0, 0},
      {{{5, D("2029-01-05"), {1}}}, "2029-01-20", "done_late", 3, 0},
      {{}, "2029-01-20", "late", 18, 0},
      {{}, "2029-01-02", "due", 0, 0},
      {{}, "2028-12-20", "due", 0, 13},
      {{}, "2028-05-01", "upcoming", 0, 246},
      {{{5, D("2028-07-01"), {1}}}, "2028-07-01", "done", 0, 0},
      {{{5, D("2028-06-30"), {1}}}, "2029-01-20", "late", 18, 0},  // counts for the first half only
  };
  for (const auto& r : rows) {
    auto c = ComplianceOf("hazardous_chemicals", plans, r.drills, 2028, D(r.today),
                          DrillFrequencyConfig{}, Cal());
    const auto* h2 = Find(c, "general", std::nullopt, "2028-07-01");
    ASSERT_NE(h2, nullptr) << r.today;
    EXPECT_EQ(h2->due, D("2029-01-02"));
    EXPECT_EQ(h2->status, r.status) << r.today;
    EXPECT_EQ(h2->days_late, r.days_late) << r.today;
    EXPECT_EQ(h2->days_left, r.days_left) << r.today;
  }
  // 2029's first window starts on the holiday and ends on Saturday 30 June: due on 2 July.
  auto c = ComplianceOf("hazardous_chemicals", plans, {}, 2029, D("2029-07-01"),
                        DrillFrequencyConfig{}, Cal());
  const auto* h1 = Find(c, "general", std::nullopt, "2029-01-01");
  ASSERT_NE(h1, nullptr);
  EXPECT_EQ(h1->due, D("2029-07-02"));
  EXPECT_EQ(h1->status, "due");
}

TEST(DrillFrequencyRules, EverySpecialPlanWithinTwoYears) {
  const std::vector<PlanRef> plans{{2, "special", "火灾专项", D("2025-03-01")},
                                   {7, "special", "泄漏专项", D("2026-08-01")}};
  const std::vector<DrillRef> drills{{20, D("2026-05-10"), {2}}};
  struct Row {
    const char* today;
    int year;
    int64_t plan;
    const char* start;
    const char* due;
    const char* status;
    int64_t days_late;
  };
  const Row rows[] = {
      // Drilled on 10 May 2026: the next one by 9 May 2028 (a Tuesday).
      {"2028-06-01", 2028, 2, "2026-05-10", "2028-05-09", "late", 23},
      {"2028-05-09", 2028, 2, "2026-05-10", "2028-05-09", "due", 0},
      {"2027-01-01", 2026, 2, "2025-03-01", "2027-03-01", "done", 0},
      // Never drilled: counted from publication, 2 years.
      {"2028-08-10", 2028, 7, "2026-08-01", "2028-07-31", "late", 10},
  };
  for (const auto& r : rows) {
    auto c = ComplianceOf("civil_explosives_sales", plans, drills, r.year, D(r.today),
                          DrillFrequencyConfig{}, Cal());
    const auto* o = Find(c, "special_each", r.plan, r.start);
    ASSERT_NE(o, nullptr) << r.today << " " << r.plan;
    EXPECT_EQ(o->due, D(r.due)) << r.today;
    EXPECT_EQ(o->status, r.status) << r.today;
    EXPECT_EQ(o->days_late, r.days_late) << r.today;
  }
  // Other units under Shandong: every 3 years.
  auto c = ComplianceOf("general", plans, drills, 2028, D("2028-06-01"), DrillFrequencyConfig{},
                        Cal());
  const auto* o = Find(c, "special_each", 2, "2026-05-10");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->window_end, D("2029-05-09"));
  EXPECT_EQ(o->status, "due");
}

TEST(DrillFrequencyRules, NationalRegimesAndArticle8) {
  DrillFrequencyConfig national;
  national.shandong_rules = 0;
  const std::vector<PlanRef> plans{{1, "comprehensive", "综合预案", D("2027-01-01")},
                                   {3, "onsite", "处置方案", D("2027-01-01")}};
  // One on-site drill in March: the on-site rule's first half and art. 8's first half are met.
  const std::vector<DrillRef> drills{{30, D("2028-03-01"), {3}}};
  auto hc = ComplianceOf("hazardous_chemicals", plans, drills, 2028, D("2029-02-01"), national,
                         Cal());
  EXPECT_EQ(hc.regime, Regime::kNationalHazardous);
  struct Row {
    const char* rule;
    const char* start;
    const char* status;
  };
  const Row rows[] = {
      {"general", "2028-01-01", "late"},  // yearly: no comprehensive or special drill in 2028
      {"onsite_any", "2028-01-01", "done"},
      {"onsite_any", "2028-07-01", "late"},
      {"any_drill", "2028-01-01", "done"},
      {"any_drill", "2028-07-01", "late"},
  };
  for (const auto& r : rows) {
    const auto* o = Find(hc, r.rule, std::nullopt, r.start);
    ASSERT_NE(o, nullptr) << r.rule << r.start;
    EXPECT_EQ(o->status, r.status) << r.rule << r.start;
  }
  EXPECT_EQ(hc.items.size(), std::size(rows));
  const auto* year = Find(hc, "general", std::nullopt, "2028-01-01");
  EXPECT_EQ(year->due, D("2029-01-02"));
  EXPECT_EQ(year->days_late, 30);
  // A general unit: no art. 8 rule.
  auto gen = ComplianceOf("general", plans, drills, 2028, D("2029-02-01"), national, Cal());
  EXPECT_EQ(gen.regime, Regime::kNational);
  EXPECT_EQ(gen.items.size(), 3u);
}

TEST(DrillFrequencyRules, RulesApplyFromThePlansPublication) {
  // Published in March 2028: in force during both half-years, each needs its drill.
  const std::vector<PlanRef> march{{3, "onsite", "处置方案", D("2028-03-15")}};
  auto c = ComplianceOf("hazardous_chemicals", march, {}, 2028, D("2028-08-01"),
                        DrillFrequencyConfig{}, Cal());
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].rule, "onsite_each");
  EXPECT_EQ(c.items[0].status, "late");
  EXPECT_EQ(c.items[1].window_start, D("2028-07-01"));
  // Published on 1 July: the first half-year owes nothing.
  const std::vector<PlanRef> july{{3, "onsite", "处置方案", D("2028-07-01")}};
  auto j = ComplianceOf("hazardous_chemicals", july, {}, 2028, D("2028-08-01"),
                        DrillFrequencyConfig{}, Cal());
  ASSERT_EQ(j.items.size(), 1u);
  EXPECT_EQ(j.items[0].window_start, D("2028-07-01"));
  EXPECT_EQ(j.items[0].status, "due");
  // Published next year, or no plan at all: no drill calendar.
  EXPECT_TRUE(ComplianceOf("hazardous_chemicals", {{3, "onsite", "x", D("2029-01-05")}}, {}, 2028,
                           D("2028-08-01"), DrillFrequencyConfig{}, Cal())
                  .items.empty());
  EXPECT_TRUE(ComplianceOf("hazardous_chemicals", {}, {}, 2028, D("2028-08-01"),
                           DrillFrequencyConfig{}, Cal())
                  .items.empty());
}

TEST(DrillFrequencyRules, AddMonthsClipsTheDay) {
  EXPECT_EQ(AddMonths(D("2028-02-29"), 24), D("2030-02-28"));
  EXPECT_EQ(AddMonths(D("2028-08-31"), 6), D("2029-02-28"));
  EXPECT_EQ(AddMonths(D("2028-07-01"), 6), D("2029-01-01"));
}

TEST(DrillFrequencyRules, SettingValidatesAndRoundTrips) {
  DrillFrequencyConfig c;
  auto text = DrillFrequencyConfigToJson(c);
  auto back = DrillFrequencyConfigFromJson(text);
  ASSERT_TRUE(back);
  EXPECT_EQ(DrillFrequencyConfigToJson(*back), text);
  struct Row {
    const char* json;
    const char* field;
    const char* rule;
  };
  const Row rows[] = {
      {R"({"high_risk_general_months": 5})", "high_risk_general_months", "drill_months_divide_year"},
      {R"({"national_onsite_months": 24})", "national_onsite_months", "drill_months_divide_year"},
      {R"({"high_risk_special_each_months": 0})", "high_risk_special_each_months", "range"},
      {R"({"other_special_each_months": 7})", "other_special_each_months", "drill_months_divide_year"},
      {R"({"shandong_rules": 2})", "shandong_rules", "range"},
  };
  for (const auto& r : rows) {
    auto parsed = ParseDrillFrequencyConfig(r.json);
    auto* errs = std::get_if<std::vector<FieldError>>(&parsed);
    ASSERT_NE(errs, nullptr) << r.json;
    ASSERT_EQ(errs->size(), 1u) << r.json;
    EXPECT_EQ((*errs)[0].field, r.field);
    EXPECT_EQ((*errs)[0].rule, r.rule);
  }
  EXPECT_TRUE(DrillFrequencyConfigFromJson(R"({"high_risk_special_each_months": 36})"));
}

}  // namespace
}  // namespace anjian::drills
