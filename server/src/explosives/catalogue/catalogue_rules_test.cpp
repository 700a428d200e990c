#include "explosives/catalogue/catalogue_rules.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "explosives/catalogue/quantity_rules.hpp"
#include "core/test_util.hpp"

namespace anjian::catalogue {
namespace {

using core::testing::Rules;
using core::testing::WellFormed;
using Set = std::set<std::string>;

TEST(CatalogueTest, DefaultsAreValidAgainstDefaultRules) {
  EXPECT_TRUE(ValidateCatalogue(DefaultCatalogue(), magazine::DefaultStorageRulesConfig()).empty());
}

TEST(CatalogueTest, DefaultProducts) {
  struct Case {
    const char* id;
    Unit unit;
    const char* storage_class;
    double mass;
    bool coded;
  };
  const Case cases[] = {
      {"industrial_explosive", Unit::kKg, "explosive", 1.0, false},
      {"electronic_detonator", Unit::kPiece, "detonator", 0.001, true},
      {"detonating_cord", Unit::kMetre, "detonating_cord", 0.012, false},
      {"shock_tube", Unit::kMetre, "shock_tube", 0.0, false},
      {"black_powder", Unit::kKg, "black_powder", 1.0, false},
      {"ammonium_nitrate", Unit::kKg, "ammonium_nitrate", 1.0, false},
      {"semi_finished", Unit::kKg, "semi_finished", 1.0, false},
  };
  const auto catalogue = DefaultCatalogue();
  EXPECT_EQ(catalogue.products.size(), std::size(cases));
  for (const auto& c : cases) {
    const Product* p = catalogue.Find(c.id);
    ASSERT_NE(p, nullptr) << c.id;
    EXPECT_EQ(ProductKindValue(p->kind), c.id) << c.id;
    EXPECT_EQ(p->unit, c.unit) << c.id;
    EXPECT_EQ(p->storage_class, c.storage_class) << c.id;
    EXPECT_DOUBLE_EQ(p->net_explosive_mass_per_unit_kg, c.mass) << c.id;
    EXPECT_EQ(p->coded, c.coded) << c.id;
    EXPECT_EQ(p->ga441_codes, c.coded) << c.id;
  }
  EXPECT_EQ(catalogue.Find("fireworks"), nullptr);
}

// GB 6722 table 14-7's equivalences hold exactly in grams.
TEST(CatalogueTest, NetMassGrams) {
  const auto catalogue = DefaultCatalogue();
  const auto& cord = *catalogue.Find("detonating_cord");
  const auto& detonator = *catalogue.Find("electronic_detonator");
  const auto& tube = *catalogue.Find("shock_tube");
  const auto& explosive = *catalogue.Find("industrial_explosive");
  EXPECT_EQ(NetMassGrams(cord, Milli(50000)), 600'000);
  EXPECT_EQ(NetMassGrams(cord, Milli(1)), 12);
  EXPECT_EQ(NetMassGrams(cord, 500), 6);  // half a metre
  EXPECT_EQ(NetMassGrams(detonator, Milli(20000)), 20'000);
  EXPECT_EQ(NetMassGrams(detonator, Milli(1)), 1);
  EXPECT_EQ(NetMassGrams(tube, Milli(100000)), 0);
  EXPECT_EQ(NetMassGrams(explosive, 12'345), 12'345);
  EXPECT_TRUE(CountsAsPieces(detonator));
  EXPECT_FALSE(CountsAsPieces(cord));
}

TEST(CatalogueTest, EveryValidationRule) {
  struct Case {
    const char* name;
    void (*mutate)(Catalogue&);
    Set expected;
    const char* field;
  };
  const Case cases[] = {
      {"bad id", [](auto& c) { c.products[0].id = "Bad id"; }, {"product_id"}, "products[0].id"},
      {"duplicate", [](auto& c) { c.products.push_back(c.products[3]); }, {"product_duplicate"},
       "products[7].id"},
      {"unknown class", [](auto& c) { c.products[2].storage_class = "cord"; },
       {"product_storage_class"}, "products[2].storage_class"},
      {"negative mass", [](auto& c) { c.products[0].net_explosive_mass_per_unit_kg = -0.1; },
       {"product_mass"}, "products[0].net_explosive_mass_per_unit_kg"},
      {"nan mass", [](auto& c) { c.products[0].net_explosive_mass_per_unit_kg = std::nan(""); },
       {"product_mass"}, "products[0].net_explosive_mass_per_unit_kg"},
      {"zero mass ok", [](auto& c) { c.products[0].net_explosive_mass_per_unit_kg = 0; }, {}, ""},
      {"coded in kg", [](auto& c) { c.products[1].unit = Unit::kKg; }, {"product_coded_unit"},
       "products[1].unit"},
      {"ga441 uncoded",
       [](auto& c) {
         c.products[1].coded = false;
       },
       {"product_code_scheme"}, "products[1].ga441_codes"},
      {"coded without ga441 ok", [](auto& c) { c.products[1].ga441_codes = false; }, {}, ""},
      {"no label", [](auto& c) { c.products[4].label_en.clear(); }, {"product_label"},
       "products[4].label_en"},
  };
  for (const auto& c : cases) {
    auto catalogue = DefaultCatalogue();
    c.mutate(catalogue);
    const auto errors = ValidateCatalogue(catalogue, magazine::DefaultStorageRulesConfig());
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    if (!errors.empty()) {
      EXPECT_EQ(errors[0].field, c.field) << c.name;
    }
  }
}

TEST(CatalogueTest, EnumValuesRoundTrip) {
  for (Unit u : AllUnits()) {
    EXPECT_EQ(ParseUnit(UnitValue(u)), u);
    EXPECT_FALSE(UnitLabelZh(u).empty());
    EXPECT_FALSE(UnitLabelEn(u).empty());
  }
  EXPECT_EQ(UnitValue(Unit::kPiece), "piece");
  EXPECT_EQ(ParseUnit("pcs"), std::nullopt);
  EXPECT_EQ(AllProductKinds().size(), 9u);
  for (ProductKind k : AllProductKinds()) {
    EXPECT_EQ(ParseProductKind(ProductKindValue(k)), k);
    EXPECT_FALSE(ProductKindLabelZh(k).empty());
  }
  EXPECT_TRUE(IsRawMaterial(ProductKind::kAmmoniumNitrate));
  EXPECT_TRUE(IsRawMaterial(ProductKind::kRawMaterial));
  EXPECT_FALSE(IsRawMaterial(ProductKind::kIndustrialExplosive));
  EXPECT_EQ(ParseProductKind("fireworks"), std::nullopt);
}

ProductInput Emulsion() {
  ProductInput in;
  in.code = "emulsion_32";
  in.name = "岩石乳化炸药";
  in.kind = "industrial_explosive";
  in.unit = "kg";
  in.storage_class = "explosive";
  in.net_mass_per_unit_g = 1000;
  return in;
}

TEST(CatalogueTest, EveryProductInputRule) {
  struct Case {
    const char* name;
    void (*mutate)(ProductInput&);
    Set expected;
    const char* field;
  };
  const Case cases[] = {
      {"valid", [](auto&) {}, {}, ""},
      {"no code is generated later", [](auto& p) { p.code.clear(); }, {}, ""},
      {"bad code", [](auto& p) { p.code = "Emulsion 32"; }, {"product_id"}, "code"},
      {"unknown kind", [](auto& p) { p.kind = "fireworks"; }, {"product_kind"}, "kind"},
      {"unknown unit", [](auto& p) { p.unit = "barrel"; }, {"product_unit"}, "unit"},
      {"unknown class", [](auto& p) { p.storage_class = "attic"; }, {"product_storage_class"},
       "storage_class"},
      {"raw material class", [](auto& p) { p.storage_class = "raw_material"; }, {}, ""},
      {"negative mass", [](auto& p) { p.net_mass_per_unit_g = -1; }, {"product_mass_g"},
       "net_mass_per_unit_g"},
      {"nan mass", [](auto& p) { p.net_mass_per_unit_g = std::nan(""); }, {"product_mass_g"},
       "net_mass_per_unit_g"},
      {"huge mass", [](auto& p) { p.net_mass_per_unit_g = 2e6; }, {"product_mass_g"},
       "net_mass_per_unit_g"},
      {"zero mass (non-explosive raw material)", [](auto& p) { p.net_mass_per_unit_g = 0; }, {},
       ""},
      {"coded in kg", [](auto& p) { p.coded = true; }, {"product_coded_unit"}, "unit"},
      {"uncoded detonator",
       [](auto& p) {
         p.kind = "detonator";
         p.unit = "piece";
         p.storage_class = "detonator";
       },
       {"product_coded_kind"}, "coded"},
      {"coded detonator",
       [](auto& p) {
         p.kind = "electronic_detonator";
         p.unit = "piece";
         p.storage_class = "detonator";
         p.coded = true;
       },
       {}, ""},
  };
  for (const auto& c : cases) {
    ProductInput in = Emulsion();
    c.mutate(in);
    const auto errors = CheckProductInput(in, magazine::DefaultStorageRulesConfig());
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    if (!errors.empty()) {
      EXPECT_EQ(errors[0].field, c.field) << c.name;
    }
  }
}

TEST(CatalogueTest, ProductFromInput) {
  ProductInput in = Emulsion();
  in.kind = "detonator";
  in.unit = "piece";
  in.coded = true;
  in.net_mass_per_unit_g = 1;
  in.brand = "示范";
  in.specification = "1-20段 脚线3m";
  const Product p = ProductFromInput(in);
  EXPECT_EQ(p.id, "emulsion_32");
  EXPECT_EQ(p.kind, ProductKind::kDetonator);
  EXPECT_EQ(p.unit, Unit::kPiece);
  EXPECT_DOUBLE_EQ(p.net_explosive_mass_per_unit_kg, 0.001);
  EXPECT_TRUE(p.coded);
  EXPECT_TRUE(p.ga441_codes);  // a coded product carries GA 441 codes
  EXPECT_EQ(p.label_en, p.label_zh);  // no English name: the Chinese one
  EXPECT_EQ(DisplayNameZh(p), "岩石乳化炸药（示范 1-20段 脚线3m）");
  Product bare = p;
  bare.brand.clear();
  bare.specification.clear();
  EXPECT_EQ(DisplayNameZh(bare), "岩石乳化炸药");
}

TEST(CatalogueTest, WhoMayBookAProduct) {
  Product deployment;
  deployment.id = "industrial_explosive";
  Product own = deployment;
  own.id = "own";
  own.owner_enterprise_id = 7;
  Product inactive = deployment;
  inactive.id = "old";
  inactive.active = false;
  struct Case {
    const char* name;
    const Product* product;
    std::int64_t enterprise;
    bool inbound;
    std::optional<std::string> rule;
  };
  const Case cases[] = {
      {"deployment product, in", &deployment, 7, true, std::nullopt},
      {"own product, in", &own, 7, true, std::nullopt},
      {"another enterprise's, in", &own, 8, true, "product_foreign"},
      {"another enterprise's, out", &own, 8, false, "product_foreign"},
      {"inactive, in", &inactive, 7, true, "product_inactive"},
      {"inactive, out: its stock still leaves", &inactive, 7, false, std::nullopt},
      {"owner not checked", &own, 0, true, std::nullopt},
  };
  for (const auto& c : cases) {
    auto e = CheckUsable(*c.product, c.enterprise, c.inbound, "lines[0].product");
    EXPECT_EQ(e ? std::optional<std::string>(e->rule) : std::nullopt, c.rule) << c.name;
    if (e) {
      EXPECT_EQ(e->field, "lines[0].product") << c.name;
      EXPECT_TRUE(WellFormed({*e})) << c.name;
    }
  }
}

TEST(CatalogueTest, PublishedCatalogueIsInForce) {
  Catalogue c = DefaultCatalogue();
  Product extra = c.products[0];
  extra.id = "published_test_product";
  c.products.push_back(extra);
  const Catalogue& before = InForce();
  Publish(c);
  EXPECT_NE(InForce().Find("published_test_product"), nullptr);
  // The earlier snapshot stays readable.
  EXPECT_NE(before.Find("industrial_explosive"), nullptr);
  Publish(DefaultCatalogue());
  EXPECT_EQ(InForce().Find("published_test_product"), nullptr);
}

}  // namespace
}  // namespace anjian::catalogue
