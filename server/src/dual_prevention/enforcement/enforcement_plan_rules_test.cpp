#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/test_util.hpp"
#include "dual_prevention/investigation/company_daily_rules.hpp"

namespace anjian::enforcement {
namespace {

using core::testing::Rules;

std::vector<int64_t> Ids(const DrawResult& r) {
  std::vector<int64_t> out;
  for (const auto& i : r.inspections) out.push_back(i.enterprise_id);
  return out;
}

std::vector<int64_t> Range(int64_t from, int64_t to) {
  std::vector<int64_t> v;
  for (int64_t i = from; i <= to; ++i) v.push_back(i);
  return v;
}

// The same seed and pools give the same result, whatever order the pools come in; another
// seed gives another result.
TEST(EnforcementDraw, SameSeedSameResult) {
  DrawInput a{0x1234abcdULL, Range(1, 40), {}, Range(100, 109), 5, 4};
  DrawInput b = a;
  std::reverse(b.enterprise_pool.begin(), b.enterprise_pool.end());
  std::reverse(b.inspector_pool.begin(), b.inspector_pool.end());
  const auto ra = RunDraw(a), rb = RunDraw(b);
  EXPECT_EQ(Ids(ra), Ids(rb));
  EXPECT_EQ(ra.inspectors, rb.inspectors);
  ASSERT_EQ(ra.inspections.size(), 5u);
  EXPECT_EQ(ra.inspectors.size(), 4u);
  DrawInput c = a;
  c.seed = 0x1234abceULL;
  EXPECT_NE(Ids(RunDraw(c)), Ids(ra));
  // Pinned: a change of algorithm would make recorded draws unreproducible.
  const auto pinned = RunDraw(DrawInput{42, Range(1, 10), {}, Range(1, 4), 3, 2});
  const auto again = RunDraw(DrawInput{42, Range(1, 10), {}, Range(1, 4), 3, 2});
  EXPECT_EQ(Ids(pinned), Ids(again));
  const auto pinned_ids = Ids(pinned);
  EXPECT_EQ(std::set<int64_t>(pinned_ids.begin(), pinned_ids.end()).size(), 3u);
}

struct CountCase {
  const char* name;
  int64_t pool, keys, n, inspectors, m;
  std::size_t want_inspections, want_inspectors;
};

// N larger than the scope takes all of it; key enterprises are always in, beyond N too.
TEST(EnforcementDraw, CountsAndKeyEnterprises) {
  const CountCase cases[] = {
      {"plain", 20, 0, 5, 6, 2, 5, 2},
      {"N larger than the scope", 3, 0, 10, 6, 2, 3, 2},
      {"empty pool, keys only", 0, 2, 5, 4, 2, 2, 2},
      {"keys count toward N", 20, 2, 5, 4, 2, 5, 2},
      {"more keys than N: all keys", 20, 4, 2, 4, 2, 4, 2},
      {"M larger than the agency", 20, 0, 5, 3, 9, 5, 3},
  };
  for (const auto& c : cases) {
    DrawInput in;
    in.seed = 7;
    in.enterprise_pool = Range(1, c.pool);
    in.key_enterprises = Range(1000, 1000 + c.keys - 1);
    in.inspector_pool = Range(500, 500 + c.inspectors - 1);
    in.enterprise_count = c.n;
    in.inspector_count = c.m;
    const auto r = RunDraw(in);
    EXPECT_EQ(r.inspections.size(), c.want_inspections) << c.name;
    EXPECT_EQ(r.inspectors.size(), c.want_inspectors) << c.name;
    const auto ids = Ids(r);
    EXPECT_EQ(std::set<int64_t>(ids.begin(), ids.end()).size(), ids.size()) << c.name;
    for (int64_t k = 0; k < c.keys; ++k) {
      ASSERT_GT(r.inspections.size(), static_cast<std::size_t>(k)) << c.name;
      EXPECT_EQ(r.inspections[k].enterprise_id, 1000 + k) << c.name;
      EXPECT_TRUE(r.inspections[k].key) << c.name;
    }
    for (const auto& i : r.inspections) {
      EXPECT_EQ(i.inspectors.size(), 2u) << c.name;
      EXPECT_NE(i.inspectors[0], i.inspectors[1]) << c.name;
      for (auto u : i.inspectors)
        EXPECT_TRUE(u >= 500 && u < 500 + c.inspectors) << c.name;  // from the agency's pool
    }
  }
  // A key enterprise also in the pool is drawn once.
  const auto r = RunDraw(DrawInput{9, Range(1, 5), {3}, Range(10, 12), 2, 2});
  const auto ids = Ids(r);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 3), 1);
  EXPECT_EQ(ids.front(), 3);
}

// Inspectors come only from the pool given (the drawing agency's staff), each drawn once, and
// inspections share the work evenly.
TEST(EnforcementDraw, InspectorsFromThePoolEvenly) {
  const auto r = RunDraw(DrawInput{77, Range(1, 50), {}, {201, 202, 203, 204}, 8, 4});
  EXPECT_EQ(std::set<int64_t>(r.inspectors.begin(), r.inspectors.end()),
            (std::set<int64_t>{201, 202, 203, 204}));
  std::map<int64_t, int> load;
  for (const auto& i : r.inspections)
    for (auto u : i.inspectors) ++load[u];
  for (const auto& [u, n] : load) EXPECT_EQ(n, 4) << u;
}

TEST(EnforcementDraw, SeedText) {
  EXPECT_EQ(SeedText(0x1234abcdULL), "000000001234abcd");
  EXPECT_EQ(SeedText(~0ULL), "ffffffffffffffff");
  EXPECT_EQ(ParseSeed("000000001234ABCD"), 0x1234abcdULL);
  EXPECT_EQ(ParseSeed(SeedText(0xfedcba9876543210ULL)), 0xfedcba9876543210ULL);
  EXPECT_FALSE(ParseSeed("").has_value());
  EXPECT_FALSE(ParseSeed("12345678901234567").has_value());
  EXPECT_FALSE(ParseSeed("xyz").has_value());
}

TEST(EnforcementPlanRules, CountsYearsTargets) {
  EXPECT_TRUE(CheckDrawCounts(5, 2).empty());
  EXPECT_EQ(Rules(CheckDrawCounts(0, 1)),
            (std::set<std::string>{"draw_enterprise_count", "draw_inspector_count"}));
  EXPECT_EQ(Rules(CheckDrawCounts(501, 51)),
            (std::set<std::string>{"draw_enterprise_count", "draw_inspector_count"}));
  EXPECT_TRUE(CheckDrawDueOn("2026-12-31", "2026-12-06", 2026).empty());
  EXPECT_TRUE(CheckDrawDueOn("2026-12-06", "2026-12-06", 2026).empty());
  EXPECT_TRUE(CheckDrawDueOn("2027-01-01", "2026-12-06", 2027).empty());
  EXPECT_EQ(Rules(CheckDrawDueOn("2026-12-05", "2026-12-06", 2026)),
            std::set<std::string>{"draw_due_on_invalid"});
  EXPECT_EQ(Rules(CheckDrawDueOn("2027-01-01", "2026-12-06", 2026)),
            std::set<std::string>{"draw_due_on_invalid"});
  EXPECT_EQ(Rules(CheckDrawDueOn("2025-06-01", "2026-12-06", 2025)),  // a past year: nothing left
            std::set<std::string>{"draw_due_on_invalid"});
  EXPECT_TRUE(CheckPlanYear(2027, 2026).empty());
  EXPECT_EQ(Rules(CheckPlanYear(2028, 2026)), std::set<std::string>{"plan_year_invalid"});
  EXPECT_TRUE(CheckTarget(4, 0, "targets[0]").empty());
  EXPECT_EQ(Rules(CheckTarget(5, 1, "targets[0]")), std::set<std::string>{"plan_target_invalid"});
  EXPECT_EQ(Rules(CheckTarget(1, -1, "targets[0]")), std::set<std::string>{"plan_target_invalid"});
  EXPECT_EQ(QuarterOf("2026-03-31"), 1);
  EXPECT_EQ(QuarterOf("2026-04-01"), 2);
  EXPECT_EQ(QuarterOf("2026-12-06"), 4);
  EXPECT_EQ(QuarterOf("x"), 0);
  EXPECT_TRUE(IsKeyEnterpriseIndustry(investigation::CompanyDailyIndustries().front()));
  EXPECT_FALSE(IsKeyEnterpriseIndustry("餐饮"));
}

// Completion by month, quarter and inspector; overdue only after the due day.
TEST(EnforcementPlanRules, Completion) {
  const std::vector<PlannedItem> items = {
      {"2026-03-31", true, {1, 2}},
      {"2026-03-31", false, {1, 2}},   // overdue on 2026-04-01
      {"2026-04-01", false, {2, 3}},   // due today: in time
      {"2026-11-30", false, {3, 1}},
      {"2027-01-15", false, {1, 3}},   // another year: only totals and inspectors
  };
  const auto c = SummarizeCompletion(2026, items, "2026-04-01");
  EXPECT_EQ(c.total.planned, 5);
  EXPECT_EQ(c.total.done, 1);
  EXPECT_EQ(c.total.overdue, 1);
  EXPECT_EQ(c.by_month[2].planned, 2);
  EXPECT_EQ(c.by_month[2].done, 1);
  EXPECT_EQ(c.by_month[2].overdue, 1);
  EXPECT_EQ(c.by_month[3].planned, 1);
  EXPECT_EQ(c.by_month[3].overdue, 0);
  EXPECT_EQ(c.by_month[10].planned, 1);
  EXPECT_EQ(c.by_quarter[0].planned, 2);
  EXPECT_EQ(c.by_quarter[1].planned, 1);
  EXPECT_EQ(c.by_quarter[3].planned, 1);
  ASSERT_EQ(c.by_inspector.size(), 3u);
  EXPECT_EQ(c.by_inspector[0].first, 1);
  EXPECT_EQ(c.by_inspector[0].second.planned, 4);
  EXPECT_EQ(c.by_inspector[0].second.done, 1);
  EXPECT_EQ(c.by_inspector[0].second.overdue, 1);
}

}  // namespace
}  // namespace anjian::enforcement
