// The statistics' month buckets (China months, clamped to the period, across a year end) and the
// timeliness per sending agency (on time, late, overdue, pending; the mean of the late minutes).
#include "emergency/accidents/accident_statistics_rules.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"

namespace anjian::accidents {
namespace {

TEST(AccidentStatisticsRules, ChinaMonthsAcrossAYearEnd) {
  auto m = ChinaMonths({2025, 11, 15}, {2026, 2, 3});
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].label, "2025-11");
  EXPECT_EQ(m[3].label, "2026-02");
  // 15 Nov 00:00 China time is 14 Nov 16:00 UTC; the period ends at 24:00 on 3 Feb.
  EXPECT_EQ(core::IsoFromUnix(m[0].start), "2025-11-14T16:00:00Z");
  EXPECT_EQ(core::IsoFromUnix(m[0].end), "2025-11-30T16:00:00Z");
  EXPECT_EQ(core::IsoFromUnix(m[2].start), "2025-12-31T16:00:00Z");
  EXPECT_EQ(core::IsoFromUnix(m[3].end), "2026-02-03T16:00:00Z");
  for (size_t i = 1; i < m.size(); ++i) EXPECT_EQ(m[i].start, m[i - 1].end);
  EXPECT_EQ(ChinaMonths({2026, 5, 1}, {2026, 5, 1}).size(), 1u);
  EXPECT_TRUE(ChinaMonths({2026, 5, 2}, {2026, 5, 1}).empty());
  EXPECT_EQ(ChinaMonths({2025, 1, 1}, {2026, 12, 31}).size(), 24u);
}

TEST(AccidentStatisticsRules, TimelinessPerSendingAgency) {
  const std::vector<SenderStep> steps = {
      {0, "事故单位", "enterprise", "done", 0},
      {0, "事故单位", "enterprise", "late_done", 35},
      {7, "邹城市工业和信息化局", "county", "done", 0},
      {7, "邹城市工业和信息化局", "county", "late_done", 200},
      {7, "邹城市工业和信息化局", "county", "late_done", 101},
      {7, "邹城市工业和信息化局", "county", "overdue", 10},
      {7, "邹城市工业和信息化局", "county", "pending", 0},
      {2, "济宁市工业和信息化局", "city", "done", 0},
  };
  auto rows = AggregateTimeliness(steps);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].level, "enterprise");
  EXPECT_EQ(rows[0].late, 1);
  EXPECT_EQ(rows[0].mean_late_minutes, 35);
  const auto& county = rows[1];
  EXPECT_EQ(county.level, "county");
  EXPECT_EQ(county.steps, 5);
  EXPECT_EQ(county.on_time, 1);
  EXPECT_EQ(county.late, 2);
  EXPECT_EQ(county.overdue, 1);
  EXPECT_EQ(county.pending, 1);
  EXPECT_EQ(county.late_minutes_total, 311);
  EXPECT_EQ(county.mean_late_minutes, 104);  // 311 / 3 = 103.67, rounded
  EXPECT_EQ(county.max_late_minutes, 200);
  EXPECT_EQ(rows[2].level, "city");
  EXPECT_EQ(rows[2].mean_late_minutes, 0);
  EXPECT_TRUE(AggregateTimeliness({}).empty());
}

}  // namespace
}  // namespace anjian::accidents
