#include "dual_prevention/risk/risk_level_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::risk {
namespace {

using R = RiskLevel;

TEST(RiskLevelTest, ValuesColorsLabels) {
  struct Case {
    R level;
    const char *value, *color, *zh, *en;
    int rank;
  };
  const Case cases[] = {
      {R::kMajor, "major", "red", "重大", "Major", 4},
      {R::kHigh, "high", "orange", "较大", "High", 3},
      {R::kModerate, "moderate", "yellow", "一般", "Moderate", 2},
      {R::kLow, "low", "blue", "低", "Low", 1},
  };
  ASSERT_EQ(AllRiskLevels().size(), std::size(cases));
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    const auto& c = cases[i];
    EXPECT_EQ(AllRiskLevels()[i], c.level) << c.value;  // highest first
    EXPECT_EQ(RiskLevelValue(c.level), c.value);
    EXPECT_EQ(ParseRiskLevel(c.value), c.level);
    EXPECT_EQ(RiskLevelColor(c.level), c.color);
    EXPECT_EQ(RiskLevelLabelZh(c.level), c.zh);
    EXPECT_EQ(RiskLevelLabelEn(c.level), c.en);
    EXPECT_EQ(RiskLevelRank(c.level), c.rank);
  }
  EXPECT_FALSE(ParseRiskLevel("Major").has_value());
  EXPECT_FALSE(ParseRiskLevel("red").has_value());
  EXPECT_FALSE(ParseRiskLevel("").has_value());
}

TEST(RiskLevelTest, Ordering) {
  for (auto a : AllRiskLevels()) {
    for (auto b : AllRiskLevels()) {
      const auto higher = HigherOf(a, b);
      EXPECT_EQ(higher, HigherOf(b, a));
      EXPECT_TRUE(higher == a || higher == b);
      EXPECT_FALSE(IsHigherRisk(a, a));
      EXPECT_EQ(IsHigherRisk(a, b), RiskLevelRank(a) > RiskLevelRank(b));
      EXPECT_FALSE(IsHigherRisk(a, b) && IsHigherRisk(b, a));
    }
  }
  EXPECT_EQ(HigherOf(R::kLow, R::kMajor), R::kMajor);
  EXPECT_EQ(HigherOf(R::kModerate, R::kHigh), R::kHigh);
  EXPECT_EQ(HighestOf({}), std::nullopt);
  EXPECT_EQ(HighestOf({R::kLow}), R::kLow);
  EXPECT_EQ(HighestOf({R::kLow, R::kHigh, R::kModerate}), R::kHigh);
  EXPECT_EQ(HighestOf({R::kModerate, R::kMajor, R::kLow}), R::kMajor);
}

}  // namespace
}  // namespace anjian::risk
