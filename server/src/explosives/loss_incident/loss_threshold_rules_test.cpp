#include "explosives/loss_incident/loss_threshold_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::loss_incident {
namespace {

using Q = std::map<std::string, std::int64_t, std::less<>>;
using Out = std::map<std::string, std::int64_t>;

TEST(LossThresholdRulesTest, WhichUncodedShortfallsOpenAnIncident) {
  const auto catalogue = catalogue::DefaultCatalogue();
  const LossReportingConfig any;                        // the default: any shortfall with mass
  const LossReportingConfig massless{0, 1};             // shock tube too
  const LossReportingConfig kilo{1000, 0};              // at least 1 kg net explosive mass
  struct Row {
    const char* name;
    Q book, counted;
    LossReportingConfig config;
    Out expected;
  };
  const std::vector<Row> rows = {
      {"0.5 kg of explosive short", {{"industrial_explosive", 100000}},
       {{"industrial_explosive", 99500}}, any, {{"industrial_explosive", 500}}},
      {"one gram short is still a loss", {{"industrial_explosive", 100000}},
       {{"industrial_explosive", 99999}}, any, {{"industrial_explosive", 1}}},
      {"not counted at all: the whole book", {{"detonating_cord", 50000}}, {}, any,
       {{"detonating_cord", 50000}}},
      {"a surplus is no loss", {{"industrial_explosive", 100000}},
       {{"industrial_explosive", 100500}}, any, {}},
      {"exact count", {{"black_powder", 7000}}, {{"black_powder", 7000}}, any, {}},
      {"shock tube has no explosive mass", {{"shock_tube", 200000}}, {{"shock_tube", 150000}},
       any, {}},
      {"unless massless products are reported", {{"shock_tube", 200000}},
       {{"shock_tube", 150000}}, massless, {{"shock_tube", 50000}}},
      {"shock tube listed beside a massed shortfall only when configured",
       {{"shock_tube", 2000}, {"ammonium_nitrate", 9000}},
       {{"shock_tube", 1000}, {"ammonium_nitrate", 8000}}, any, {{"ammonium_nitrate", 1000}}},
      {"below the threshold: 0.9 kg", {{"industrial_explosive", 10000}},
       {{"industrial_explosive", 9100}}, kilo, {}},
      {"the threshold counts the sum: 0.6 kg + 0.5 kg", {{"industrial_explosive", 10000}, {"black_powder", 10000}},
       {{"industrial_explosive", 9400}, {"black_powder", 9500}}, kilo,
       {{"black_powder", 500}, {"industrial_explosive", 600}}},
      {"cord in grams: 100 m × 12 g = 1.2 kg", {{"detonating_cord", 100000}}, {}, kilo,
       {{"detonating_cord", 100000}}},
      {"an unknown product counts as having mass", {{"mystery", 1000}}, {}, any, {{"mystery", 1000}}},
  };
  for (const auto& r : rows)
    EXPECT_EQ(ReportableShortfalls(catalogue, r.book, r.counted, r.config), r.expected) << r.name;
}

TEST(LossThresholdRulesTest, SettingJsonDefaultsRangesAndRoundTrip) {
  EXPECT_EQ(LossReportingConfigToJson({}), R"({"min_net_mass_grams":0,"massless_products":0})");
  auto parsed = ParseLossReportingConfig(R"({"min_net_mass_grams":250})");
  ASSERT_TRUE(std::holds_alternative<LossReportingConfig>(parsed));
  EXPECT_EQ(std::get<LossReportingConfig>(parsed).min_net_mass_grams, 250);
  EXPECT_EQ(std::get<LossReportingConfig>(parsed).massless_products, 0);
  auto bad = ParseLossReportingConfig(R"({"min_net_mass_grams":-1,"massless_products":2})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  const auto& errors = std::get<std::vector<FieldError>>(bad);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "min_net_mass_grams");
  EXPECT_EQ(errors[0].rule, "range");
  EXPECT_EQ(errors[1].field, "massless_products");
  EXPECT_FALSE(LossReportingConfigFromJson(R"({"grams":1})"));
  EXPECT_FALSE(LossReportingConfigFromJson("[]"));
}

}  // namespace
}  // namespace anjian::loss_incident
