#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::hidden_danger {
namespace {

using S = HiddenDangerSource;

TEST(HiddenDangerSourceTest, ValuesLabelsAndRegulatorRegistration) {
  struct Case {
    S source;
    const char *value, *zh, *en;
    bool by_regulator;
  };
  const Case cases[] = {
      {S::kInspection, "inspection", "隐患排查", "Inspection", false},
      {S::kAdHoc, "ad_hoc", "随手拍", "Ad hoc report", false},
      {S::kEnforcement, "enforcement", "执法检查", "Enforcement inspection", true},
      {S::kReferral, "referral", "部门转办", "Referral", true},
      {S::kDerived, "derived", "系统判定", "Determined from the data", true},
  };
  ASSERT_EQ(AllHiddenDangerSources().size(), std::size(cases));
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    const auto& c = cases[i];
    EXPECT_EQ(AllHiddenDangerSources()[i], c.source);
    EXPECT_EQ(HiddenDangerSourceValue(c.source), c.value);
    EXPECT_EQ(ParseHiddenDangerSource(c.value), c.source);
    EXPECT_EQ(HiddenDangerSourceLabelZh(c.source), c.zh);
    EXPECT_EQ(HiddenDangerSourceLabelEn(c.source), c.en);
    EXPECT_EQ(RegisteredByRegulator(c.source), c.by_regulator) << c.value;
  }
  EXPECT_FALSE(ParseHiddenDangerSource("adhoc"));
  EXPECT_FALSE(ParseHiddenDangerSource("Inspection"));
  EXPECT_FALSE(ParseHiddenDangerSource(""));
}

}  // namespace
}  // namespace anjian::hidden_danger
