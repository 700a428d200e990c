#include "explosives/magazine/magazine_rules.hpp"

#include <gtest/gtest.h>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::magazine {
namespace {

using catalogue::DefaultCatalogue;
using catalogue::Milli;

TEST(MagazineTest, KindsRoundTrip) {
  const char* expected[] = {"main_magazine",      "small_magazine",     "temporary_magazine",
                            "raw_material_store", "intermediate_store", "quarantine_store"};
  ASSERT_EQ(AllMagazineKinds().size(), std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const MagazineKind k = AllMagazineKinds()[i];
    EXPECT_EQ(MagazineKindValue(k), expected[i]);
    EXPECT_EQ(ParseMagazineKind(expected[i]), k);
    EXPECT_FALSE(MagazineKindLabelZh(k).empty());
    EXPECT_FALSE(MagazineKindLabelEn(k).empty());
  }
  EXPECT_EQ(ParseMagazineKind("warehouse"), std::nullopt);
}

TEST(MagazineTest, Gb6722SmallMagazineLimits) {
  const auto limits = Gb6722SmallMagazineLimits();
  EXPECT_FALSE(limits.net_mass_g);
  EXPECT_FALSE(limits.pieces);
  const std::map<std::string, std::int64_t, std::less<>> expected = {
      {"industrial_explosive", Milli(5000)}, {"black_powder", Milli(3000)},
      {"detonating_cord", Milli(50000)},     {"electronic_detonator", Milli(20000)},
      {"shock_tube", Milli(100000)}};
  EXPECT_EQ(limits.product_quantity_milli, expected);
  const auto catalogue = DefaultCatalogue();
  for (const auto& [product, limit] : limits.product_quantity_milli) {
    EXPECT_NE(catalogue.Find(product), nullptr) << product;
  }
}

}  // namespace
}  // namespace anjian::magazine
