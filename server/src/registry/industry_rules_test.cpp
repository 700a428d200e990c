#include "registry/industry_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/test_util.hpp"
#include "core/text.hpp"

namespace anjian::registry {
namespace {

using core::testing::Rules;
using Set = std::set<std::string>;

TEST(IndustryTest, ValuesRoundTrip) {
  const std::pair<Industry, const char*> cases[] = {
      {Industry::kCivilExplosivesProduction, "civil_explosives_production"},
      {Industry::kCivilExplosivesSales, "civil_explosives_sales"},
      {Industry::kCivilAircraft, "civil_aircraft"},
      {Industry::kCivilShip, "civil_ship"},
      {Industry::kHazardousChemicals, "hazardous_chemicals"},
      {Industry::kGeneral, "general"},
  };
  EXPECT_EQ(AllIndustries().size(), std::size(cases));
  for (const auto& [industry, value] : cases) {
    EXPECT_EQ(IndustryValue(industry), value);
    EXPECT_EQ(ParseIndustry(value), industry) << value;
    EXPECT_FALSE(IndustryLabelZh(industry).empty()) << value;
    EXPECT_FALSE(IndustryLabelEn(industry).empty()) << value;
  }
  EXPECT_FALSE(ParseIndustry("Civil_Ship").has_value());
  EXPECT_FALSE(ParseIndustry("").has_value());
}

TEST(IndustryTest, SupervisionPerSeed003) {
  const std::pair<Industry, Supervision> cases[] = {
      {Industry::kCivilExplosivesProduction, Supervision::kSupervision},
      {Industry::kCivilExplosivesSales, Supervision::kSupervision},
      {Industry::kCivilAircraft, Supervision::kSupervision},
      {Industry::kCivilShip, Supervision::kSupervision},
      {Industry::kHazardousChemicals, Supervision::kIndustryManagement},
      {Industry::kGeneral, Supervision::kIndustryManagement},
  };
  for (const auto& [industry, expected] : cases) {
    EXPECT_EQ(SupervisionFor(industry), expected) << IndustryValue(industry);
  }
  EXPECT_EQ(SupervisionValue(Supervision::kSupervision), "supervision");
  EXPECT_EQ(SupervisionValue(Supervision::kIndustryManagement), "industry_management");
  EXPECT_EQ(SupervisionLabelZh(Supervision::kSupervision), "安全生产监督管理");
  EXPECT_EQ(SupervisionLabelZh(Supervision::kIndustryManagement), "安全生产管理（行业管理）");
  for (auto s : AllSupervisions()) {
    EXPECT_EQ(ParseSupervision(SupervisionValue(s)), s);
    EXPECT_FALSE(SupervisionLabelEn(s).empty());
  }
  EXPECT_FALSE(ParseSupervision("enforcement").has_value());
}

TEST(IndustryTest, CodeTableIsWellFormedSortedAndUnique) {
  const auto& codes = IndustryCodes();
  ASSERT_FALSE(codes.empty());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(codes[i].code.size(), 4u) << codes[i].code;
    EXPECT_TRUE(core::IsAsciiDigits(codes[i].code)) << codes[i].code;
    EXPECT_FALSE(codes[i].name_zh.empty()) << codes[i].code;
    EXPECT_FALSE(codes[i].name_en.empty()) << codes[i].code;
    if (i > 0) {
      EXPECT_LT(codes[i - 1].code, codes[i].code);
    }
  }
}

TEST(IndustryTest, RequiredCodesPresent) {
  const std::pair<const char*, const char*> cases[] = {
      {"2671", "炸药及火工产品制造"}, {"2672", "焰火、鞭炮产品制造"},
      {"3731", "金属船舶制造"},       {"3732", "非金属船舶制造"},
      {"3733", "娱乐船和运动船制造"}, {"3734", "船用配套设备制造"},
      {"3735", "船舶改装"},           {"3736", "船舶拆除"},
      {"3737", "海洋工程装备制造"},   {"3739", "航标器材及其他相关装置制造"},
      {"3741", "飞机制造"},           {"3742", "航天器及运载火箭制造"},
      {"3743", "航天相关设备制造"},   {"3744", "航空相关设备制造"},
      {"3749", "其他航空航天器制造"}, {"2614", "有机化学原料制造"},
      {"3011", "水泥制造"},           {"3670", "汽车零部件及配件制造"},
  };
  for (const auto& [code, name] : cases) {
    const IndustryCode* entry = FindIndustryCode(code);
    ASSERT_NE(entry, nullptr) << code;
    EXPECT_EQ(entry->name_zh, name) << code;
  }
  EXPECT_EQ(FindIndustryCode("9999"), nullptr);
  EXPECT_EQ(FindIndustryCode("267"), nullptr);
  EXPECT_EQ(FindIndustryCode(""), nullptr);
}

TEST(IndustryTest, Consistency) {
  struct Case {
    const char* name;
    Industry industry;
    std::string code;
    Set expected;
  };
  const Case cases[] = {
      {"explosives 2671", Industry::kCivilExplosivesProduction, "2671", {}},
      {"explosives empty", Industry::kCivilExplosivesProduction, "", {}},
      {"explosives fireworks", Industry::kCivilExplosivesProduction, "2672",
       {"industry_code_mismatch"}},
      {"explosives chemicals", Industry::kCivilExplosivesProduction, "2614",
       {"industry_code_mismatch"}},
      {"sales wholesale", Industry::kCivilExplosivesSales, "5169", {}},
      {"sales 2671", Industry::kCivilExplosivesSales, "2671", {}},
      {"sales anything", Industry::kCivilExplosivesSales, "3011", {}},
      {"aircraft 3741", Industry::kCivilAircraft, "3741", {}},
      {"aircraft 3749", Industry::kCivilAircraft, "3749", {}},
      {"aircraft ship code", Industry::kCivilAircraft, "3731", {"industry_code_mismatch"}},
      {"aircraft 5 digits", Industry::kCivilAircraft, "37411", {"industry_code_mismatch"}},
      {"aircraft empty", Industry::kCivilAircraft, "", {}},
      {"ship 3731", Industry::kCivilShip, "3731", {}},
      {"ship 3739", Industry::kCivilShip, "3739", {}},
      {"ship aircraft code", Industry::kCivilShip, "3741", {"industry_code_mismatch"}},
      {"ship empty", Industry::kCivilShip, "", {}},
      {"chemicals any", Industry::kHazardousChemicals, "2511", {}},
      {"general any", Industry::kGeneral, "3011", {}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckIndustryConsistency(c.industry, c.code);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field, "industry_code") << c.name;
  }
}

// The import's industry column: label, value, English label, synonyms and determining codes.
TEST(IndustryTest, ImportCellNamesAnIndustry) {
  struct Case {
    const char* cell;
    std::optional<Industry> industry;
    const char* code;
  };
  const Case cases[] = {
      {"民用飞机制造", Industry::kCivilAircraft, ""},
      {"民用航空器制造", Industry::kCivilAircraft, ""},
      {" civil_aircraft ", Industry::kCivilAircraft, ""},
      {"Civil Aircraft Manufacturing", Industry::kCivilAircraft, ""},
      {"3741", Industry::kCivilAircraft, "3741"},
      {"3731", Industry::kCivilShip, "3731"},
      {"船舶制造", Industry::kCivilShip, ""},
      {"2671", Industry::kCivilExplosivesProduction, "2671"},
      {"民爆销售", Industry::kCivilExplosivesSales, ""},
      {"危化品", Industry::kHazardousChemicals, ""},
      {"一般工贸", Industry::kGeneral, ""},
      {"2614", std::nullopt, ""},  // a known code that names no category
      {"9999", std::nullopt, ""},
      {"面包", std::nullopt, ""},
      {"", std::nullopt, ""},
  };
  for (const auto& c : cases) {
    std::string code;
    EXPECT_EQ(IndustryFromImportCell(c.cell, &code), c.industry) << c.cell;
    EXPECT_EQ(code, c.code) << c.cell;
  }
}

}  // namespace
}  // namespace anjian::registry
