#include "dual_prevention/investigation/company_daily_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/test_util.hpp"

namespace anjian::investigation {
namespace {

using core::testing::WellFormed;

std::set<std::string> FieldRules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

TEST(CompanyDailyTest, WhichIndustriesInspectDaily) {
  const std::pair<const char*, bool> cases[] = {
      {"civil_explosives_production", true}, {"civil_explosives_sales", true},
      {"hazardous_chemicals", false},        {"", false},
      {"civil_explosives", false}};
  for (const auto& [industry, expected] : cases)
    EXPECT_EQ(RequiresCompanyDailyInspection(industry), expected) << industry;
}

TEST(CompanyDailyTest, MandatoryDutyStaysActiveAndAtLeastDaily) {
  struct Case {
    const char* frequency;
    bool active;
    std::set<std::string> rules;
  };
  const Case cases[] = {
      {"daily", true, {}},
      {"per_shift", true, {}},
      {"weekly", true, {"frequency:mandatory_duty_frequency"}},
      {"monthly", true, {"frequency:mandatory_duty_frequency"}},
      {"yearly", true, {"frequency:mandatory_duty_frequency"}},
      {"daily", false, {"active:mandatory_duty_inactive"}},
      {"quarterly", false, {"active:mandatory_duty_inactive", "frequency:mandatory_duty_frequency"}},
      // An unknown frequency is the frequency rule's (risk's frequency_invalid), not this one's.
      {"hourly", true, {}},
  };
  for (const auto& c : cases) {
    auto errors = CheckMandatoryDutyChange(c.frequency, c.active);
    EXPECT_EQ(FieldRules(errors), c.rules) << c.frequency << " " << c.active;
    EXPECT_TRUE(WellFormed(errors));
  }
  auto weekly = CheckMandatoryDutyChange("weekly", true);
  ASSERT_EQ(weekly.size(), 1u);
  EXPECT_NE(weekly[0].message_zh.find("每周"), std::string::npos) << weekly[0].message_zh;
}

TEST(CompanyDailyTest, AreasFromProductionAndMagazines) {
  struct Case {
    const char* industry;
    std::vector<StoreArea> stores;
    std::vector<std::pair<std::string, std::string>> areas;
  };
  const Case cases[] = {
      {"civil_explosives_production", {}, {{"p", "生产区"}}},
      {"civil_explosives_production",
       {{7, "1号库"}, {9, "2号库"}},
       {{"p", "生产区"}, {"s7", "库区：1号库"}, {"s9", "库区：2号库"}}},
      {"civil_explosives_sales", {{3, "雷管库"}}, {{"s3", "库区：雷管库"}}},
      {"civil_explosives_sales", {}, {{"", ""}}},
  };
  for (const auto& c : cases) {
    auto areas = CompanyDailyAreas(c.industry, c.stores);
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& a : areas) got.emplace_back(a.key, a.name_zh);
    EXPECT_EQ(got, c.areas) << c.industry << " " << c.stores.size();
  }
}

}  // namespace
}  // namespace anjian::investigation
