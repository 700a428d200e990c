#include "dual_prevention/risk/risk_codes_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace anjian::risk {
namespace {

void ExpectUniqueAndLabelled(const std::vector<CodeEntry>& list) {
  std::set<std::string> seen;
  for (const auto& e : list) {
    EXPECT_TRUE(seen.insert(e.code).second) << e.code;
    EXPECT_FALSE(e.label_zh.empty()) << e.code;
    EXPECT_FALSE(e.label_en.empty()) << e.code;
  }
}

TEST(RiskCodes, AccidentTypesAreGb6441OneToTwenty) {
  const auto& list = AccidentTypes();
  ASSERT_EQ(list.size(), 20u);
  for (size_t i = 0; i < list.size(); ++i) {
    char want[3];
    std::snprintf(want, sizeof want, "%02zu", i + 1);
    EXPECT_EQ(list[i].code, want);
  }
  EXPECT_EQ(FindCode(list, "14")->label_zh, "火药爆炸");
  EXPECT_EQ(FindCode(list, "19")->label_zh, "中毒和窒息");
  EXPECT_EQ(FindCode(list, "21"), nullptr);
  EXPECT_EQ(FindCode(list, "1"), nullptr);
  ExpectUniqueAndLabelled(list);
}

TEST(RiskCodes, HazardFactorsHaveFourClassesAndValidParents) {
  const auto& list = HazardFactors();
  ExpectUniqueAndLabelled(list);
  int top = 0;
  for (const auto& e : list) {
    if (e.parent.empty()) {
      ++top;
      EXPECT_EQ(e.code.size(), 1u);
    } else {
      ASSERT_NE(FindCode(list, e.parent), nullptr) << e.code;
      EXPECT_EQ(e.code.size(), 2u);
      EXPECT_EQ(e.code.substr(0, 1), e.parent) << "a sub-class code starts with its class";
    }
  }
  EXPECT_EQ(top, 4);
  EXPECT_EQ(FindCode(list, "1")->label_zh, "人的因素");
  EXPECT_EQ(FindCode(list, "4")->label_zh, "管理因素");
}

TEST(RiskCodes, HazardFactorClass) {
  EXPECT_EQ(HazardFactorClass("22"), "2");
  EXPECT_EQ(HazardFactorClass("3"), "3");
  EXPECT_EQ(HazardFactorClass("5"), "");
  EXPECT_EQ(HazardFactorClass(""), "");
  EXPECT_TRUE(IsHazardFactor("12"));
  EXPECT_FALSE(IsHazardFactor("13"));
  EXPECT_FALSE(IsHazardFactor("110101"));
}

TEST(RiskCodes, RegisterChoices) {
  EXPECT_EQ(JoinCodes(RiskUnitTypes()), "area, equipment, post");
  EXPECT_EQ(JoinCodes(MeasureKinds()), "engineering, management, training, ppe, emergency");
  EXPECT_EQ(JoinCodes(ControlLevels()), "company, department, workshop, team");
  EXPECT_EQ(JoinCodes(MajorHazardGrades()), "1, 2, 3, 4");
  for (const auto* l : {&RiskUnitTypes(), &MeasureKinds(), &ControlLevels(), &MajorHazardGrades()})
    ExpectUniqueAndLabelled(*l);
  EXPECT_EQ(JoinCodes({}), "");
}

}  // namespace
}  // namespace anjian::risk
