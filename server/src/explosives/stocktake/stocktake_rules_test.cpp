#include "explosives/stocktake/stocktake_rules.hpp"

#include <gtest/gtest.h>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::stocktake {
namespace {

using catalogue::Milli;

const catalogue::Catalogue& Cat() {
  static const auto c = catalogue::DefaultCatalogue();
  return c;
}

std::vector<std::string> FieldRules(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.rule);
  return out;
}

TEST(StocktakeRulesTest, NumberIsTheCountDateAndTheId) {
  EXPECT_EQ(StocktakeNumber("2026-11-22T01:30:00Z", 42), "PD20261122-000042");
  EXPECT_EQ(StocktakeNumber("2026-11-22T01:30:00Z", 1234567), "PD20261122-1234567");
}

TEST(StocktakeRulesTest, Statuses) {
  for (const char* s : {"counted", "approved", "rejected"}) EXPECT_TRUE(IsStocktakeStatus(s)) << s;
  for (const char* s : {"", "open", "Approved"}) EXPECT_FALSE(IsStocktakeStatus(s)) << s;
}

TEST(StocktakeRulesTest, CountedQuantitiesNameUncodedProductsOfTheCatalogue) {
  EXPECT_TRUE(CheckCountedProducts(Cat(), {{"industrial_explosive", Milli(3)}}).empty());
  EXPECT_EQ(FieldRules(CheckCountedProducts(
                Cat(), {{"electronic_detonator", Milli(1)}, {"gold", 0}, {"black_powder", 0}})),
            (std::vector<std::string>{"quantities.electronic_detonator:product_counted_by_code",
                                      "quantities.gold:product_unknown"}));
}

TEST(StocktakeRulesTest, EveryUncodedProductOnTheBooksIsCounted) {
  const Quantities balances{{"electronic_detonator", Milli(100)},
                            {"industrial_explosive", Milli(25) + 500},
                            {"black_powder", Milli(2)}};
  const Quantities book = UncodedQuantities(Cat(), balances);
  EXPECT_EQ(book, (Quantities{{"black_powder", Milli(2)}, {"industrial_explosive", Milli(25) + 500}}));
  EXPECT_TRUE(CheckBookProductsCounted(Cat(), book, {{"black_powder", 0}, {"industrial_explosive", 0}})
                  .empty());
  auto errors = CheckBookProductsCounted(Cat(), book, {{"black_powder", Milli(2)}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "quantities.industrial_explosive");
  EXPECT_EQ(errors[0].rule, "quantity_required");
  EXPECT_EQ(errors[0].message,
            "the store holds 25.5 of industrial_explosive on the books: count it (0 when none was "
            "found)");
  EXPECT_EQ(errors[0].message_zh, "账面有“" + Cat().Find("industrial_explosive")->label_zh +
                                      "”25.5，须填写实盘数量（未找到填 0）");
}

TEST(StocktakeRulesTest, TheVarianceBecomesOutAndInAdjustmentsByProduct) {
  const std::vector<StocktakeCode> codes{{"A1", "missing", "electronic_detonator"},
                                         {"A2", "extra", "electronic_detonator"},
                                         {"A3", "missing", "electronic_detonator"},
                                         {"B1", "extra", ""}};
  const std::vector<StocktakeQuantity> differences{{"industrial_explosive", Milli(10), Milli(9)},
                                                   {"black_powder", Milli(1), Milli(2)}};
  auto planned = PlanAdjustments(Cat(), codes, differences, "electronic_detonator");
  ASSERT_TRUE(std::holds_alternative<Adjustments>(planned));
  const auto& a = std::get<Adjustments>(planned);
  EXPECT_EQ(a.missing.at("electronic_detonator"), (std::vector<std::string>{"A1", "A3"}));
  EXPECT_EQ(a.extra.at("electronic_detonator"), (std::vector<std::string>{"A2", "B1"}));
  EXPECT_EQ(a.lost.size(), 2u);
  EXPECT_EQ(a.loss_quantities, (std::map<std::string, std::int64_t>{{"industrial_explosive", Milli(1)}}));
  EXPECT_EQ(a.gain_quantities, (std::map<std::string, std::int64_t>{{"black_powder", Milli(1)}}));
}

TEST(StocktakeRulesTest, AnExtraCodeNeverBookedNeedsACodedProduct) {
  const std::vector<StocktakeCode> codes{{"B1", "extra", ""}, {"B2", "extra", ""}};
  auto planned = PlanAdjustments(Cat(), codes, {}, "");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(planned));
  const auto& e = std::get<std::vector<FieldError>>(planned);
  ASSERT_EQ(e.size(), 1u);  // the first such code only
  EXPECT_EQ(e[0].rule, "extra_product_required");
  EXPECT_EQ(e[0].message, "extra code B1 was never booked: name its product");
  for (const char* bad : {"industrial_explosive", "gold"}) {
    planned = PlanAdjustments(Cat(), codes, {}, bad);
    ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(planned)) << bad;
    EXPECT_EQ(FieldRules(std::get<std::vector<FieldError>>(planned)),
              std::vector<std::string>{"extra_product_id:product_not_coded"});
  }
}

}  // namespace
}  // namespace anjian::stocktake
