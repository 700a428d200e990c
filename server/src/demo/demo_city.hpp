// A deterministic, fictional but realistic demo of 济宁市: one agency per region, 330
// enterprises over the 11 counties and 3 zones, responsibility people (三管三必须) and the two
// seed notices. Same output on every call and every machine (own PRNG, no std::random_device).
// Enterprise names, people and phone numbers are invented; any match with a real one is chance.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "registry/enterprise_rules.hpp"
#include "demo/seed_notices.hpp"

namespace anjian::demo {

struct DemoAgency {
  std::string region_code, name, phone;
};

struct DemoEnterprise {
  registry::EnterpriseInput data;
};

struct DemoPerson {
  // kind: principal | deputy | safety_officer | internal_unit | accountable_person | other
  std::string name, position, unit_name, kind, phone, duties;
};

inline constexpr std::uint64_t kDemoSeed = 0x4A494E494E47ULL;  // "JINING"
inline constexpr std::size_t kDemoEnterpriseCount = 330;

// 山东省工业和信息化厅 (370000), 济宁市工业和信息化局 (370800), the 11 county bureaus and the
// three zones' 经济发展局, in registry::BuiltinRegions() order.
std::vector<DemoAgency> DemoAgencies();

// [0] 邹城恒安民爆器材有限公司 (civil explosives production, 邹城市 370883) and
// [1] 济宁润泽化工有限公司 (hazardous chemicals, 任城区 370811) are fixed; the rest is generated.
// Every record passes registry::ValidateEnterprise; names and USCCs are unique.
std::vector<DemoEnterprise> DemoEnterprises();

// Leaders and internal units of an agency with duties citing 三管三必须.
std::vector<DemoPerson> AgencyPeople(const DemoAgency& agency, std::uint64_t seed);

// Principal (the legal representative), deputy, safety officers, and the industry's accountable
// persons (生产区/库区包保 for explosives, 重大危险源包保 for chemicals).
std::vector<DemoPerson> EnterprisePeople(const DemoEnterprise& enterprise, std::uint64_t seed);

}  // namespace anjian::demo
