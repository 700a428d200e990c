#include "registry/region_rules.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace anjian::registry {
namespace {

TEST(RegionTest, BuiltinTreeShape) {
  const auto& regions = BuiltinRegions();
  std::map<RegionKind, int> by_kind;
  std::set<std::string> codes;
  for (const auto& r : regions) {
    ++by_kind[r.kind];
    EXPECT_TRUE(codes.insert(r.code).second) << "duplicate " << r.code;
    EXPECT_TRUE(IsValidRegionCodeFormat(r.code)) << r.code;
    EXPECT_FALSE(r.name.empty()) << r.code;
    EXPECT_FALSE(r.name_en.empty()) << r.code;
    if (r.kind == RegionKind::kProvince) {
      EXPECT_EQ(r.parent_code, "");
    } else {
      const RegionDef* parent = FindBuiltinRegion(r.parent_code);
      ASSERT_NE(parent, nullptr) << r.code;
      EXPECT_EQ(RegionLevel(parent->kind) + 1, RegionLevel(r.kind)) << r.code;
    }
  }
  EXPECT_EQ(by_kind[RegionKind::kProvince], 1);
  EXPECT_EQ(by_kind[RegionKind::kCity], 16);
  EXPECT_EQ(by_kind[RegionKind::kCounty], 11);
  EXPECT_EQ(by_kind[RegionKind::kZone], 3);
}

TEST(RegionTest, JiningCountiesAndZones) {
  struct Case {
    const char* code;
    const char* name;
    RegionKind kind;
  };
  const Case cases[] = {
      {"370800", "济宁市", RegionKind::kCity},      {"370811", "任城区", RegionKind::kCounty},
      {"370812", "兖州区", RegionKind::kCounty},    {"370826", "微山县", RegionKind::kCounty},
      {"370827", "鱼台县", RegionKind::kCounty},    {"370828", "金乡县", RegionKind::kCounty},
      {"370829", "嘉祥县", RegionKind::kCounty},    {"370830", "汶上县", RegionKind::kCounty},
      {"370831", "泗水县", RegionKind::kCounty},    {"370832", "梁山县", RegionKind::kCounty},
      {"370881", "曲阜市", RegionKind::kCounty},    {"370883", "邹城市", RegionKind::kCounty},
      {"370800Z1", "济宁高新区", RegionKind::kZone}, {"370800Z2", "太白湖新区", RegionKind::kZone},
      {"370800Z3", "济宁经开区", RegionKind::kZone},
  };
  for (const auto& c : cases) {
    const RegionDef* r = FindBuiltinRegion(c.code);
    ASSERT_NE(r, nullptr) << c.code;
    EXPECT_EQ(r->name, c.name) << c.code;
    EXPECT_EQ(r->kind, c.kind) << c.code;
  }
  EXPECT_EQ(FindBuiltinRegion("370811")->name_en, "Rencheng District");
  // Abolished in 2013; the statistical code of the high-tech zone is not GB/T 2260.
  EXPECT_EQ(FindBuiltinRegion("370802"), nullptr);
  EXPECT_EQ(FindBuiltinRegion("370882"), nullptr);
  EXPECT_EQ(FindBuiltinRegion("370871"), nullptr);
}

TEST(RegionTest, CodeFormat) {
  struct Case {
    const char* name;
    std::string code;
    bool expected;
  };
  const Case cases[] = {
      {"county", "370811", true},       {"city", "370800", true},
      {"province", "370000", true},     {"zone", "370800Z1", true},
      {"zone 9", "370800Z9", true},     {"empty", "", false},
      {"5 digits", "37081", false},     {"7 digits", "3708111", false},
      {"letter", "37081A", false},      {"zone lower z", "370800z1", false},
      {"zone under county", "370811Z1", false},
      {"zone under province", "370000Z1", false},
      {"zone two digits", "370800Z12", false},
      {"zone no digit", "370800ZZ", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsValidRegionCodeFormat(c.code), c.expected) << c.name;
}

TEST(RegionTest, KindValues) {
  for (auto kind : {RegionKind::kProvince, RegionKind::kCity, RegionKind::kCounty,
                    RegionKind::kZone}) {
    EXPECT_EQ(ParseRegionKind(RegionKindValue(kind)), kind);
  }
  EXPECT_EQ(RegionKindValue(RegionKind::kZone), "zone");
  EXPECT_FALSE(ParseRegionKind("district").has_value());
  EXPECT_EQ(RegionLevel(RegionKind::kZone), RegionLevel(RegionKind::kCounty));
}

}  // namespace
}  // namespace anjian::registry
