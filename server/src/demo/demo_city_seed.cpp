#include "demo/demo_city_seed.hpp"
#include "demo/demo_licences.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <chrono>
#include <map>

#include "audit/audit_service.hpp"
#include "registry/region_rules.hpp"
#include "demo/demo_accidents.hpp"
#include "demo/demo_duty_rosters.hpp"
#include "demo/demo_duty_shifts.hpp"
#include "demo/demo_spot_checks.hpp"
#include "demo/demo_people.hpp"  // issue 15 §2
#include "demo/demo_city.hpp"
#include "demo/demo_emergency_plans.hpp"
#include "demo/demo_drills.hpp"
#include "demo/demo_hidden_dangers.hpp"
#include "demo/demo_licence_checks.hpp"
#include "demo/demo_ledger.hpp"
#include "demo/demo_notices.hpp"
#include "demo/demo_products.hpp"
#include "demo/demo_risk.hpp"
#include "demo/demo_zero_report.hpp"
#include "demo/demo_emergency_resources.hpp"  // issue 14 §2
#include "demo/demo_workshops.hpp"  // issue 15 §3
#include "demo/demo_veto.hpp"  // issue 15 §4
#include "demo/demo_credit.hpp"  // issue 15 §4
#include "demo/demo_capacity_requests.hpp"  // issue 15 §1
#include "core/china_time.hpp"
#include "identity/setup_service.hpp"
#include "platform/storage/nullable.hpp"
#include "registry/enterprise_repository.hpp"
#include "registry/region_index.hpp"

namespace anjian::demo {

namespace json = boost::json;

void SeedDemoCity(storage::Connection& conn, const core::Clock& clock) {
  auto existing = conn.Query("SELECT COUNT(*) AS n FROM enterprises");
  if (existing.Int(0, "n") > 0) return;
  spdlog::info("seeding the demo city 济宁市");
  registry::RegionIndex::Global().Load(conn);
  storage::Transaction tx(conn);
  const int64_t now_unix = clock.Now();
  const std::string now = core::IsoFromUnix(now_unix);
  std::map<std::string, int64_t> agency_by_region;
  auto agencies = demo::DemoAgencies();
  for (const auto& a : agencies) {
    const auto* r = registry::RegionIndex::Global().Find(a.region_code);
    if (!r) continue;
    auto rs = conn.Query(
        "INSERT INTO agencies (region_code, region_path, name, phone, created_at) VALUES "
        "(?, ?, ?, ?, ?) RETURNING id",
        {a.region_code, r->path, a.name, a.phone, now});
    agency_by_region[a.region_code] = rs.Int(0, "id");
  }
  auto add_person = [&](const std::string& owner_kind, std::optional<int64_t> agency,
                        std::optional<int64_t> enterprise, const std::string& path,
                        const demo::DemoPerson& p) {
    conn.Exec(
        "INSERT INTO responsibilities (owner_kind, agency_id, enterprise_id, region_path, "
        "person_name, position, unit_name, kind, phone, duties, created_at, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)",
        {owner_kind, storage::Nullable(agency), storage::Nullable(enterprise), path, p.name,
         p.position, p.unit_name, p.kind, p.phone, p.duties, now, now});
  };
  uint64_t seed = 2026;
  for (const auto& a : agencies) {
    auto it = agency_by_region.find(a.region_code);
    if (it == agency_by_region.end()) continue;
    const auto* r = registry::RegionIndex::Global().Find(a.region_code);
    for (const auto& p : demo::AgencyPeople(a, seed++))
      add_person("agency", it->second, std::nullopt, r->path, p);
  }
  std::vector<int64_t> enterprise_ids;
  for (const auto& e : demo::DemoEnterprises()) {
    int64_t id = registry::InsertEnterprise(conn, e.data, "", now);
    enterprise_ids.push_back(id);
    const auto* r = registry::RegionIndex::Global().Find(e.data.region_code);
    for (const auto& p : demo::EnterprisePeople(e, seed++))
      add_person("enterprise", std::nullopt, id, r->path, p);
  }

  // Accounts named in the README.
  auto account = [&](const std::string& username, const std::string& name,
                     std::optional<int64_t> agency, std::optional<int64_t> enterprise,
                     const char* role, const std::string& phone) {
    return identity::CreateAccount(conn, clock.Now(), username, name, identity::kDemoPassword,
                                   agency, enterprise, {role}, false, phone);
  };
  auto agency = [&](const char* code) { return agency_by_region.at(code); };
  account("jining", "济宁市工信局 张明", agency("370800"), std::nullopt, "regulator_rw",
          "0537-2345001");
  account("jining.viewer", "济宁市工信局 查询员", agency("370800"), std::nullopt, "regulator_ro",
          "0537-2345002");
  account("rencheng", "任城区工信局 李强", agency("370811"), std::nullopt, "regulator_rw",
          "0537-2211001");
  // A second enforcement officer of 任城: a random draw (双随机) sends two to each inspection.
  account("rencheng.zf", "任城区工信局 执法员 陈刚", agency("370811"), std::nullopt, "regulator_rw",
          "0537-2211002");
  account("zoucheng", "邹城市工信局 王芳", agency("370883"), std::nullopt, "regulator_rw",
          "0537-5211001");
  account("shandong", "山东省工信厅 赵磊", agency("370000"), std::nullopt, "regulator_rw",
          "0531-8601001");
  int64_t mb = enterprise_ids.at(0), hc = enterprise_ids.at(1);
  account("mb.principal", "恒安民爆 主要负责人", std::nullopt, mb, "ent_principal", "13905371001");
  account("mb.safety", "恒安民爆 安全员", std::nullopt, mb, "ent_safety_officer", "13905371002");
  account("mb.keeper", "恒安民爆 保管员", std::nullopt, mb, "ent_storekeeper", "13905371003");
  account("mb.duty", "恒安民爆 值班员", std::nullopt, mb, "ent_duty_officer", "13905371004");
  account("hc.principal", "润泽化工 主要负责人", std::nullopt, hc, "ent_principal", "13905372001");
  account("hc.safety", "润泽化工 安全员", std::nullopt, hc, "ent_safety_officer", "13905372002");

  // Two civil-explosives sellers (邹城 first) with a storekeeper and a safety officer each.
  std::vector<DemoSeller> sellers;
  auto seller_rows = conn.Query(
      "SELECT id, name FROM enterprises WHERE industry_code = '5169' "
      "ORDER BY CASE WHEN region_code = '370883' THEN 0 ELSE 1 END, id LIMIT 2");
  for (size_t i = 0; i < seller_rows.size(); ++i) {
    const int64_t id = seller_rows.Int(i, "id");
    const std::string prefix = "ms" + std::to_string(i + 1);
    const std::string name = seller_rows.Text(i, "name");
    DemoSeller s{id, 0, 0};
    s.keeper = account(prefix + ".keeper", name + " 保管员", std::nullopt, id, "ent_storekeeper", "");
    s.safety = account(prefix + ".safety", name + " 安全员", std::nullopt, id, "ent_safety_officer", "");
    sellers.push_back(s);
  }

  SeedDemoNotices(conn, now_unix);
  SeedDemoProducts(conn, mb, now);
  {  // issue 15 §1: the ledger's licence gate needs the licences before the first voucher
    std::vector<int64_t> seller_ids;
    for (const auto& s : sellers) seller_ids.push_back(s.enterprise_id);
    SeedDemoGateLicences(conn, mb, seller_ids, now_unix);
  }
  SeedDemoLedger(conn, mb, sellers, now_unix);
  SeedDemoRisk(conn, now_unix);
  SeedDemoAccidents(conn, mb, hc, now_unix);  // issue 14 §4
  SeedDemoZeroReport(conn, now_unix);  // issue 14 §1
  SeedDemoEmergencyResources(conn, mb, hc, now_unix);  // issue 14 §2
  SeedDemoEmergencyPlans(conn, mb, hc, now_unix);  // issue 14 §2
  SeedDemoDrills(conn, mb, hc, now_unix);  // issue 14 §3, after the plans demo
  // Issue 16: the ministry level (部级) — an agency at the country root, whose scope is the whole
  // country, and a read-only regulator of it. Seeded after the notices, accidents and plans (so
  // that their data do not move) and before the duty rosters (an agency keeps a roster).
  if (const auto* root = registry::RegionIndex::Global().Find(std::string(registry::kCountryCode))) {
    auto rs = conn.Query(
        "INSERT INTO agencies (region_code, region_path, name, phone, created_at) VALUES "
        "(?, ?, ?, ?, ?) RETURNING id",
        {root->code, root->path, std::string("工业和信息化部安全生产司"), std::string("010-68208000"), now});
    agency_by_region[root->code] = rs.Int(0, "id");
    account("miit", "工信部安全生产司 查询员", rs.Int(0, "id"), std::nullopt, "regulator_ro",
            "010-68208001");
  }
  SeedDemoDutyRosters(conn, mb, now_unix);     // issue 14 §1
  SeedDemoDutyShifts(conn, mb, now_unix);  // issue 14 §1 (on shift; after the rosters)
  SeedDemoSpotChecks(conn, mb, now_unix);  // issue 14 §1 值班抽查
  SeedDemoLicences(conn, mb, hc, now_unix);  // issue 15 §1 (after the plans and the ledger)
  SeedDemoWorkshops(conn, mb, now_unix);  // issue 15 §3 (after the ledger: one over-storage case)
  SeedDemoPeople(conn, mb, hc, now_unix);  // issue 15 §2 人员资格
  SeedDemoCredit(conn, now_unix);  // issue 15 §4, after the accidents
  const auto hd_started = std::chrono::steady_clock::now();
  auto hd = hidden_danger::SeedDemoHiddenDangers(conn, core::ChinaIsoDate(now_unix));
  spdlog::info(
      "demo hidden dangers: {} with {} transitions and {} enforcement inspections in {} ms "
      "({} ms generating, {} ms inserting)",
      hd.hidden_dangers, hd.transitions, hd.enforcement_inspections,
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                            hd_started).count(),
      hd.generate_ms, hd.insert_ms);
  SeedDemoVeto(conn, mb, hc, now_unix);  // issue 15 §4 一票否决 (after the hidden dangers)
  SeedDemoCapacityRequests(conn, mb, now_unix);  // issue 15 §1 (after the ledger and the licences)
  audit::Append(conn, {std::nullopt, "system", "", clock.Now()}, "seed_demo", "system", "", nullptr,
                json::object{{"agencies", static_cast<int64_t>(agency_by_region.size())},
                             {"enterprises", static_cast<int64_t>(enterprise_ids.size())},
                             {"hidden_dangers", hd.hidden_dangers},
                             {"enforcement_inspections", hd.enforcement_inspections}});
  tx.Commit();
}

}  // namespace anjian::demo
