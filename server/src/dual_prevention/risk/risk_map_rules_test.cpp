#include "dual_prevention/risk/risk_map_rules.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>
#include <string>

namespace anjian::risk {
namespace {

std::set<std::string> FieldRules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

TEST(RiskMapRulesTest, PlanSize) {
  struct Case {
    const char* name;
    std::optional<int64_t> width, height;
    std::set<std::string> rules;
  };
  const Case cases[] = {
      {"ordinary", 800, 500, {}},
      {"edges", 1, 20000, {}},
      {"missing is the caller's required", std::nullopt, std::nullopt, {}},
      {"zero width", 0, 500, {"width:size_invalid"}},
      {"too tall", 800, 20001, {"height:size_invalid"}},
      {"both", -1, 99999, {"width:size_invalid", "height:size_invalid"}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(FieldRules(CheckPlanSize(c.width, c.height)), c.rules) << c.name;
}

TEST(RiskMapRulesTest, Polygon) {
  struct Case {
    const char* name;
    const char* points;
    size_t valid;
    std::set<std::string> rules;
  };
  const Case cases[] = {
      {"none clears the polygon", "[]", 0, {}},
      {"a triangle", "[[0.1,0.1],[0.3,0.1],[0.2,0.3]]", 3, {}},
      {"corners and integers", "[[0,0],[1,0],[1,1],[0,1]]", 4, {}},
      {"two points", "[[0.1,0.1],[0.2,0.2]]", 2, {"points:polygon_too_small"}},
      {"outside the plan", "[[0.1,0.1],[1.5,0.2]]", 1,
       {"points[1]:point_invalid", "points:polygon_too_small"}},
      {"not pairs", "[[0.1],[0.1,0.2,0.3],\"x\",[0.1,\"y\"]]", 0,
       {"points[0]:point_invalid", "points[1]:point_invalid", "points[2]:point_invalid",
        "points[3]:point_invalid"}},
      {"negative", "[[0.1,0.1],[0.3,0.1],[0.2,-0.01]]", 2,
       {"points[2]:point_invalid", "points:polygon_too_small"}},
  };
  for (const auto& c : cases) {
    const auto check = CheckPolygon(boost::json::parse(c.points).as_array());
    EXPECT_EQ(check.points.size(), c.valid) << c.name;
    EXPECT_EQ(FieldRules(check.errors), c.rules) << c.name;
  }
}

TEST(RiskMapRulesTest, PolygonErrorsNameTheRuleInBothLanguages) {
  const auto check = CheckPolygon(boost::json::parse("[[2,2]]").as_array());
  ASSERT_EQ(check.errors.size(), 1u);
  EXPECT_EQ(check.errors[0].message, "a point is [x, y] with both between 0 and 1");
  EXPECT_EQ(check.errors[0].message_zh, "坐标点应为 [x, y]，取值 0-1");
}

}  // namespace
}  // namespace anjian::risk
