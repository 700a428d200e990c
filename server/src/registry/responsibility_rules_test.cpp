#include "registry/responsibility_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::registry {
namespace {

TEST(ResponsibilityRulesTest, KindsInOrderWithTheirLabels) {
  const std::vector<std::string> values = {"principal",     "deputy",
                                           "safety_officer", "internal_unit",
                                           "accountable_person", "other"};
  EXPECT_EQ(ResponsibilityKindValues(), values);
  ASSERT_EQ(AllResponsibilityKinds().size(), values.size());
  for (const auto& k : AllResponsibilityKinds()) {
    EXPECT_FALSE(k.label_zh.empty()) << k.value;
    EXPECT_FALSE(k.label_en.empty()) << k.value;
    EXPECT_EQ(ResponsibilityKindLabelZh(k.value), k.label_zh);
  }
  struct Case {
    const char* value;
    std::optional<std::string_view> label_zh;
  };
  const Case cases[] = {{"principal", "主要负责人"},     {"deputy", "分管负责人"},
                        {"safety_officer", "安全管理人员"}, {"internal_unit", "内设机构"},
                        {"accountable_person", "包保责任人"}, {"other", "其他"},
                        {"Principal", std::nullopt},       {"", std::nullopt}};
  for (const auto& c : cases) EXPECT_EQ(ResponsibilityKindLabelZh(c.value), c.label_zh) << c.value;
}

TEST(ResponsibilityRulesTest, OwnerKinds) {
  EXPECT_EQ(ResponsibilityOwnerKinds(), (std::vector<std::string>{"agency", "enterprise"}));
  EXPECT_EQ(OwnerKindLabelZh("agency"), "监管部门");
  EXPECT_EQ(OwnerKindLabelZh("enterprise"), "企业");
}

}  // namespace
}  // namespace anjian::registry
