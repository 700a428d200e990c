#include "registry/jurisdiction_rules.hpp"

#include <gtest/gtest.h>

#include "registry/region_rules.hpp"

namespace anjian::registry {
namespace {

TEST(JurisdictionTest, CodesOfEachLevel) {
  auto county = JurisdictionCodesOfPath("/370000/370800/370811/");
  ASSERT_TRUE(county);
  EXPECT_EQ(county->province_code, "370000");
  EXPECT_EQ(county->city_code, "370800");
  EXPECT_EQ(county->county_code, "370811");
  EXPECT_EQ(JurisdictionLevelOfPath("/370000/370800/370811/"), 3);

  auto zone = JurisdictionCodesOfPath("/370000/370800/370800Z1/");
  ASSERT_TRUE(zone);
  EXPECT_EQ(zone->city_code, "370800");
  EXPECT_EQ(zone->county_code, "370800Z1");

  auto city = JurisdictionCodesOfPath("/370000/370800/");
  ASSERT_TRUE(city);
  EXPECT_EQ(city->province_code, "370000");
  EXPECT_EQ(city->city_code, "370800");
  EXPECT_EQ(city->county_code, "");
  EXPECT_EQ(JurisdictionLevelOfPath("/370000/370800/"), 2);

  auto province = JurisdictionCodesOfPath("/370000/");
  ASSERT_TRUE(province);
  EXPECT_EQ(province->province_code, "370000");
  EXPECT_EQ(province->city_code, "");
  EXPECT_EQ(province->county_code, "");
  EXPECT_EQ(JurisdictionLevelOfPath("/370000/"), 1);
}

TEST(JurisdictionTest, MalformedPaths) {
  for (const char* bad : {"", "/", "370000/", "/370000", "//370000/", "/370000//370800/",
                          "/370000/370800/370811/1/"}) {
    EXPECT_FALSE(JurisdictionCodesOfPath(bad)) << bad;
    EXPECT_EQ(JurisdictionLevelOfPath(bad), 0) << bad;
  }
}

TEST(JurisdictionTest, EveryBuiltinRegionIsItsOwnLevelsCode) {
  for (const auto& r : BuiltinRegions()) {
    if (r.kind == RegionKind::kCountry) {
      // The country root is "/" (issue 16): level 0, no code — the whole range, not an equality.
      EXPECT_EQ(JurisdictionLevelOfPath(kCountryPath), 0);
      continue;
    }
    std::string path = "/" + r.code + "/";
    for (auto* p = FindBuiltinRegion(r.parent_code); p && p->kind != RegionKind::kCountry;
         p = FindBuiltinRegion(p->parent_code))
      path = "/" + p->code + path;
    auto codes = JurisdictionCodesOfPath(path);
    ASSERT_TRUE(codes) << path;
    const int level = RegionLevel(r.kind);
    EXPECT_EQ(JurisdictionLevelOfPath(path), level) << path;
    EXPECT_EQ(level == 1 ? codes->province_code : level == 2 ? codes->city_code : codes->county_code,
              r.code)
        << path;
  }
}

}  // namespace
}  // namespace anjian::registry
