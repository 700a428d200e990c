// Coverage of a duty roster, table-tested: gaps at the window's and the shifts' boundaries
// (widened to whole hours), leader and officer gaps apart, overlaps, consecutive hours across
// midnight and across a month end, the alert horizon and the settings' bounds.
#include "emergency/duty/duty_coverage_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/china_time.hpp"

namespace anjian::duty {
namespace {

constexpr std::int64_t H = 3600;

// 2026-12-07 00:00 China time.
std::int64_t Day0() { return core::UnixFromLocal(core::Date{2026, 12, 7}, 0); }

CoverageShift Shift(std::int64_t id, std::int64_t from_h, std::int64_t to_h,
                    std::vector<std::int64_t> leaders, std::vector<std::int64_t> officers) {
  return CoverageShift{id, Day0() + from_h * H, Day0() + to_h * H, std::move(leaders),
                       std::move(officers)};
}

CoverageGap Gap(const char* kind, std::int64_t from_h, std::int64_t to_h) {
  return CoverageGap{kind, Day0() + from_h * H, Day0() + to_h * H};
}

DutyCoverageConfig Config(std::int64_t horizon_days = 1, std::int64_t max_hours = 24) {
  DutyCoverageConfig c;
  c.horizon_days = horizon_days;
  c.max_consecutive_hours = max_hours;
  return c;
}

struct GapCase {
  const char* name;
  std::vector<CoverageShift> shifts;
  std::vector<CoverageGap> gaps;
};

TEST(DutyCoverageRules, GapsAtEveryBoundary) {
  const GapCase cases[] = {
      {"two 12-hour shifts cover the day", {Shift(1, 0, 12, {1}, {2}), Shift(2, 12, 24, {3}, {4})},
       {}},
      {"nothing rostered: the whole day, both kinds", {},
       {Gap("leader", 0, 24), Gap("officer", 0, 24)}},
      {"one hour between shifts", {Shift(1, 0, 12, {1}, {2}), Shift(2, 13, 24, {3}, {4})},
       {Gap("leader", 12, 13), Gap("officer", 12, 13)}},
      {"a shift without a leader: leader gap only",
       {Shift(1, 0, 12, {1}, {2}), Shift(2, 12, 24, {}, {4})}, {Gap("leader", 12, 24)}},
      {"a shift without officers: officer gap only",
       {Shift(1, 0, 12, {1}, {2}), Shift(2, 12, 24, {3}, {})}, {Gap("officer", 12, 24)}},
      {"the window's first hour uncovered", {Shift(1, 1, 24, {1}, {2})},
       {Gap("leader", 0, 1), Gap("officer", 0, 1)}},
      {"the window's last hour uncovered", {Shift(1, 0, 23, {1}, {2})},
       {Gap("leader", 23, 24), Gap("officer", 23, 24)}},
      {"shifts reaching over both window ends", {Shift(1, -5, 30, {1}, {2})}, {}},
      {"a half-hour hole makes its whole hour a gap",
       {Shift(1, 0, 12, {1}, {2}),
        CoverageShift{2, Day0() + 12 * H + 1800, Day0() + 24 * H, {3}, {4}}},
       {Gap("leader", 12, 13), Gap("officer", 12, 13)}},
      {"overlapping shifts cover each other", {Shift(1, 0, 14, {1}, {2}), Shift(2, 10, 24, {3}, {4})},
       {}},
      {"two holes are two gaps", {Shift(1, 2, 10, {1}, {2}), Shift(2, 12, 22, {3}, {4})},
       {Gap("leader", 0, 2), Gap("officer", 0, 2), Gap("leader", 10, 12),
        Gap("officer", 10, 12), Gap("leader", 22, 24), Gap("officer", 22, 24)}},
      {"an empty shift (end = start) covers nothing", {Shift(1, 0, 0, {1}, {2}), Shift(2, 0, 24, {1}, {})},
       {Gap("officer", 0, 24)}},
  };
  for (const auto& c : cases) {
    auto cfg = Config();
    auto r = CheckCoverage(c.shifts, CoverageWindow{Day0(), Day0() + 24 * H}, cfg);
    EXPECT_EQ(r.gaps, c.gaps) << c.name;
  }
}

TEST(DutyCoverageRules, LeaderNotRequiredWhenTheSettingSaysSo) {
  auto cfg = Config();
  cfg.require_leader = 0;
  auto r = CheckCoverage({Shift(1, 0, 24, {}, {2})}, CoverageWindow{Day0(), Day0() + 24 * H}, cfg);
  EXPECT_TRUE(r.gaps.empty());
}

TEST(DutyCoverageRules, GapHoursAndWindow) {
  const auto w = WindowAt(Day0() + 5 * H + 1234, Config(14));
  EXPECT_EQ(w.from, Day0() + 5 * H);  // the current hour
  EXPECT_EQ(w.to, Day0() + 5 * H + 14 * 24 * H);
  EXPECT_EQ(Gap("leader", 3, 10).Hours(), 7);
}

struct OverlapCase {
  const char* name;
  std::vector<CoverageShift> shifts;
  std::vector<OverlapConflict> overlaps;
};

TEST(DutyCoverageRules, NobodyOnTwoOverlappingShifts) {
  const OverlapCase cases[] = {
      {"back to back is not an overlap", {Shift(1, 0, 12, {7}, {2}), Shift(2, 12, 24, {7}, {4})},
       {}},
      {"one hour overlap", {Shift(1, 0, 13, {7}, {2}), Shift(2, 12, 24, {3}, {7})},
       {OverlapConflict{7, 1, 2, Day0() + 12 * H, Day0() + 13 * H}}},
      {"a shift inside another", {Shift(1, 0, 24, {}, {7}), Shift(2, 6, 8, {7}, {})},
       {OverlapConflict{7, 1, 2, Day0() + 6 * H, Day0() + 8 * H}}},
      {"different people may overlap", {Shift(1, 0, 13, {1}, {2}), Shift(2, 12, 24, {3}, {4})},
       {}},
      {"an overlap before the window is not reported",
       {Shift(1, -30, -20, {7}, {}), Shift(2, -25, -21, {}, {7})}, {}},
  };
  for (const auto& c : cases) {
    auto r = CheckCoverage(c.shifts, CoverageWindow{Day0(), Day0() + 24 * H}, Config());
    EXPECT_EQ(r.overlaps, c.overlaps) << c.name;
  }
}

struct StretchCase {
  const char* name;
  std::int64_t max_hours;
  std::vector<CoverageShift> shifts;
  std::vector<ConsecutiveConflict> too_long;
};

TEST(DutyCoverageRules, ConsecutiveHoursAcrossMidnightAndMonthEnd) {
  const StretchCase cases[] = {
      {"24 hours exactly is allowed", 24, {Shift(1, 8, 20, {7}, {}), Shift(2, 20, 32, {7}, {})},
       {}},
      {"two shifts across midnight make 36 hours", 24,
       {Shift(1, 8, 20, {7}, {}), Shift(2, 20, 32, {7}, {}), Shift(3, 32, 44, {}, {7})},
       {ConsecutiveConflict{7, Day0() + 8 * H, Day0() + 44 * H, {1, 2, 3}}}},
      {"a break resets the stretch", 24,
       {Shift(1, 0, 20, {7}, {}), Shift(2, 21, 40, {7}, {})}, {}},
      {"a lower setting flags a 12 + 12", 16,
       {Shift(1, 8, 20, {}, {7}), Shift(2, 20, 32, {}, {7})},
       {ConsecutiveConflict{7, Day0() + 8 * H, Day0() + 32 * H, {1, 2}}}},
  };
  for (const auto& c : cases) {
    auto r = CheckCoverage(c.shifts, CoverageWindow{Day0(), Day0() + 3 * 24 * H},
                           Config(3, c.max_hours));
    EXPECT_EQ(r.too_long, c.too_long) << c.name;
  }
  // Month end: 2026-12-31 08:00 to 2027-01-01 20:00 (36 h) across the year and month end.
  const std::int64_t dec31 = core::UnixFromLocal(core::Date{2026, 12, 31}, 8 * 60);
  std::vector<CoverageShift> s = {{1, dec31, dec31 + 12 * H, {9}, {}},
                                  {2, dec31 + 12 * H, dec31 + 24 * H, {9}, {}},
                                  {3, dec31 + 24 * H, dec31 + 36 * H, {9}, {}}};
  auto r = CheckCoverage(s, CoverageWindow{dec31 - 8 * H, dec31 + 40 * H}, Config(2, 24));
  ASSERT_EQ(r.too_long.size(), 1u);
  EXPECT_EQ(r.too_long[0].Hours(), 36);
  EXPECT_EQ(r.too_long[0].shifts, (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(core::ChinaIsoDate(r.too_long[0].end), "2027-01-01");
}

TEST(DutyCoverageRules, AlertOnlyGapsWithinTheAlertHorizon) {
  DutyCoverageConfig c;  // 14 days, alert 7 days ahead
  const std::int64_t now = Day0();
  std::vector<CoverageGap> gaps = {Gap("leader", 24, 30), Gap("officer", 6 * 24 + 23, 7 * 24 + 2),
                                   Gap("leader", 7 * 24, 7 * 24 + 5),
                                   Gap("officer", 10 * 24, 11 * 24)};
  auto alert = GapsToAlert(gaps, now, c);
  ASSERT_EQ(alert.size(), 2u);
  EXPECT_EQ(alert[0], gaps[0]);
  EXPECT_EQ(alert[1], gaps[1]);  // starts before the horizon even if it ends after it
}

TEST(DutyCoverageRules, SettingsDefaultsAndBounds) {
  DutyCoverageConfig d;
  EXPECT_EQ(d.horizon_days, 14);
  EXPECT_EQ(d.alert_days_ahead, 7);
  EXPECT_EQ(d.max_consecutive_hours, 24);
  auto round = DutyCoverageConfigFromJson(DutyCoverageConfigToJson(d));
  ASSERT_TRUE(round);
  EXPECT_EQ(round->max_consecutive_hours, 24);
  auto bad = ParseDutyCoverageConfig(
      R"({"horizon_days":0,"alert_days_ahead":7,"max_consecutive_hours":0,"require_leader":2})");
  auto* errors = std::get_if<std::vector<FieldError>>(&bad);
  ASSERT_NE(errors, nullptr);
  std::set<std::string> fields;
  for (const auto& e : *errors) fields.insert(e.field);
  EXPECT_TRUE(fields.count("horizon_days"));
  EXPECT_TRUE(fields.count("max_consecutive_hours"));
  EXPECT_TRUE(fields.count("require_leader"));
}

TEST(DutyCoverageRules, FiftyThousandShiftsAreChecked) {
  // 1,000 units × 14 days × 2 slots (roughly 50,000 shifts across a province), one unit a time.
  DutyCoverageConfig c;
  const CoverageWindow w{Day0(), Day0() + 14 * 24 * H};
  std::size_t gaps = 0;
  for (int unit = 0; unit < 1000; ++unit) {
    std::vector<CoverageShift> s;
    for (int d = 0; d < 14; ++d) {
      if (unit == 7 && d == 3) continue;  // one day missing in one unit
      s.push_back(Shift(d * 2, d * 24 - 4, d * 24 + 8, {unit * 10 + 1}, {unit * 10 + 2}));
      s.push_back(Shift(d * 2 + 1, d * 24 + 8, d * 24 + 20, {unit * 10 + 3}, {unit * 10 + 4}));
    }
    s.push_back(Shift(99, 14 * 24 - 4, 14 * 24 + 8, {unit * 10 + 1}, {unit * 10 + 2}));
    gaps += CheckCoverage(std::move(s), w, c).gaps.size();
  }
  EXPECT_EQ(gaps, 2u);  // the missing day's 20:00 → 20:00, leader and officer
}

}  // namespace
}  // namespace anjian::duty
