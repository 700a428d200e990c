#include "explosives/magazine/magazine_edit_rules.hpp"

#include <gtest/gtest.h>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::magazine {
namespace {

using catalogue::DefaultCatalogue;
using catalogue::Milli;

MagazineState Holding() {
  MagazineState st;
  st.id = 1;
  st.kind = MagazineKind::kMainMagazine;
  st.net_mass_g = Milli(1200);  // 1200 kg
  st.pieces = 500;
  st.quantities["industrial_explosive"] = Milli(1200);
  st.quantities["electronic_detonator"] = Milli(500);
  return st;
}

TEST(MagazineEditTest, RaisingOrKeepingLimitsPasses) {
  MagazineLimits l;
  l.net_mass_g = Milli(1200);
  l.pieces = 500;
  l.product_quantity_milli["industrial_explosive"] = Milli(1200);
  l.product_quantity_milli["black_powder"] = 0;  // none in stock: any limit fits
  EXPECT_TRUE(CheckMagazineEdit(Holding(), MagazineKind::kSmallMagazine, l, DefaultCatalogue()).empty());
  EXPECT_TRUE(CheckMagazineEdit(Holding(), MagazineKind::kMainMagazine, {}, DefaultCatalogue()).empty());
}

TEST(MagazineEditTest, LoweringBelowStockNamesTheFigures) {
  MagazineLimits l;
  l.net_mass_g = Milli(1000);
  l.pieces = 499;
  l.product_quantity_milli["industrial_explosive"] = Milli(1199);
  auto errs = CheckMagazineEdit(Holding(), MagazineKind::kMainMagazine, l, DefaultCatalogue());
  ASSERT_EQ(errs.size(), 3u);
  EXPECT_EQ(errs[0].field, "rated_net_mass_kg");
  EXPECT_EQ(errs[0].rule, "limit_below_stock");
  EXPECT_NE(errs[0].message.find("1000"), std::string::npos);
  EXPECT_NE(errs[0].message.find("1200"), std::string::npos);
  EXPECT_EQ(errs[1].field, "rated_pieces");
  EXPECT_NE(errs[1].message_zh.find("499"), std::string::npos);
  EXPECT_NE(errs[1].message_zh.find("500"), std::string::npos);
  EXPECT_EQ(errs[2].field, "product_limits.industrial_explosive");
  EXPECT_NE(errs[2].message.find("1199"), std::string::npos);
}

TEST(MagazineEditTest, QuarantineWithNonNormalGoodsKeepsItsKind) {
  MagazineState st;
  st.kind = MagazineKind::kQuarantineMagazine;
  st.holds_non_normal_goods = true;
  auto errs = CheckMagazineEdit(st, MagazineKind::kMainMagazine, {}, DefaultCatalogue());
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].field, "kind");
  EXPECT_EQ(errs[0].rule, "quarantine_holds_non_normal");
  EXPECT_TRUE(CheckMagazineEdit(st, MagazineKind::kQuarantineMagazine, {}, DefaultCatalogue()).empty());
}

}  // namespace
}  // namespace anjian::magazine
