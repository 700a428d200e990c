#include "settings/business_settings_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace anjian::settings {
namespace {

TEST(BusinessSettings, KeysAreUniqueAndDefaultsNormalizeToThemselves) {
  std::set<std::string> keys;
  for (const auto& s : BusinessSettings()) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_FALSE(s.label_zh.empty());
    EXPECT_FALSE(s.label_en.empty());
    auto n = s.normalize(s.default_json());
    ASSERT_TRUE(std::holds_alternative<std::string>(n)) << s.key;
    EXPECT_EQ(std::get<std::string>(n), s.default_json()) << s.key;
  }
  EXPECT_EQ(keys, (std::set<std::string>{"risk_assessment_config", "hidden_danger_escalation",
                                         "ledger_alerts", "loss_reporting",
                                         "accident_reporting", "hidden_danger_report_deadlines",
                                         "emergency_resource_alerts", "emergency_plans",
                                         "drill_frequency", "duty_coverage",
                                         "duty_shift", "duty_spot_check",
                                         "licences",
                                         "licence_gate",
                                         "veto",
                                         "people_qualifications",
                                         "dishonesty_list"}));
}

TEST(BusinessSettings, FindsByKey) {
  ASSERT_NE(FindBusinessSetting("ledger_alerts"), nullptr);
  EXPECT_EQ(FindBusinessSetting("security_policy"), nullptr);  // not business configuration
  EXPECT_EQ(FindBusinessSetting(""), nullptr);
}

TEST(BusinessSettings, NormalizeCanonicalisesAndReportsFieldPaths) {
  const auto* ledger = FindBusinessSetting("ledger_alerts");
  auto n = ledger->normalize(R"({ "capacity_alert_percent" : 80 })");
  ASSERT_TRUE(std::holds_alternative<std::string>(n));
  EXPECT_EQ(std::get<std::string>(n),
            R"({"stocktake_overdue_days":90,"capacity_alert_percent":80,)"
            R"("daily_close_grace_days":1,"daily_close_lookback_days":31})");
  n = ledger->normalize(R"({"capacity_alert_percent": 0})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(n));
  EXPECT_EQ(std::get<std::vector<FieldError>>(n)[0].field, "capacity_alert_percent");

  const auto* risk = FindBusinessSetting("risk_assessment_config");
  n = risk->normalize("{}");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(n));
  EXPECT_FALSE(std::get<std::vector<FieldError>>(n).empty());
}

}  // namespace
}  // namespace anjian::settings
