#include "dual_prevention/risk/risk_codes_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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
      const CodeEntry* parent = FindCode(list, e.parent);
      ASSERT_NE(parent, nullptr) << e.code;
      // Four levels: class (1 digit), sub-class (2), group (4), item (6), each code starting
      // with its parent's.
      EXPECT_EQ(e.code.size(), parent->code.size() == 1 ? 2u : parent->code.size() + 2) << e.code;
      EXPECT_EQ(e.code.substr(0, e.parent.size()), e.parent) << "a code starts with its parent's";
      EXPECT_TRUE(std::all_of(e.code.begin(), e.code.end(), [](char c) { return c >= '0' && c <= '9'; }));
    }
  }
  EXPECT_EQ(top, 4);
  std::map<size_t, int> by_length;
  for (const auto& e : list) ++by_length[e.code.size()];
  EXPECT_EQ(by_length.size(), 4u) << "the full four-level tree, not only the top classes";
  EXPECT_GE(by_length[4], 60);
  EXPECT_GE(by_length[6], 100);
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
  // Groups and items of the 2022 tree, each rolled up to its class.
  const std::pair<const char*, const char*> cases[] = {
      {"110101", "1"}, {"1202", "1"},   {"210301", "2"}, {"220101", "2"}, {"2301", "2"},
      {"3110", "3"},   {"330599", ""},  {"4503", "4"},   {"4", "4"},      {"2199", "2"},
      {"21030", ""},   {"0", ""}};
  for (const auto& [code, cls] : cases) {
    EXPECT_EQ(HazardFactorClass(code), cls) << code;
    EXPECT_EQ(IsHazardFactor(code), *cls != 0) << code;
  }
  EXPECT_EQ(FindCode(HazardFactors(), "220101")->label_zh, "爆炸物");
  EXPECT_EQ(FindCode(HazardFactors(), "210303")->label_zh, "静电和杂散电流");
}

TEST(RiskCodes, HazardFactorRollUp) {
  // (node, code) → the child of node on the way up from code: the statistics' roll-up by class
  // and its drill-down one level at a time.
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"", "210301", "2"},   {"2", "210301", "21"},  {"21", "210301", "2103"},
      {"2103", "210301", "210301"},                  {"210301", "210301", ""},
      {"", "1", "1"},        {"1", "1", ""},         {"", "4503", "4"},
      {"4", "4503", "45"},   {"45", "4503", "4503"}, {"3", "210301", ""},
      {"22", "210301", ""},  {"", "", ""},           {"", "5", ""},
      {"", "21030", ""},     {"2", "29", "29"}};
  for (const auto& [node, code, child] : cases)
    EXPECT_EQ(HazardFactorChildOf(node, code), child) << node << " " << code;
  EXPECT_TRUE(HazardFactorHasChildren(""));
  EXPECT_TRUE(HazardFactorHasChildren("2"));
  EXPECT_TRUE(HazardFactorHasChildren("2103"));
  EXPECT_FALSE(HazardFactorHasChildren("210301"));
  EXPECT_FALSE(HazardFactorHasChildren("5"));
  EXPECT_EQ(HazardFactorChildren(""), (std::vector<std::string>{"1", "2", "3", "4"}));
  EXPECT_EQ(HazardFactorChildren("2").front(), "21");
  EXPECT_EQ(HazardFactorChildren("2").back(), "29");
  EXPECT_TRUE(HazardFactorChildren("210301").empty());
  // Every code of the tree rolls up to its class, and every class's children roll up to it.
  for (const auto& e : HazardFactors()) {
    EXPECT_EQ(HazardFactorChildOf("", e.code), HazardFactorClass(e.code)) << e.code;
    if (!e.parent.empty()) EXPECT_EQ(HazardFactorChildOf(e.parent, e.code), e.code) << e.code;
  }
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
