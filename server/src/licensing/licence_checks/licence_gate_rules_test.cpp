#include "licensing/licence_checks/licence_gate_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::licence_checks {
namespace {

using catalogue::Milli;

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

std::set<std::string> Rules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

GateProduct Emulsion() { return {"emulsion_x", "industrial_explosive", "乳化炸药", "千克"}; }
GateProduct Edet() { return {"electronic_detonator", "electronic_detonator", "工业数码电子雷管", "发"}; }
GateProduct Cord() { return {"detonating_cord", "detonating_cord", "工业导爆索", "米"}; }

GateLicence Production(std::string status = "valid") {
  return {std::string(kProductionLicence), "MB生许证字〔2024〕001号", std::move(status), D("2024-03-01"),
          D("2027-02-28"),
          {{"industrial_explosive", "工业炸药", Milli(10000), "千克"},
           {"electronic_detonator", "工业数码电子雷管", Milli(5000), "发"}}};
}
GateLicence Sales() {
  return {std::string(kSalesLicence), "鲁民爆销〔2025〕007号", "valid", D("2025-01-01"),
          D("2027-12-31"),
          {{"industrial_explosive", "工业炸药", Milli(2000), "千克"},
           {"detonating_cord", "工业导爆索", std::nullopt, "米"}}};
}

GateInput Input(GateVoucher v, std::vector<GateLicence> licences, std::vector<GateLine> lines,
                std::string_view on = "2026-06-15") {
  GateInput in;
  in.voucher = v;
  in.on = D(on);
  in.licences = std::move(licences);
  in.lines = std::move(lines);
  return in;
}

TEST(LicenceGate, ProductionWithinScopeAndQuantityPasses) {
  auto in = Input(GateVoucher::kProduction, {Production()}, {{Emulsion(), Milli(600)}});
  in.year_to_date_milli = {{"emulsion_x", Milli(9400)}};
  in.product_kinds = {{"emulsion_x", "industrial_explosive"}};
  EXPECT_TRUE(CheckLicenceGate(in).empty());  // 9400 + 600 = 10000: exactly the annual quantity
}

TEST(LicenceGate, NoLicenceOfTheNeededKindRefusesOnReason) {
  auto in = Input(GateVoucher::kProduction, {Sales()}, {{Emulsion(), Milli(1)}});
  const auto errors = CheckLicenceGate(in);
  ASSERT_EQ(Rules(errors), (std::set<std::string>{"reason:licence_gate_missing"}));
  EXPECT_NE(errors[0].message_zh.find("民用爆炸物品生产许可证"), std::string::npos);
  EXPECT_NE(errors[0].message_zh.find("2026-06-15"), std::string::npos);
}

TEST(LicenceGate, EachStateOutOfForceNamesTheLicenceAndWhy) {
  struct Case {
    std::string status;
    std::string on;
    std::string zh;
  } cases[] = {
      {"suspended", "2026-06-15", "已暂扣"},
      {"revoked", "2026-06-15", "已吊销"},
      {"expired", "2026-06-15", "已过期"},
      {"valid", "2027-03-01", "已过期"},       // the day after valid_until
      {"valid", "2024-02-29", "尚未生效"},     // the day before valid_from
  };
  for (const auto& c : cases) {
    auto in = Input(GateVoucher::kProduction, {Production(c.status)}, {{Emulsion(), Milli(1)}}, c.on);
    const auto errors = CheckLicenceGate(in);
    ASSERT_EQ(Rules(errors), (std::set<std::string>{"reason:licence_gate_not_in_force"})) << c.status << c.on;
    EXPECT_NE(errors[0].message_zh.find("MB生许证字〔2024〕001号"), std::string::npos);
    EXPECT_NE(errors[0].message_zh.find(c.zh), std::string::npos) << errors[0].message_zh;
  }
  // The bounds themselves are inside the validity.
  EXPECT_TRUE(CheckLicenceGate(Input(GateVoucher::kProduction, {Production()},
                                     {{Emulsion(), Milli(1)}}, "2024-03-01")).empty());
  EXPECT_TRUE(CheckLicenceGate(Input(GateVoucher::kProduction, {Production()},
                                     {{Emulsion(), Milli(1)}}, "2027-02-28")).empty());
  // An unknown status never lets goods through.
  EXPECT_FALSE(CheckLicenceGate(Input(GateVoucher::kProduction, {Production("draft")},
                                      {{Emulsion(), Milli(1)}})).empty());
}

TEST(LicenceGate, ProductOutsideTheScopeNamesTheLine) {
  auto in = Input(GateVoucher::kProduction, {Production()},
                  {{Emulsion(), Milli(5)}, {Cord(), Milli(200)}});
  const auto errors = CheckLicenceGate(in);
  ASSERT_EQ(Rules(errors), (std::set<std::string>{"lines[1].product:licence_gate_product"}));
  EXPECT_NE(errors[0].message_zh.find("工业导爆索"), std::string::npos);
  EXPECT_NE(errors[0].message_zh.find("MB生许证字〔2024〕001号"), std::string::npos);
}

TEST(LicenceGate, ScopeByProductIdOrByKind) {
  GateLicence l = Production();
  l.scope = {{"emulsion_x", "乳化炸药", std::nullopt, "千克"}};
  EXPECT_TRUE(CheckLicenceGate(Input(GateVoucher::kProduction, {l}, {{Emulsion(), Milli(1)}})).empty());
  GateProduct other{"powder_y", "industrial_explosive", "粉状炸药", "千克"};
  EXPECT_FALSE(CheckLicenceGate(Input(GateVoucher::kProduction, {l}, {{other, Milli(1)}})).empty());
}

TEST(LicenceGate, YearToDatePlusThisVoucherOverTheAnnualQuantityGivesTheFigures) {
  auto in = Input(GateVoucher::kProduction, {Production()},
                  {{Emulsion(), Milli(300)}, {Emulsion(), Milli(301)}});
  in.year_to_date_milli = {{"emulsion_x", Milli(9000)}, {"powder_y", Milli(400)},
                           {"electronic_detonator", Milli(4999)}};
  in.product_kinds = {{"emulsion_x", "industrial_explosive"},
                      {"powder_y", "industrial_explosive"},
                      {"electronic_detonator", "electronic_detonator"}};
  const auto errors = CheckLicenceGate(in);
  ASSERT_EQ(Rules(errors), (std::set<std::string>{"lines[1].quantity:licence_gate_quantity"}));
  const auto& zh = errors[0].message_zh;
  // 9000 + 400 of the kind this year, 601 on the voucher: 10001 > 10000.
  EXPECT_NE(zh.find("10000 千克"), std::string::npos) << zh;
  EXPECT_NE(zh.find("本年已登记 9400 千克"), std::string::npos) << zh;
  EXPECT_NE(zh.find("本单 601 千克"), std::string::npos) << zh;
  EXPECT_NE(zh.find("合计 10001 千克"), std::string::npos) << zh;
  EXPECT_NE(errors[0].message.find("10001"), std::string::npos);
  // The detonators' entry is separate: 4999 + 1 = 5000 passes, 4999 + 2 does not.
  auto det = Input(GateVoucher::kProduction, {Production()}, {{Edet(), Milli(1)}});
  det.year_to_date_milli = in.year_to_date_milli;
  det.product_kinds = in.product_kinds;
  EXPECT_TRUE(CheckLicenceGate(det).empty());
  det.lines[0].quantity_milli = Milli(2);
  EXPECT_EQ(Rules(CheckLicenceGate(det)),
            (std::set<std::string>{"lines[0].quantity:licence_gate_quantity"}));
}

TEST(LicenceGate, SaleNeedsTheSalesLicenceOrTheProducersOwnLicence) {
  // A seller with a sales licence: within its scope; the cord has no quantity limit.
  EXPECT_TRUE(CheckLicenceGate(Input(GateVoucher::kSale, {Sales()}, {{Cord(), Milli(99999)}})).empty());
  // Over the sales licence's annual quantity.
  auto over = Input(GateVoucher::kSale, {Sales()}, {{Emulsion(), Milli(501)}});
  over.year_to_date_milli = {{"emulsion_x", Milli(1500)}};
  over.product_kinds = {{"emulsion_x", "industrial_explosive"}};
  EXPECT_EQ(Rules(CheckLicenceGate(over)),
            (std::set<std::string>{"lines[0].quantity:licence_gate_quantity"}));
  // A producer sells its own products on its production licence (条例 art. 20)…
  EXPECT_TRUE(CheckLicenceGate(Input(GateVoucher::kSale, {Production()}, {{Edet(), Milli(10)}})).empty());
  // …unless the deployment turns that off: then the sales licence is missing.
  auto strict = Input(GateVoucher::kSale, {Production()}, {{Edet(), Milli(10)}});
  strict.producer_sells_own = false;
  EXPECT_EQ(Rules(CheckLicenceGate(strict)), (std::set<std::string>{"reason:licence_gate_missing"}));
  // Nothing at all.
  EXPECT_EQ(Rules(CheckLicenceGate(Input(GateVoucher::kSale, {}, {{Edet(), Milli(10)}}))),
            (std::set<std::string>{"reason:licence_gate_missing"}));
  // An expired sales licence and no production licence: the sales licence is named.
  GateLicence expired = Sales();
  expired.valid_until = D("2026-01-31");
  const auto e = CheckLicenceGate(Input(GateVoucher::kSale, {expired}, {{Emulsion(), Milli(1)}}));
  ASSERT_EQ(Rules(e), (std::set<std::string>{"reason:licence_gate_not_in_force"}));
  EXPECT_NE(e[0].message_zh.find("鲁民爆销〔2025〕007号"), std::string::npos);
}

TEST(LicenceGate, ConfigRoundTripAndBounds) {
  EXPECT_EQ(LicenceGateConfigToJson({}), R"({"enabled":1,"producer_sells_own":1})");
  auto c = LicenceGateConfigFromJson(R"({"enabled":0})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->enabled, 0);
  EXPECT_EQ(c->producer_sells_own, 1);
  EXPECT_FALSE(LicenceGateConfigFromJson(R"({"enabled":2})"));
  EXPECT_FALSE(LicenceGateConfigFromJson(R"({"gate":1})"));
}

}  // namespace
}  // namespace anjian::licence_checks
