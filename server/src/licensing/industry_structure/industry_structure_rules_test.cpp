#include "licensing/industry_structure/industry_structure_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::industry_structure {
namespace {

TEST(IndustryStructure, ChildRegionOfTheScope) {
  EXPECT_EQ(ChildRegionOf("/370000/", "/370000/370800/370811/"), "/370000/370800/");
  EXPECT_EQ(ChildRegionOf("/370000/370800/", "/370000/370800/370811/"), "/370000/370800/370811/");
  EXPECT_EQ(ChildRegionOf("/370000/370800/370811/", "/370000/370800/370811/"), "/370000/370800/370811/");
  EXPECT_EQ(ChildRegionOf("/370000/370800/", "/370000/370900/370902/"), "");
  EXPECT_EQ(ChildRegionOf("", "/370000/370800/370811/"), "/370000/");
}

TEST(IndustryStructure, SharePerMilleRoundsHalfUpAndNeedsOutput) {
  EXPECT_EQ(SharePermille(0, 0), std::nullopt);
  EXPECT_EQ(SharePermille(1, 0), 1000);
  EXPECT_EQ(SharePermille(0, 5), 0);
  EXPECT_EQ(SharePermille(1, 1), 500);
  EXPECT_EQ(SharePermille(1, 2), 333);    // 333.33
  EXPECT_EQ(SharePermille(2, 1), 667);    // 666.67
  EXPECT_EQ(SharePermille(1, 1999), 1);   // 0.5 ‰ rounds up
}

TEST(IndustryStructure, RollsThePathsUpToTheChildRegions) {
  const std::vector<OutputAt> out = {
      {"/370000/370800/370811/", 120000, 0},
      {"/370000/370800/370883/", 60000, 40000},
      {"/370000/370900/370902/", 0, 10500},
      {"/410000/410100/", 99000, 0},  // outside the scope: ignored
  };
  const auto s = RollUp("/370000/", out);
  ASSERT_EQ(s.regions.size(), 2u);
  EXPECT_EQ(s.regions[0].region_path, "/370000/370800/");
  EXPECT_EQ(s.regions[0].electronic, 180);
  EXPECT_EQ(s.regions[0].other, 40);
  EXPECT_EQ(s.regions[0].share_permille, 818);  // 180 / 220
  EXPECT_EQ(s.regions[1].share_permille, 0);
  EXPECT_EQ(s.regions[1].other, 10);            // 10.5 pieces booked → 10 whole
  EXPECT_EQ(s.total.electronic, 180);
  EXPECT_EQ(s.total.other, 50);
  EXPECT_EQ(s.total.share_permille, 783);       // 180 / 230 = 782.6
}

TEST(IndustryStructure, OnSiteMixingCapacitySumsPerChildRegionAndInTotal) {
  const std::vector<CapacityAt> in = {
      {"/370000/370800/370883/", 5000, 1},
      {"/370000/370800/370883/", 3000, 1},
      {"/370000/370800/370811/", 2000, 1},
      {"/370000/370900/370902/", 900, 1},  // outside the city: not counted
  };
  const auto m = SumCapacityByChild("/370000/370800/", in);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m.at("/370000/370800/370883/").tonnes, 8000);
  EXPECT_EQ(m.at("/370000/370800/370883/").licences, 2);
  EXPECT_EQ(m.at("/370000/370800/370811/").tonnes, 2000);
  EXPECT_EQ(m.at("").tonnes, 10000);
  EXPECT_EQ(m.at("").licences, 3);
  EXPECT_EQ(m.at("").region_path, "/370000/370800/");
  EXPECT_TRUE(SumCapacityByChild("/370000/370800/", {}).empty());
}

}  // namespace
}  // namespace anjian::industry_structure
