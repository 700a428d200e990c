#include "demo/demo_city.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "registry/industry_rules.hpp"
#include "registry/region_rules.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::demo {
namespace {

bool BuiltinExists(std::string_view code) { return registry::FindBuiltinRegion(code) != nullptr; }

class DemoCityTest : public ::testing::Test {
 protected:
  static const std::vector<DemoEnterprise>& Enterprises() {
    static const auto kEnterprises = DemoEnterprises();
    return kEnterprises;
  }
};

TEST_F(DemoCityTest, FixedEnterprisesFirst) {
  const auto& all = Enterprises();
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all[0].data.name, "邹城恒安民爆器材有限公司");
  EXPECT_EQ(all[0].data.region_code, "370883");
  EXPECT_EQ(all[0].data.industry, "civil_explosives_production");
  EXPECT_EQ(all[0].data.industry_code, "2671");
  EXPECT_EQ(all[1].data.name, "济宁润泽化工有限公司");
  EXPECT_EQ(all[1].data.region_code, "370811");
  EXPECT_EQ(all[1].data.industry, "hazardous_chemicals");
}

TEST_F(DemoCityTest, EveryEnterpriseValidAndUnique) {
  const auto& all = Enterprises();
  EXPECT_GE(all.size(), 300u);
  EXPECT_EQ(all.size(), kDemoEnterpriseCount);
  std::set<std::string> names, usccs;
  for (const auto& d : all) {
    registry::EnterpriseInput copy = d.data;
    const auto errors = registry::ValidateEnterprise(copy, BuiltinExists);
    EXPECT_TRUE(errors.empty()) << d.data.name << ": " << (errors.empty() ? "" : errors[0].rule);
    // Already normalised: validation changes nothing.
    EXPECT_EQ(copy.name, d.data.name);
    EXPECT_EQ(copy.uscc, d.data.uscc);
    EXPECT_FALSE(d.data.accept_uscc_warning);
    EXPECT_TRUE(names.insert(d.data.name).second) << "duplicate name " << d.data.name;
    EXPECT_TRUE(usccs.insert(d.data.uscc).second) << "duplicate uscc " << d.data.uscc;
    // USCC: valid check char, organisation code with a valid GB 11714 check, region digits.
    EXPECT_TRUE(registry::ValidateUscc(d.data.uscc, false).empty()) << d.data.uscc;
    EXPECT_EQ(d.data.uscc.substr(0, 2), "91");
    EXPECT_EQ(registry::OrgCodeCheckChar(d.data.uscc.substr(8, 8)), d.data.uscc[16]) << d.data.uscc;
    // Every field a demo needs is filled.
    EXPECT_FALSE(d.data.industry_code.empty()) << d.data.name;
    EXPECT_FALSE(d.data.address.empty()) << d.data.name;
    EXPECT_FALSE(d.data.legal_representative.empty()) << d.data.name;
    EXPECT_TRUE(d.data.contact_phone.starts_with("0537-") || d.data.contact_phone.size() == 11)
        << d.data.contact_phone;
    ASSERT_TRUE(d.data.employees && d.data.latitude && d.data.longitude) << d.data.name;
    EXPECT_GE(*d.data.latitude, 35.0);
    EXPECT_LE(*d.data.latitude, 35.9);
    EXPECT_GE(*d.data.longitude, 116.0);
    EXPECT_LE(*d.data.longitude, 117.4);
    // Address belongs to the region.
    const registry::RegionDef* region = registry::FindBuiltinRegion(d.data.region_code);
    ASSERT_NE(region, nullptr);
    EXPECT_EQ(region->parent_code, "370800") << d.data.name;
    EXPECT_TRUE(d.data.address.starts_with("山东省济宁市")) << d.data.address;
  }
}

TEST_F(DemoCityTest, IndustriesAndRegionsCovered) {
  std::map<std::string, int> by_industry, by_region;
  for (const auto& d : Enterprises()) {
    ++by_industry[d.data.industry];
    ++by_region[d.data.region_code];
  }
  for (registry::Industry i : registry::AllIndustries()) {
    EXPECT_GT(by_industry[std::string(IndustryValue(i))], 0) << IndustryValue(i);
  }
  EXPECT_EQ(by_industry["civil_explosives_production"], 6);
  EXPECT_EQ(by_industry["civil_explosives_sales"], 10);
  EXPECT_EQ(by_industry["civil_aircraft"], 3);
  EXPECT_EQ(by_industry["civil_ship"], 8);
  EXPECT_EQ(by_industry["hazardous_chemicals"], 60);
  for (const auto& r : registry::BuiltinRegions()) {
    if (r.parent_code == "370800") {
      EXPECT_GT(by_region[r.code], 0) << r.code;
    }
  }
  EXPECT_EQ(by_region.size(), 14u);
}

TEST_F(DemoCityTest, Deterministic) {
  const auto again = DemoEnterprises();
  ASSERT_EQ(again.size(), Enterprises().size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    const auto& a = again[i].data;
    const auto& b = Enterprises()[i].data;
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.uscc, b.uscc);
    EXPECT_EQ(a.address, b.address);
    EXPECT_EQ(a.contact_phone, b.contact_phone);
    EXPECT_EQ(a.employees, b.employees);
    EXPECT_EQ(a.latitude, b.latitude);
  }
  const auto agencies = DemoAgencies();
  const auto agencies2 = DemoAgencies();
  ASSERT_EQ(agencies.size(), agencies2.size());
  for (std::size_t i = 0; i < agencies.size(); ++i) EXPECT_EQ(agencies[i].phone, agencies2[i].phone);
  const auto p1 = EnterprisePeople(Enterprises()[0], 7);
  const auto p2 = EnterprisePeople(Enterprises()[0], 7);
  ASSERT_EQ(p1.size(), p2.size());
  for (std::size_t i = 0; i < p1.size(); ++i) EXPECT_EQ(p1[i].name, p2[i].name);
}

TEST_F(DemoCityTest, Agencies) {
  const auto agencies = DemoAgencies();
  std::map<std::string, std::string> by_region;
  for (const auto& a : agencies) {
    EXPECT_TRUE(by_region.emplace(a.region_code, a.name).second) << a.region_code;
    EXPECT_TRUE(registry::IsValidPhone(a.phone)) << a.phone;
  }
  EXPECT_EQ(agencies.size(), 16u);  // province, city, 11 counties, 3 zones
  EXPECT_EQ(by_region["370000"], "山东省工业和信息化厅");
  EXPECT_EQ(by_region["370800"], "济宁市工业和信息化局");
  EXPECT_EQ(by_region["370811"], "任城区工业和信息化局");
  EXPECT_EQ(by_region["370883"], "邹城市工业和信息化局");
  EXPECT_EQ(by_region["370800Z1"], "济宁高新区经济发展局");
  EXPECT_EQ(by_region["370800Z2"], "太白湖新区经济发展局");
  EXPECT_EQ(by_region["370800Z3"], "济宁经开区经济发展局");
}

TEST_F(DemoCityTest, People) {
  const std::set<std::string> kinds = {"principal", "deputy", "safety_officer",
                                       "internal_unit", "accountable_person", "other"};
  for (const auto& a : DemoAgencies()) {
    const auto people = AgencyPeople(a, kDemoSeed);
    ASSERT_GE(people.size(), 4u) << a.name;
    EXPECT_EQ(people[0].kind, "principal");
    bool cites = false;
    for (const auto& p : people) {
      EXPECT_TRUE(kinds.count(p.kind)) << p.kind;
      EXPECT_FALSE(p.name.empty());
      EXPECT_FALSE(p.duties.empty());
      EXPECT_TRUE(registry::IsValidPhone(p.phone)) << p.phone;
      if (p.duties.find("三管三必须") != std::string::npos) cites = true;
    }
    EXPECT_TRUE(cites) << a.name;
  }
  for (const auto& d : Enterprises()) {
    const auto people = EnterprisePeople(d, kDemoSeed);
    ASSERT_GE(people.size(), 3u);
    EXPECT_EQ(people[0].kind, "principal");
    EXPECT_EQ(people[0].name, d.data.legal_representative);
    int accountable = 0;
    for (const auto& p : people) {
      EXPECT_TRUE(kinds.count(p.kind)) << p.kind;
      EXPECT_TRUE(registry::IsValidPhone(p.phone)) << p.phone;
      if (p.kind == "accountable_person") ++accountable;
    }
    if (d.data.industry == "civil_explosives_production") {
      EXPECT_EQ(accountable, 2);
    }
    if (d.data.industry == "hazardous_chemicals") {
      EXPECT_EQ(accountable, 2);
    }
    if (d.data.industry == "general") {
      EXPECT_EQ(accountable, 0);
    }
  }
}

}  // namespace
}  // namespace anjian::demo
