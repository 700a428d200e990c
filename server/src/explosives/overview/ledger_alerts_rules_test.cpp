#include "explosives/overview/ledger_alerts_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::overview {
namespace {

TEST(LedgerAlertsTest, DefaultsAreValid) {
  LedgerAlertConfig c;
  EXPECT_EQ(c.stocktake_overdue_days, 90);
  EXPECT_DOUBLE_EQ(c.capacity_alert_percent, 90.0);
  EXPECT_TRUE(ValidateLedgerAlertConfig(c).empty());
}

TEST(LedgerAlertsTest, ReadsEitherKeyAndKeepsTheOther) {
  auto c = LedgerAlertConfigFromJson(R"({"stocktake_overdue_days": 30})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->stocktake_overdue_days, 30);
  EXPECT_DOUBLE_EQ(c->capacity_alert_percent, 90.0);
  c = LedgerAlertConfigFromJson(R"({"capacity_alert_percent": 85.5})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->stocktake_overdue_days, 90);
  EXPECT_DOUBLE_EQ(c->capacity_alert_percent, 85.5);
  EXPECT_TRUE(LedgerAlertConfigFromJson("{}"));
}

TEST(LedgerAlertsTest, RefusesBadTextTypesAndRanges) {
  for (const char* bad : {"", "not json", "[]", R"({"stocktake_overdue_days": "30"})",
                          R"({"stocktake_overdue_days": 0})", R"({"stocktake_overdue_days": 10000})",
                          R"({"stocktake_overdue_days": 1.5})", R"({"capacity_alert_percent": 0})",
                          R"({"capacity_alert_percent": 101})", R"({"capacity_alert_percent": true})"})
    EXPECT_FALSE(LedgerAlertConfigFromJson(bad)) << bad;
  LedgerAlertConfig c;
  c.stocktake_overdue_days = 0;
  c.capacity_alert_percent = 0;
  auto errs = ValidateLedgerAlertConfig(c);
  ASSERT_EQ(errs.size(), 2u);
  EXPECT_EQ(errs[0].field, "stocktake_overdue_days");
  EXPECT_EQ(errs[0].message, "must be 1-9999 days");
  EXPECT_EQ(errs[0].message_zh, "应为 1 至 9999 天");
  EXPECT_EQ(errs[1].field, "capacity_alert_percent");
}

TEST(LedgerAlertsTest, ParseNamesEveryFieldAndRule) {
  auto r = ParseLedgerAlertConfig(
      R"({"stocktake_overdue_days": 0, "capacity_alert_percent": "x", "capacity": 1})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(r));
  std::vector<std::string> got;
  for (const auto& e : std::get<std::vector<FieldError>>(r)) got.push_back(e.field + ":" + e.rule);
  // Shape errors come first; range checks only run on a well-formed value.
  EXPECT_EQ(got, (std::vector<std::string>{"capacity:config_field_unknown",
                                           "capacity_alert_percent:config_field_type"}));
  r = ParseLedgerAlertConfig(R"({"capacity_alert_percent": 120})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(r));
  EXPECT_EQ(std::get<std::vector<FieldError>>(r)[0].rule, "percent_range");
  EXPECT_EQ(std::get<std::vector<FieldError>>(r)[0].field, "capacity_alert_percent");
}

TEST(LedgerAlertsTest, SerializedFormParsesBack) {
  LedgerAlertConfig c;
  c.stocktake_overdue_days = 45;
  c.capacity_alert_percent = 75.5;
  auto back = ParseLedgerAlertConfig(LedgerAlertConfigToJson(c));
  ASSERT_TRUE(std::holds_alternative<LedgerAlertConfig>(back));
  EXPECT_EQ(std::get<LedgerAlertConfig>(back).stocktake_overdue_days, 45);
  EXPECT_DOUBLE_EQ(std::get<LedgerAlertConfig>(back).capacity_alert_percent, 75.5);
}

TEST(LedgerAlertsTest, DailyCloseGraceAndLookBack) {
  LedgerAlertConfig d;
  EXPECT_EQ(d.daily_close_grace_days, 1);
  EXPECT_EQ(d.daily_close_lookback_days, 31);
  auto c = LedgerAlertConfigFromJson(R"({"daily_close_grace_days": 0, "daily_close_lookback_days": 366})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->daily_close_grace_days, 0);
  EXPECT_EQ(c->daily_close_lookback_days, 366);
  EXPECT_EQ(c->stocktake_overdue_days, 90);
  for (const char* bad : {R"({"daily_close_grace_days": -1})", R"({"daily_close_grace_days": 31})",
                          R"({"daily_close_grace_days": "1"})", R"({"daily_close_lookback_days": 0})",
                          R"({"daily_close_lookback_days": 367})", R"({"daily_close_lookback_days": 2.5})"})
    EXPECT_FALSE(LedgerAlertConfigFromJson(bad)) << bad;
  d.daily_close_grace_days = 99;
  d.daily_close_lookback_days = 0;
  auto errs = ValidateLedgerAlertConfig(d);
  ASSERT_EQ(errs.size(), 2u);
  EXPECT_EQ(errs[0].field, "daily_close_grace_days");
  EXPECT_EQ(errs[1].field, "daily_close_lookback_days");
}

}  // namespace
}  // namespace anjian::overview
