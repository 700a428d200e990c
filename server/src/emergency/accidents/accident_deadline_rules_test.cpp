// The accident deadlines: the report chain in minutes and hours across midnight (each level's own
// clock, Shandong and national), the follow-up windows of 30 and 7 days counted as the law counts
// days, and the investigation's 60 (+60) days and the 15/30-day approval.
#include "emergency/accidents/accident_deadline_rules.hpp"

#include <gtest/gtest.h>

#include <map>

#include "core/clock.hpp"

namespace anjian::accidents {
namespace {

std::int64_t T(const char* iso) { return core::UnixFromIso(iso); }
std::string S(std::int64_t t) { return core::IsoFromUnix(t); }

std::map<std::string, ChainStep> ByKey(const std::vector<ChainStep>& steps) {
  std::map<std::string, ChainStep> m;
  for (const auto& s : steps) m[s.key] = s;
  return m;
}

// 23:30 China time on 5 March 2026 (15:30 UTC): the 1-hour report is due at 00:30 on 6 March.
constexpr const char* kOccurred = "2026-03-05T15:30:00Z";

TEST(AccidentDeadlineRules, UnitReportWithinOneHourAcrossMidnight) {
  ChainInput in{Grade::kOrdinary, T(kOccurred), T("2026-03-05T16:10:00Z"), T("2026-03-05T16:10:00Z")};
  AccidentReportingConfig national;
  national.shandong_rules = 0;
  auto s = ByKey(ReportChain(in, national, T("2026-03-05T16:20:00Z")));
  ASSERT_EQ(s.size(), 2u);  // 一般: the county and the city only
  EXPECT_EQ(S(s["unit_to_county"].due_at), "2026-03-05T16:30:00Z");  // 00:30 China, 6 March
  EXPECT_EQ(s["unit_to_county"].status, "done");
  EXPECT_EQ(s["unit_to_county"].late_minutes, 0);
  // The county's own 2 hours run from its receipt (00:10 China), not from the accident.
  EXPECT_EQ(S(s["county_to_city"].due_at), "2026-03-05T18:10:00Z");
  EXPECT_EQ(s["county_to_city"].status, "pending");
}

TEST(AccidentDeadlineRules, LateStepsCountWholeMinutesUp) {
  // Reported 1 h 0 min 1 s after the accident: 1 minute late.
  ChainInput in{Grade::kOrdinary, T(kOccurred), T("2026-03-05T16:30:01Z"), T("2026-03-05T16:30:01Z")};
  AccidentReportingConfig national;
  national.shandong_rules = 0;
  auto s = ByKey(ReportChain(in, national, T("2026-03-05T16:31:00Z")));
  EXPECT_EQ(s["unit_to_county"].status, "late_done");
  EXPECT_EQ(s["unit_to_county"].late_minutes, 1);
  // The county forwards 2 h 45 min after its receipt: 45 minutes late.
  in.county_forwarded_at = T("2026-03-05T19:15:01Z");
  s = ByKey(ReportChain(in, national, T("2026-03-05T20:00:00Z")));
  EXPECT_EQ(s["county_to_city"].late_minutes, 45);
  EXPECT_EQ(s["county_to_city"].status, "late_done");
  // Exactly at the due instant is on time.
  in.county_forwarded_at = T("2026-03-05T18:30:01Z");
  s = ByKey(ReportChain(in, national, T("2026-03-05T20:00:00Z")));
  EXPECT_EQ(s["county_to_city"].late_minutes, 0);
  // Open past due: the minutes run at `now`.
  in.county_forwarded_at.reset();
  s = ByKey(ReportChain(in, national, T("2026-03-05T18:40:01Z")));
  EXPECT_EQ(s["county_to_city"].status, "overdue");
  EXPECT_EQ(s["county_to_city"].late_minutes, 10);
}

TEST(AccidentDeadlineRules, ChainReachesTheLevelOfTheGrade) {
  AccidentReportingConfig national;
  national.shandong_rules = 0;
  national.miit_express = 0;
  const std::int64_t t0 = T(kOccurred), r = T("2026-03-05T15:50:00Z");
  struct Row {
    Grade g;
    std::vector<std::string> keys;
  };
  const Row rows[] = {
      {Grade::kOrdinary, {"unit_to_county", "county_to_city"}},
      {Grade::kLarge, {"unit_to_county", "county_to_city", "city_to_province"}},
      {Grade::kSerious,
       {"unit_to_county", "county_to_city", "city_to_province", "province_to_ministry"}},
      {Grade::kEspeciallySerious,
       {"unit_to_county", "county_to_city", "city_to_province", "province_to_ministry"}},
  };
  for (const auto& row : rows) {
    std::vector<std::string> keys;
    for (const auto& s : ReportChain({row.g, t0, r, r}, national, r)) keys.push_back(s.key);
    EXPECT_EQ(keys, row.keys) << GradeValue(row.g);
  }
  // The MIIT express channel takes 较大 to the ministry too.
  national.miit_express = 1;
  auto s = ByKey(ReportChain({Grade::kLarge, t0, r, r}, national, r));
  EXPECT_TRUE(s.count("province_to_ministry"));
  EXPECT_NE(s["province_to_ministry"].source_zh.find("工信部"), std::string::npos);
  EXPECT_FALSE(ByKey(ReportChain({Grade::kOrdinary, t0, r, r}, national, r))
                   .count("province_to_ministry"));
}

TEST(AccidentDeadlineRules, EachLevelHasItsOwnClockAndSkippedLevelsProject) {
  AccidentReportingConfig national;
  national.shandong_rules = 0;
  const std::int64_t r = T("2026-03-05T15:50:00Z");
  ChainInput in{Grade::kSerious, T(kOccurred), r, r};
  auto s = ByKey(ReportChain(in, national, r));
  // Nobody forwarded yet: each due is projected from the previous level's due.
  EXPECT_EQ(S(s["county_to_city"].due_at), "2026-03-05T17:50:00Z");
  EXPECT_EQ(S(s["city_to_province"].due_at), "2026-03-05T19:50:00Z");
  EXPECT_EQ(S(s["province_to_ministry"].due_at), "2026-03-05T21:50:00Z");
  // The county forwarded late (18:20 UTC): the city still has 2 hours from its own receipt.
  in.county_forwarded_at = T("2026-03-05T18:20:00Z");
  in.city_forwarded_at = T("2026-03-05T19:00:00Z");
  s = ByKey(ReportChain(in, national, T("2026-03-05T19:00:00Z")));
  EXPECT_EQ(S(s["city_to_province"].due_at), "2026-03-05T20:20:00Z");
  EXPECT_EQ(s["city_to_province"].status, "done");
  EXPECT_EQ(S(s["province_to_ministry"].due_at), "2026-03-05T21:00:00Z");
}

TEST(AccidentDeadlineRules, ShandongDirectAndWrittenReports) {
  AccidentReportingConfig shandong;  // the default
  const std::int64_t r = T("2026-03-05T15:50:00Z");
  auto o = ByKey(ReportChain({Grade::kOrdinary, T(kOccurred), r, r}, shandong, r));
  EXPECT_EQ(S(o["county_to_province_direct"].due_at), "2026-03-05T16:20:00Z");  // 30 minutes
  EXPECT_FALSE(o.count("county_written_to_province"));
  auto l = ByKey(ReportChain({Grade::kLarge, T(kOccurred), r, r}, shandong, r));
  EXPECT_EQ(S(l["county_written_to_province"].due_at), "2026-03-05T16:50:00Z");  // 1 hour
  EXPECT_NE(l["county_written_to_province"].source_zh.find("山东"), std::string::npos);
  EXPECT_TRUE(l.count("city_to_province"));
}

TEST(AccidentDeadlineRules, StepsAGradeRaiseBringsInRunFromTheRaise) {
  AccidentReportingConfig national;
  national.shandong_rules = 0;
  national.miit_express = 0;
  const std::int64_t r = T("2026-03-05T15:50:00Z");
  ChainInput in{Grade::kLarge, T(kOccurred), r, T("2026-03-08T02:00:00Z")};
  in.county_forwarded_at = T("2026-03-05T16:30:00Z");
  auto s = ByKey(ReportChain(in, national, T("2026-03-08T02:00:00Z")));
  EXPECT_EQ(S(s["city_to_province"].due_at), "2026-03-08T04:00:00Z");
  EXPECT_EQ(s["city_to_province"].status, "pending");
  EXPECT_EQ(s["county_to_city"].status, "done");
}

TEST(AccidentDeadlineRules, FollowUpWindowsCountDaysAsTheLawDoes) {
  AccidentReportingConfig c;
  // 23:30 China on 5 March: day one is 6 March; 30 days end at 24:00 on 4 April (China).
  EXPECT_EQ(S(FollowUpUntil(T(kOccurred), false, c)), "2026-04-04T16:00:00Z");
  // Road traffic and fire: 7 days, to 24:00 on 12 March.
  EXPECT_EQ(S(FollowUpUntil(T(kOccurred), true, c)), "2026-03-12T16:00:00Z");
  // 00:10 China on 31 December (16:10 UTC on the 30th): across the year end.
  EXPECT_EQ(S(FollowUpUntil(T("2026-12-30T16:10:00Z"), true, c)), "2027-01-07T16:00:00Z");
  EXPECT_EQ(S(FollowUpUntil(T("2026-12-30T16:10:00Z"), false, c)), "2027-01-30T16:00:00Z");
}

TEST(AccidentDeadlineRules, InvestigationSixtyDaysPlusSixtyAndApproval) {
  AccidentReportingConfig c;
  const std::int64_t t0 = T(kOccurred);  // 5 March China
  auto p = InvestigationOf(Grade::kLarge, t0, 0, std::nullopt, c);
  EXPECT_EQ(p.leader, "city");
  EXPECT_EQ(S(p.report_due_at), "2026-05-04T16:00:00Z");  // 24:00 on 4 May China (60 days)
  EXPECT_FALSE(p.approval_due_at.has_value());
  p = InvestigationOf(Grade::kLarge, t0, 60, std::nullopt, c);
  EXPECT_EQ(S(p.report_due_at), "2026-07-03T16:00:00Z");  // 120 days
  // Approval: 15 days from the report's submission, 30 for 特别重大.
  p = InvestigationOf(Grade::kSerious, t0, 0, T("2026-04-30T02:00:00Z"), c);
  EXPECT_EQ(p.leader, "province");
  EXPECT_EQ(S(*p.approval_due_at), "2026-05-15T16:00:00Z");
  p = InvestigationOf(Grade::kEspeciallySerious, t0, 0, T("2026-04-30T02:00:00Z"), c);
  EXPECT_EQ(p.leader, "state_council");
  EXPECT_EQ(S(*p.approval_due_at), "2026-05-30T16:00:00Z");
  EXPECT_EQ(InvestigationOf(Grade::kOrdinary, t0, 0, std::nullopt, c).leader, "county");
}

TEST(AccidentDeadlineRules, ConfigRangesAndRoundTrip) {
  AccidentReportingConfig c;
  auto parsed = ParseAccidentReportingConfig(AccidentReportingConfigToJson(c));
  ASSERT_TRUE(std::holds_alternative<AccidentReportingConfig>(parsed));
  auto bad = ParseAccidentReportingConfig(R"({"shandong_rules": 2, "unit_report_minutes": 0})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(std::get<std::vector<FieldError>>(bad).size(), 2u);
}

}  // namespace
}  // namespace anjian::accidents

namespace anjian::accidents {
namespace {
TEST(AccidentDeadlineRules, LevelOfAnAgencyFromItsRegionPath) {
  EXPECT_EQ(LevelOfRegionPath("/"), "ministry");  // the country root (issue 16)
  EXPECT_EQ(LevelOfRegionPath("/370000/"), "province");
  EXPECT_EQ(LevelOfRegionPath("/370000/370800/"), "city");
  EXPECT_EQ(LevelOfRegionPath("/370000/370800/370811/"), "county");
}
}  // namespace
}  // namespace anjian::accidents
