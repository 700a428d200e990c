#include "demo/demo_accidents.hpp"

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "emergency/accidents/accident_service.hpp"

namespace anjian::demo {

namespace {

struct Event {
  int enterprise;  // index into the enterprises picked below
  int days_ago, hour;
  const char *title, *type, *address, *course, *measures;
  int64_t deaths, injuries, missing, loss;
  int report_after_min;   // minutes from the accident to the unit's report
  int county_after_min;   // minutes from the report to the county's forwarding (-1: not yet)
  int city_after_min;     // from the county's forwarding (-1: not)
  int province_after_min; // from the city's (-1: not)
  std::optional<int64_t> follow_up_deaths;  // a follow-up a day later changing the deaths
};

// Fictional events. The third is the late one: the county forwarded 3 h 20 min after receipt.
const Event kEvents[] = {
    {0, 200, 9, "装药工房一名操作工手部被机械夹伤", "03", "装药工房二号生产线",
     "操作工清理设备时未停机，手部被卷入", "已停机、送医，全线停产检查", 0, 1, 0, 80000, 35, 25,
     -1, -1, std::nullopt},
    {1, 150, 14, "储罐区管道泄漏致两名工人急性中毒", "19", "罐区东侧管廊",
     "检修作业中法兰泄漏，两人吸入有毒气体", "已疏散、关阀、送医", 0, 2, 0, 350000, 50, 25,
     -1, -1, std::nullopt},
    {2, 120, 22, "仓库夜间火灾致三人死亡", "08", "成品仓库", "夜间电气线路故障引发火灾",
     "已扑灭，现场封锁，启动应急预案", 2, 4, 0, 3000000, 45, 200, 90, 100, int64_t{3}},
    {3, 90, 10, "厂房坍塌事故", "10", "新建车间", "钢结构厂房在吊装过程中坍塌",
     "已组织救援，设立警戒区", 11, 6, 1, 30000000, 30, 20, 60, 70, std::nullopt},
    {4, 60, 16, "反应釜爆炸事故", "17", "合成车间",
     "反应釜超压爆炸，引发连锁火灾", "已启动省级应急响应，全面搜救", 31, 12, 2, 150000000, 25,
     15, 20, 30, std::nullopt},
    {0, 30, 8, "运输车辆在厂区内侧翻", "02", "厂区主干道", "运输车辆转弯速度过快侧翻",
     "已清理现场，驾驶员送医", 0, 1, 0, 50000, 20, 30, -1, -1, std::nullopt},
    // Earlier in the year (the statistics' monthly chart): 一般 events of other GB 6441 types.
    {1, 330, 11, "装卸作业中一名工人从槽车顶部坠落", "12", "装卸站台", "槽车顶部作业未系安全带坠落",
     "已送医，装卸作业停工整顿", 0, 1, 0, 120000, 40, 30, -1, -1, std::nullopt},
    {2, 290, 15, "配电室触电事故", "09", "一号配电室", "检修人员误碰带电母排", "已断电、送医",
     0, 1, 0, 60000, 30, 20, -1, -1, std::nullopt},
    {0, 250, 9, "物料搬运中被叉车撞伤", "04", "原料库", "叉车倒车未鸣笛撞伤搬运工",
     "已送医，叉车停用检查", 0, 2, 0, 90000, 50, 40, -1, -1, std::nullopt},
    {4, 230, 13, "高处作业平台物体打击", "01", "维修车间", "高处扳手坠落击中下方作业人员",
     "已送医，设置隔离区", 0, 1, 0, 40000, 25, 25, -1, -1, std::nullopt},
};

}  // namespace

void SeedDemoAccidents(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix) {
  // 恒安民爆 (邹城) and 润泽化工 (任城), then three more of those two counties (the demo's county
  // agencies with accounts, so every level of their timelines has someone who forwarded).
  std::vector<int64_t> ents{mb, hc};
  auto others = conn.Query(
      "SELECT id FROM enterprises WHERE status = 'active' AND region_code IN ('370811', '370883') "
      "AND id NOT IN (?, ?) ORDER BY id LIMIT 3",
      {mb, hc});
  for (size_t i = 0; i < others.size(); ++i) ents.push_back(others.Int(i, "id"));
  // The demo ledger's losses opened their events already: their county forwarded them 20 minutes
  // after the report.
  auto losses = conn.Query(
      "SELECT a.id, a.reported_at, g.id AS agency_id, (SELECT MIN(u.id) FROM users u WHERE "
      "u.agency_id = g.id) AS user_id FROM accidents a JOIN agencies g ON g.region_path = "
      "a.region_path WHERE a.loss_incident_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
      "accident_forwards f WHERE f.accident_id = a.id) ORDER BY a.id");
  for (size_t i = 0; i < losses.size(); ++i)
    if (!losses.IsNull(i, "user_id"))
      accidents::InsertAccidentForward(
          conn, losses.Int(i, "id"), "county", losses.Int(i, "agency_id"), losses.Int(i, "user_id"),
          "", core::IsoFromUnix(core::UnixFromIso(losses.Text(i, "reported_at")) + 20 * 60));
  auto user_of = [&](const std::string& sql, const std::vector<storage::Value>& p) {
    auto rs = conn.Query(sql, p);
    return rs.empty() || rs.IsNull(0, "id") ? std::optional<int64_t>() : rs.Int(0, "id");
  };
  for (const auto& ev : kEvents) {
    if (ev.enterprise >= static_cast<int>(ents.size())) continue;
    const int64_t ent = ents[ev.enterprise];
    auto e = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {ent});
    const std::string path = e.Text(0, "region_path");
    // The agencies over the enterprise, deepest first (county, city, province) and a user each.
    auto ag = conn.Query(
        "SELECT g.id, g.region_path, (SELECT MIN(u.id) FROM users u WHERE u.agency_id = g.id) AS "
        "user_id FROM agencies g WHERE SUBSTR(CAST(? AS TEXT), 1, LENGTH(g.region_path)) = "
        "g.region_path ORDER BY LENGTH(g.region_path) DESC",
        {path});
    if (ag.size() < 3) continue;
    auto reporter = user_of("SELECT MIN(id) AS id FROM users WHERE enterprise_id = ?", {ent});
    if (!reporter && !ag.IsNull(0, "user_id")) reporter = ag.Int(0, "user_id");
    if (!reporter) continue;
    const int64_t occurred =
        now_unix - ev.days_ago * 86400LL - (now_unix % 86400) + (ev.hour - 8) * 3600LL;
    const int64_t reported = occurred + ev.report_after_min * 60LL;
    accidents::AccidentFacts f;
    f.title = ev.title;
    f.accident_type = ev.type;
    f.address = ev.address;
    f.course = ev.course;
    f.measures = ev.measures;
    f.occurred_at = core::IsoFromUnix(occurred);
    f.deaths = ev.follow_up_deaths ? 0 : ev.deaths;
    f.serious_injuries = ev.injuries;
    f.missing = ev.missing;
    f.direct_loss_yuan = ev.loss;
    const auto first = accidents::GradeOf({f.deaths, f.serious_injuries, f.direct_loss_yuan});
    accidents::NewAccident row;
    row.enterprise_id = ent;
    row.region_path = path;
    row.reported_by = *reporter;
    row.grade = std::string(accidents::GradeValue(first.grade));
    row.at = core::IsoFromUnix(reported);
    row.facts = f;
    const int64_t id = accidents::InsertAccident(conn, row);
    accidents::SetAccidentNumber(conn, id, accidents::AccidentNumber(f.occurred_at, id));
    auto facts_json = [](const accidents::AccidentFacts& x) {
      return boost::json::serialize(boost::json::object{
          {"title", x.title}, {"accident_type", x.accident_type}, {"road_traffic", x.road_traffic},
          {"address", x.address}, {"latitude", nullptr}, {"longitude", nullptr},
          {"occurred_at", x.occurred_at}, {"deaths", x.deaths},
          {"serious_injuries", x.serious_injuries}, {"missing", x.missing},
          {"direct_loss_yuan", x.direct_loss_yuan}, {"course", x.course},
          {"measures", x.measures}});
    };
    accidents::InsertAccidentReport(conn, id, 1, "first", facts_json(f), row.grade, "",
                                    *reporter, row.at);
    int64_t county_at = 0;
    if (ev.county_after_min >= 0 && !ag.IsNull(0, "user_id")) {
      county_at = reported + ev.county_after_min * 60LL;
      accidents::InsertAccidentForward(conn, id, "county", ag.Int(0, "id"), ag.Int(0, "user_id"),
                                       "", core::IsoFromUnix(county_at));
    }
    int64_t city_at = 0;
    if (county_at && ev.city_after_min >= 0 && !ag.IsNull(1, "user_id")) {
      city_at = county_at + ev.city_after_min * 60LL;
      accidents::InsertAccidentForward(conn, id, "city", ag.Int(1, "id"), ag.Int(1, "user_id"), "",
                                       core::IsoFromUnix(city_at));
    }
    if (city_at && ev.province_after_min >= 0 && !ag.IsNull(2, "user_id"))
      accidents::InsertAccidentForward(conn, id, "province", ag.Int(2, "id"), ag.Int(2, "user_id"),
                                       "", core::IsoFromUnix(city_at + ev.province_after_min * 60LL));
    if (ev.follow_up_deaths) {
      // The next day two of the injured died: the follow-up raised the grade.
      const int64_t at = reported + 86400;
      f.deaths = *ev.follow_up_deaths;
      const auto g = accidents::GradeOf({f.deaths, f.serious_injuries, f.direct_loss_yuan});
      const std::string grade(accidents::GradeValue(g.grade));
      accidents::UpdateAccidentFacts(conn, id, f, grade,
                                     g.grade > first.grade ? core::IsoFromUnix(at) : row.at, 2,
                                     core::IsoFromUnix(at));
      accidents::InsertAccidentReport(conn, id, 2, "follow_up", facts_json(f), grade,
                                      "两名重伤人员经抢救无效死亡", *reporter,
                                      core::IsoFromUnix(at));
    }
  }
}

}  // namespace anjian::demo
