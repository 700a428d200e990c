#include "demo/demo_emergency_resources.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "emergency/resources/emergency_resource_json.hpp"
#include "emergency/resources/emergency_resource_repository.hpp"

namespace anjian::demo {

namespace {

using emergency_resources::ResourceInput;

std::string Day(int64_t now_unix, int64_t days) {
  return core::FormatIsoDate(core::AddDays(core::ChinaDate(now_unix), days));
}

ResourceInput Team(const std::string& name, const char* kind, int64_t members,
                   const std::string& leader, const std::string& phone) {
  ResourceInput r;
  r.category = "team";
  r.name = name;
  r.kind = kind;
  r.members = members;
  r.leader = leader;
  r.phone = phone;
  return r;
}

ResourceInput Expert(const std::string& name, const std::string& field, const std::string& title,
                     const std::string& phone, const std::string& unit) {
  ResourceInput r;
  r.category = "expert";
  r.name = name;
  r.field = field;
  r.title = title;
  r.phone = phone;
  r.unit = unit;
  return r;
}

ResourceInput Material(const std::string& name, const char* kind, const std::string& type,
                       double quantity, const std::string& unit, const std::string& location,
                       const std::string& expires, const std::string& last,
                       const std::string& next) {
  ResourceInput r;
  r.category = "material";
  r.name = name;
  r.kind = kind;
  r.material_type = type;
  r.quantity = quantity;
  r.quantity_unit = unit;
  r.location = location;
  r.expires_on = expires;
  r.last_inspected_on = last;
  r.next_inspection_on = next;
  return r;
}

}  // namespace

void SeedDemoEmergencyResources(storage::Connection& conn, int64_t mb, int64_t hc,
                                int64_t now_unix) {
  const std::string at = core::IsoFromUnix(now_unix);
  auto add = [&](const emergency_resources::Owner& owner, const ResourceInput& r, int64_t user) {
    const int64_t id = emergency_resources::InsertResource(conn, owner, r, at);
    emergency_resources::InsertResourceChange(
        conn, id, 1, "create", boost::json::serialize(emergency_resources::InputJson(r)), user, at);
  };
  auto first_user = [&](const char* column, int64_t id) -> int64_t {
    auto rs = conn.Query(std::string("SELECT MIN(id) AS id FROM users WHERE ") + column + " = ?",
                         {id});
    if (!rs.empty() && !rs.IsNull(0, "id")) return rs.Int(0, "id");
    return conn.Query("SELECT MIN(id) AS id FROM users").Int(0, "id");
  };
  // Every civil-explosives and hazardous-chemicals enterprise: 恒安民爆 and 润泽化工 first.
  auto ents = conn.Query(
      "SELECT id, name FROM enterprises WHERE status = 'active' AND industry IN "
      "('civil_explosives_production', 'civil_explosives_sales', 'hazardous_chemicals') "
      "ORDER BY CASE WHEN id = ? THEN 0 WHEN id = ? THEN 1 ELSE 2 END, id",
      {mb, hc});
  for (size_t i = 0; i < ents.size(); ++i) {
    const int64_t ent = ents.Int(i, "id");
    auto owner = emergency_resources::OwnerOfEnterprise(conn, ent);
    if (!owner) continue;
    const int64_t user = first_user("enterprise_id", ent);
    const std::string n = std::to_string(i + 1);
    const std::string phone = "1390537" + std::string(4 - std::min<size_t>(4, n.size()), '0') + n;
    add(*owner, Team("企业专职应急救援队", i % 3 == 0 ? "full_time" : "part_time",
                     static_cast<int64_t>(6 + i % 9), "救援队长" + n, phone),
        user);
    add(*owner, Expert("安全专家" + n, i % 2 ? "危险化学品安全" : "爆破器材安全",
                       i % 2 ? "高级工程师" : "正高级工程师", phone, "济宁市安全生产专家库"),
        user);
    // Spread expiry and inspection dates: every fifth enterprise has an item inside the alert
    // window (30 days by default), the others well ahead.
    const bool soon = i % 5 == 0;
    add(*owner,
        Material("正压式空气呼吸器", "equipment", "个体防护", 4 + static_cast<double>(i % 4), "套",
                 "应急物资柜（一号）", Day(now_unix, soon ? 20 : 400 + static_cast<int64_t>(i)),
                 Day(now_unix, -150), Day(now_unix, soon ? 12 : 200)),
        user);
    add(*owner,
        Material("干粉灭火器（8kg）", "equipment", "消防", 20 + static_cast<double>(i % 10), "具",
                 "生产区消防点", Day(now_unix, 700), Day(now_unix, -30), Day(now_unix, 335)),
        user);
    add(*owner,
        Material("吸附棉", "material", "泄漏处置", 50, "kg", "应急物资库",
                 Day(now_unix, 900), "", ""),
        user);
  }
  // 恒安民爆: one expired item and one inspection due within days.
  if (auto owner = emergency_resources::OwnerOfEnterprise(conn, mb)) {
    const int64_t user = first_user("enterprise_id", mb);
    add(*owner,
        Material("防爆应急照明灯", "equipment", "照明", 12, "盏", "成品库区值班室",
                 Day(now_unix, -5), Day(now_unix, -200), Day(now_unix, 165)),
        user);
    add(*owner,
        Material("有毒有害气体检测仪", "equipment", "检测", 3, "台", "安全科",
                 Day(now_unix, 500), Day(now_unix, -360), Day(now_unix, 6)),
        user);
  }
  // The city agency's own expert team.
  auto city = conn.Query("SELECT id FROM agencies WHERE region_code = '370800' ORDER BY id LIMIT 1");
  if (!city.empty()) {
    const int64_t agency = city.Int(0, "id");
    if (auto owner = emergency_resources::OwnerOfAgency(conn, agency)) {
      const int64_t user = first_user("agency_id", agency);
      add(*owner, Team("济宁市民爆行业应急专家组", "part_time", 9, "王组长", "0537-2345678"), user);
      add(*owner, Expert("赵工", "民用爆炸物品安全", "正高级工程师", "13905379001",
                         "济宁市工业和信息化局专家库"),
          user);
      add(*owner,
          Material("应急通信卫星电话", "equipment", "通信", 2, "部", "市局应急值班室",
                   Day(now_unix, 25), Day(now_unix, -100), Day(now_unix, 265)),
          user);
    }
  }
}

}  // namespace anjian::demo
