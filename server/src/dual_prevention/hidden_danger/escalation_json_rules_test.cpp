#include "dual_prevention/hidden_danger/escalation_json_rules.hpp"

#include <gtest/gtest.h>

namespace hd = anjian::hidden_danger;

namespace {

std::vector<std::string> Rules(const std::variant<hd::EscalationConfig, std::vector<anjian::FieldError>>& r) {
  std::vector<std::string> out;
  if (const auto* e = std::get_if<std::vector<anjian::FieldError>>(&r))
    for (const auto& x : *e) out.push_back(x.field + ":" + x.rule);
  return out;
}

TEST(EscalationJson, RoundTripsTheDefaults) {
  auto text = hd::EscalationConfigToJson(hd::DefaultEscalationConfig());
  auto back = hd::EscalationConfigFromJson(text);
  ASSERT_TRUE(std::holds_alternative<hd::EscalationConfig>(back));
  EXPECT_EQ(std::get<hd::EscalationConfig>(back).regulator_after_days_overdue, 7);
  EXPECT_NE(text.find("\"reminder_days_before\":3"), std::string::npos);
}

TEST(EscalationJson, MissingKeysKeepDefaults) {
  auto r = hd::EscalationConfigFromJson(R"({"reminder_days_before": 5})");
  ASSERT_TRUE(std::holds_alternative<hd::EscalationConfig>(r));
  EXPECT_EQ(std::get<hd::EscalationConfig>(r).reminder_days_before, 5);
  EXPECT_EQ(std::get<hd::EscalationConfig>(r).superior_after_days_overdue, 1);
}

TEST(EscalationJson, WholeNumberFromADouble) {
  auto r = hd::EscalationConfigFromJson(R"({"reminder_days_before": 4.0})");
  ASSERT_TRUE(std::holds_alternative<hd::EscalationConfig>(r));
  EXPECT_EQ(std::get<hd::EscalationConfig>(r).reminder_days_before, 4);
}

TEST(EscalationJson, RefusesBadShapesAndValues) {
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson("[1]")), std::vector<std::string>{":config_json_invalid"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson("not json")),
            std::vector<std::string>{":config_json_invalid"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"reminder_days": 3})")),
            std::vector<std::string>{"reminder_days:config_field_unknown"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"reminder_days_before": "3"})")),
            std::vector<std::string>{"reminder_days_before:config_field_type"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"reminder_days_before": 2.5})")),
            std::vector<std::string>{"reminder_days_before:config_field_type"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"reminder_days_before": 99999999999})")),
            std::vector<std::string>{"reminder_days_before:config_field_type"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"superior_after_days_overdue": 0})")),
            std::vector<std::string>{"superior_after_days_overdue:superior_days_invalid"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(
                R"({"superior_after_days_overdue": 5, "regulator_after_days_overdue": 5})")),
            std::vector<std::string>{"regulator_after_days_overdue:regulator_days_order"});
}

// The assessment cut-off is a date text beside the numbers: written back, read, refused when it
// is not a date; absent keeps the default (empty: the day the rule was introduced).
TEST(EscalationJson, AssessmentAppliesFromDate) {
  EXPECT_NE(hd::EscalationConfigToJson(hd::DefaultEscalationConfig()).find(
                "\"assessment_applies_from\":\"\""),
            std::string::npos);
  auto r = hd::EscalationConfigFromJson(
      R"({"assessment_hours": 12, "assessment_applies_from": "2026-12-06"})");
  ASSERT_TRUE(std::holds_alternative<hd::EscalationConfig>(r));
  EXPECT_EQ(std::get<hd::EscalationConfig>(r).assessment_applies_from, "2026-12-06");
  EXPECT_EQ(std::get<hd::EscalationConfig>(r).assessment_hours, 12);
  EXPECT_NE(hd::EscalationConfigToJson(std::get<hd::EscalationConfig>(r))
                .find("\"assessment_applies_from\":\"2026-12-06\""),
            std::string::npos);
  r = hd::EscalationConfigFromJson(R"({"reminder_days_before": 2})");
  ASSERT_TRUE(std::holds_alternative<hd::EscalationConfig>(r));
  EXPECT_EQ(std::get<hd::EscalationConfig>(r).assessment_applies_from, "");
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"assessment_applies_from": 20261206})")),
            std::vector<std::string>{"assessment_applies_from:date_invalid"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(R"({"assessment_applies_from": "12/06/2026"})")),
            std::vector<std::string>{"assessment_applies_from:date_invalid"});
  EXPECT_EQ(Rules(hd::EscalationConfigFromJson(
                R"({"assessment_applies_from": "x", "reminder_days": 1})")),
            (std::vector<std::string>{"assessment_applies_from:date_invalid",
                                      "reminder_days:config_field_unknown"}));
}

}  // namespace
