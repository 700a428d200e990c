#include "registry/enterprise_rules.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "registry/region_rules.hpp"
#include "core/test_util.hpp"

namespace anjian::registry {
namespace {

using core::testing::Rules;
using Set = std::set<std::string>;

bool BuiltinExists(std::string_view code) { return FindBuiltinRegion(code) != nullptr; }

EnterpriseInput Valid() {
  EnterpriseInput in;
  in.name = "济宁润泽化工有限公司";
  in.uscc = "91350100M000100Y43";
  in.region_code = "370811";
  in.industry = "hazardous_chemicals";
  in.industry_code = "2614";
  in.scale = "medium";
  in.address = "山东省济宁市任城区吴泰闸路566号";
  in.legal_representative = "王志强";
  in.contact_phone = "0537-2345678";
  in.park_name = "";
  in.employees = 420;
  in.latitude = 35.4;
  in.longitude = 116.55;
  return in;
}

TEST(EnterpriseRulesTest, ValidRecordPasses) {
  auto in = Valid();
  EXPECT_TRUE(ValidateEnterprise(in, BuiltinExists).empty());
}

TEST(EnterpriseRulesTest, NormalisesInPlace) {
  auto in = Valid();
  in.name = "  济宁润泽化工有限公司\xE3\x80\x80";
  in.uscc = " 91350100m000100y43 ";
  in.region_code = " 370811 ";
  in.industry = " hazardous_chemicals ";
  in.industry_code = " 2614 ";
  in.scale = " Medium ";
  in.address = " 地址 ";
  in.legal_representative = " 王志强 ";
  in.contact_phone = " 13812345678 ";
  in.park_name = " 园区 ";
  EXPECT_TRUE(ValidateEnterprise(in, BuiltinExists).empty());
  EXPECT_EQ(in.name, "济宁润泽化工有限公司");
  EXPECT_EQ(in.uscc, "91350100M000100Y43");
  EXPECT_EQ(in.region_code, "370811");
  EXPECT_EQ(in.industry, "hazardous_chemicals");
  EXPECT_EQ(in.industry_code, "2614");
  EXPECT_EQ(in.scale, "medium");
  EXPECT_EQ(in.address, "地址");
  EXPECT_EQ(in.legal_representative, "王志强");
  EXPECT_EQ(in.contact_phone, "13812345678");
  EXPECT_EQ(in.park_name, "园区");
}

TEST(EnterpriseRulesTest, EveryRule) {
  struct Case {
    const char* name;
    void (*mutate)(EnterpriseInput&);
    Set expected;
  };
  const Case cases[] = {
      {"name empty", [](EnterpriseInput& e) { e.name = "  "; }, {"name_required"}},
      {"name 1 char", [](EnterpriseInput& e) { e.name = "济"; }, {"name_length"}},
      {"name 2 chars", [](EnterpriseInput& e) { e.name = "济宁"; }, {}},
      {"name 100 chars",
       [](EnterpriseInput& e) {
         e.name.clear();
         for (int i = 0; i < 100; ++i) e.name += "济";
       },
       {}},
      {"name 101 chars",
       [](EnterpriseInput& e) {
         e.name.clear();
         for (int i = 0; i < 101; ++i) e.name += "济";
       },
       {"name_length"}},
      {"name 100 ascii", [](EnterpriseInput& e) { e.name = std::string(100, 'a'); }, {}},
      {"name invalid utf8", [](EnterpriseInput& e) { e.name = "ab\xFF"; }, {"name_encoding"}},
      {"uscc empty", [](EnterpriseInput& e) { e.uscc = ""; }, {"uscc_required"}},
      {"uscc short", [](EnterpriseInput& e) { e.uscc = "9135"; }, {"uscc_length"}},
      {"uscc charset", [](EnterpriseInput& e) { e.uscc = "91350100M000100I43"; },
       {"uscc_charset"}},
      {"uscc check", [](EnterpriseInput& e) { e.uscc = "91350100M000100Y44"; },
       {"uscc_check_char"}},
      {"uscc check accepted",
       [](EnterpriseInput& e) {
         e.uscc = "91350100M000100Y44";
         e.accept_uscc_warning = true;
       },
       {}},
      {"uscc region not compared with region_code",
       [](EnterpriseInput& e) { e.region_code = "370883"; }, {}},
      {"region empty", [](EnterpriseInput& e) { e.region_code = ""; }, {"region_required"}},
      {"region format", [](EnterpriseInput& e) { e.region_code = "济宁"; }, {"region_format"}},
      {"region unknown", [](EnterpriseInput& e) { e.region_code = "370802"; },
       {"region_unknown"}},
      {"region zone", [](EnterpriseInput& e) { e.region_code = "370800Z2"; }, {}},
      {"industry empty",
       [](EnterpriseInput& e) {
         e.industry = "";
         e.industry_code = "";
       },
       {"industry_required"}},
      {"industry invalid", [](EnterpriseInput& e) { e.industry = "mining"; },
       {"industry_invalid"}},
      {"industry code empty ok", [](EnterpriseInput& e) { e.industry_code = ""; }, {}},
      {"industry code 3 digits", [](EnterpriseInput& e) { e.industry_code = "261"; },
       {"industry_code_format"}},
      {"industry code letter", [](EnterpriseInput& e) { e.industry_code = "C261"; },
       {"industry_code_format"}},
      {"industry code unknown", [](EnterpriseInput& e) { e.industry_code = "9999"; },
       {"industry_code_unknown"}},
      {"industry code mismatch",
       [](EnterpriseInput& e) {
         e.industry = "civil_explosives_production";
         e.industry_code = "2614";
       },
       {"industry_code_mismatch"}},
      {"industry code with invalid industry: no mismatch check",
       [](EnterpriseInput& e) {
         e.industry = "x";
         e.industry_code = "2614";
       },
       {"industry_invalid"}},
      {"scale empty ok", [](EnterpriseInput& e) { e.scale = ""; }, {}},
      {"scale invalid", [](EnterpriseInput& e) { e.scale = "huge"; }, {"scale_invalid"}},
      {"scale chinese", [](EnterpriseInput& e) { e.scale = "大型"; }, {"scale_invalid"}},
      {"employees absent", [](EnterpriseInput& e) { e.employees.reset(); }, {}},
      {"employees 0", [](EnterpriseInput& e) { e.employees = 0; }, {}},
      {"employees -1", [](EnterpriseInput& e) { e.employees = -1; }, {"employees_range"}},
      {"employees max", [](EnterpriseInput& e) { e.employees = 1'000'000; }, {}},
      {"employees max+1", [](EnterpriseInput& e) { e.employees = 1'000'001; },
       {"employees_range"}},
      {"phone empty", [](EnterpriseInput& e) { e.contact_phone = ""; }, {}},
      {"phone mobile", [](EnterpriseInput& e) { e.contact_phone = "19912345678"; }, {}},
      {"phone mobile 12", [](EnterpriseInput& e) { e.contact_phone = "12812345678"; },
       {"phone_format"}},
      {"phone mobile short", [](EnterpriseInput& e) { e.contact_phone = "1381234567"; },
       {"phone_format"}},
      {"phone landline 8 digits", [](EnterpriseInput& e) { e.contact_phone = "0531-88881234"; },
       {}},
      {"phone landline ext", [](EnterpriseInput& e) { e.contact_phone = "0537-2345678-801"; },
       {}},
      {"phone landline no dash", [](EnterpriseInput& e) { e.contact_phone = "05372345678"; },
       {}},
      {"phone landline 6 digits", [](EnterpriseInput& e) { e.contact_phone = "0537-234567"; },
       {"phone_format"}},
      {"phone letters", [](EnterpriseInput& e) { e.contact_phone = "0537-ABCDEFG"; },
       {"phone_format"}},
      {"phone bad area", [](EnterpriseInput& e) { e.contact_phone = "05-2345678"; },
       {"phone_format"}},
      {"phone bad ext", [](EnterpriseInput& e) { e.contact_phone = "0537-2345678-"; },
       {"phone_format"}},
      {"address 200", [](EnterpriseInput& e) { e.address = std::string(200, 'a'); }, {}},
      {"address 201", [](EnterpriseInput& e) { e.address = std::string(201, 'a'); },
       {"address_length"}},
      {"address bad utf8", [](EnterpriseInput& e) { e.address = "\xC0\xAF"; },
       {"address_encoding"}},
      {"legal rep 51",
       [](EnterpriseInput& e) { e.legal_representative = std::string(51, 'a'); },
       {"legal_representative_length"}},
      {"legal rep bad utf8", [](EnterpriseInput& e) { e.legal_representative = "\x80"; },
       {"legal_representative_encoding"}},
      {"park 101", [](EnterpriseInput& e) { e.park_name = std::string(101, 'a'); },
       {"park_name_length"}},
      {"park bad utf8", [](EnterpriseInput& e) { e.park_name = "\xFF"; },
       {"park_name_encoding"}},
      // Control characters (the import reaches these rules without the JSON layer).
      {"name with NUL", [](EnterpriseInput& e) { e.name = std::string("济宁\0化工", 13); },
       {"control_character"}},
      {"address with LF", [](EnterpriseInput& e) { e.address = "任城区\n开发区"; },
       {"single_line"}},
      {"legal rep with ESC", [](EnterpriseInput& e) { e.legal_representative = "张\x1b三"; },
       {"control_character"}},
      {"park with C1", [](EnterpriseInput& e) { e.park_name = "园区\xC2\x85"; },
       {"control_character"}},
      {"latitude 90", [](EnterpriseInput& e) { e.latitude = 90.0; }, {}},
      {"latitude -90", [](EnterpriseInput& e) { e.latitude = -90.0; }, {}},
      {"latitude 90.000001", [](EnterpriseInput& e) { e.latitude = 90.000001; },
       {"latitude_range"}},
      {"latitude NaN",
       [](EnterpriseInput& e) { e.latitude = std::numeric_limits<double>::quiet_NaN(); },
       {"latitude_range"}},
      {"longitude 180", [](EnterpriseInput& e) { e.longitude = 180.0; }, {}},
      {"longitude -180.5", [](EnterpriseInput& e) { e.longitude = -180.5; },
       {"longitude_range"}},
      {"longitude inf",
       [](EnterpriseInput& e) { e.longitude = std::numeric_limits<double>::infinity(); },
       {"longitude_range"}},
      {"both coordinates absent",
       [](EnterpriseInput& e) {
         e.latitude.reset();
         e.longitude.reset();
       },
       {}},
      {"latitude only", [](EnterpriseInput& e) { e.longitude.reset(); }, {"coordinates_pair"}},
      {"longitude only", [](EnterpriseInput& e) { e.latitude.reset(); }, {"coordinates_pair"}},
  };
  for (const auto& c : cases) {
    auto in = Valid();
    c.mutate(in);
    const auto errors = ValidateEnterprise(in, BuiltinExists);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
  }
}

TEST(EnterpriseRulesTest, ReportsAllErrorsAtOnce) {
  EnterpriseInput in;  // everything empty
  in.employees = -5;
  in.latitude = 100;
  const auto errors = ValidateEnterprise(in, BuiltinExists);
  EXPECT_EQ(Rules(errors), (Set{"name_required", "uscc_required", "region_required",
                                "industry_required", "employees_range", "latitude_range",
                                "coordinates_pair"}));
  // Each error names its field.
  for (const auto& e : errors) EXPECT_FALSE(e.field.empty()) << e.rule;
}

TEST(EnterpriseRulesTest, RegionLookupOnlyForWellFormedCodes) {
  int calls = 0;
  auto in = Valid();
  in.region_code = "bad code";
  ValidateEnterprise(in, [&](std::string_view) {
    ++calls;
    return true;
  });
  EXPECT_EQ(calls, 0);
  in.region_code = "370811";
  ValidateEnterprise(in, [&](std::string_view code) {
    ++calls;
    EXPECT_EQ(code, "370811");
    return true;
  });
  EXPECT_EQ(calls, 1);
  // A missing callback means nothing exists.
  auto none = Valid();
  EXPECT_EQ(Rules(ValidateEnterprise(none, nullptr)), Set{"region_unknown"});
}

TEST(EnterpriseRulesTest, ScaleValues) {
  for (auto s : AllScales()) {
    EXPECT_EQ(ParseScale(ScaleValue(s)), s);
    EXPECT_FALSE(ScaleLabelZh(s).empty());
    EXPECT_FALSE(ScaleLabelEn(s).empty());
  }
  EXPECT_EQ(ScaleValue(Scale::kMicro), "micro");
  EXPECT_FALSE(ParseScale("Large").has_value());
}

}  // namespace
}  // namespace anjian::registry
