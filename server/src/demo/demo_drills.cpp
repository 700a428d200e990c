#include "demo/demo_drills.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "emergency/drills/drill_frequency_rules.hpp"
#include "emergency/drills/drill_repository.hpp"
#include "emergency/drills/drill_service.hpp"
#include "emergency/plans/plan_service.hpp"

namespace anjian::demo {

namespace {

struct Staff {
  int64_t user = 0, agency_user = 0, agency = 0;
};

Staff StaffOf(storage::Connection& conn, int64_t enterprise_id, const std::string& region_path) {
  Staff s;
  auto u = conn.Query("SELECT id FROM users WHERE enterprise_id = ? ORDER BY id", {enterprise_id});
  if (!u.empty()) s.user = u.Int(0, "id");
  // The county agency over the enterprise and one of its users (the report's acknowledgement).
  auto a = conn.Query(
      "SELECT a.id, MIN(u.id) AS user_id FROM agencies a JOIN users u ON u.agency_id = a.id "
      "WHERE a.status = 'active' AND SUBSTR(CAST(? AS TEXT), 1, LENGTH(a.region_path)) = "
      "a.region_path GROUP BY a.id, a.region_path ORDER BY LENGTH(a.region_path) DESC",
      {region_path});
  if (!a.empty()) {
    s.agency = a.Int(0, "id");
    s.agency_user = a.Int(0, "user_id");
  }
  return s;
}

const char* const kScenarios[] = {"成品库房火灾初期处置", "危险品运输车辆泄漏处置", "生产线爆燃人员疏散",
                                  "储罐区泄漏应急处置", "停电情况下的应急照明和疏散"};
const char* const kProblems[] = {"应急广播在库区东侧听不清", "消防通道被叉车临时占用",
                                 "部分人员不熟悉集合点位置", "应急物资柜钥匙未随班移交",
                                 "现场处置方案中的报告电话已变更"};

}  // namespace

void SeedDemoDrills(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix) {
  const core::Date today = *core::ParseIsoDate(core::ChinaIsoDate(now_unix));
  std::map<int64_t, std::vector<drills::PlanInfo>> by_ent;
  api::Scope all;
  all.kind = api::Scope::Kind::kAll;
  for (const auto& p : drills::PlansInScope(conn, all))
    if (drills::IsHighRiskIndustry(p.industry)) by_ent[p.enterprise_id].push_back(p);
  // The half-year windows of the last year: the one before last, the last, the current one.
  const core::Date half{today.year, today.month <= 6 ? 1 : 7, 1};
  const core::Date windows[] = {drills::AddMonths(half, -12), drills::AddMonths(half, -6), half};
  int n = 0;
  for (const auto& [eid, plans] : by_ent) {
    ++n;
    const Staff staff = StaffOf(conn, eid, plans.front().region_path);
    if (!staff.user) continue;
    // A drill of the plans in force on its day: `which` all, "general" (comprehensive and
    // special) or "onsite" only.
    auto record = [&, eid = eid, &plans = plans](core::Date on, const std::string& which,
                                                 const char* type, int k, bool report, bool ack,
                                                 int problems) {
      std::vector<drills::DrillPlanRow> drilled;
      for (const auto& p : plans)
        if (p.since <= core::FormatIsoDate(on) &&
            (which == "all" || (which == "onsite") == (p.kind == "onsite")))
          drilled.push_back({p.id, p.kind, p.title});
      if (drilled.empty() || on > core::AddDays(today, -1)) return;
      const std::string day = core::FormatIsoDate(on);
      const std::string at = day + "T08:00:00Z";
      drills::NewDrillRow row;
      row.enterprise_id = eid;
      row.region_path = plans.front().region_path;
      row.drill_type = type;
      row.scenario = kScenarios[(k + n) % 5];
      row.drilled_on = day;
      row.place = "厂区应急集合点及相关作业区";
      row.participant_count = 18 + (k * 7) % 20;
      row.participant_names = "王建国、李红梅、赵志强、孙丽";
      row.evaluation = problems ? "响应迅速，分工明确；个别环节衔接不畅，已列出问题整改"
                                : "响应迅速，处置得当，达到预期目的";
      row.effective = true;
      row.created_by = staff.user;
      row.created_at = at;
      const int64_t id = drills::InsertDrill(conn, row);
      drills::SetDrillNumber(conn, id, drills::DrillNumber(day, id));
      for (const auto& p : drilled) drills::InsertDrillPlan(conn, id, p);
      for (int i = 0; i < problems; ++i)
        drills::InsertDrillProblem(conn, id, i + 1, kProblems[(k + i + n) % 5]);
      drills::InsertDrillEvent(conn, id, "recorded", drills::DrillNumber(day, id), staff.user, at);
      if (!report || core::AddDays(on, 3) > today) return;
      const std::string sub = core::FormatIsoDate(core::AddDays(on, 3)) + "T02:00:00Z";
      const std::string text = std::string("演练总结：") + row.scenario + "，参演 " +
                               std::to_string(row.participant_count) + " 人，" + row.evaluation + "。";
      drills::SetReportSubmitted(conn, id, text, staff.user, sub);
      drills::InsertDrillEvent(conn, id, "report_submitted", text, staff.user, sub);
      if (!ack || !staff.agency || core::AddDays(on, 5) > today) return;
      const std::string a = core::FormatIsoDate(core::AddDays(on, 5)) + "T03:00:00Z";
      const std::string note = "已阅，请按期整改发现的问题";
      drills::SetReportAcknowledged(conn, id, staff.agency_user, staff.agency, note, a);
      drills::InsertDrillEvent(conn, id, "report_acknowledged", note, staff.agency_user, a);
    };
    if (eid == hc) {
      // 润泽化工: every plan drilled a year ago; since then only its new on-site plan, in autumn —
      // its comprehensive plan's half-year drills are late.
      record(core::AddDays(windows[0], 45), "all", "full_scale", 0, true, true, 2);
      record(core::AddDays(windows[2], 111), "onsite", "functional", 2, true, false, 1);
      continue;
    }
    // 恒安民爆 and the others: the drill of the half-year before last held 7 days after it closed
    // (done late), then every half-year on time.
    record(core::AddDays(windows[1], 7), "all", "functional", 0, true, true, 2);
    record(core::AddDays(windows[1], 99), "all", "full_scale", 1, true, true, 1);
    record(core::AddDays(windows[2], 30), "general", "tabletop", 2, true, false, 1);
  }
  // The plan of 恒安民爆 the plans demo put into "revision required" after a drill: that drill,
  // whose problem is linked to the plan through the plans area's hand-off (source drill + id).
  auto it = by_ent.find(mb);
  if (it == by_ent.end()) return;
  for (const auto& p : it->second) {
    if (p.status != "revision_required") continue;
    const Staff staff = StaffOf(conn, mb, p.region_path);
    if (!staff.user) return;
    const core::Date on = core::AddDays(today, -13);
    const std::string day = core::FormatIsoDate(on), at = day + "T08:00:00Z";
    drills::NewDrillRow row;
    row.enterprise_id = mb;
    row.region_path = p.region_path;
    row.drill_type = "full_scale";
    row.scenario = "雷管库房爆炸事故综合演练";
    row.drilled_on = day;
    row.place = "雷管库房及东侧疏散通道";
    row.participant_count = 36;
    row.participant_names = "王建国、李红梅、赵志强、孙丽、周明";
    row.evaluation = "疏散及时，但应急通讯联络表过期、疏散路线与现场不符";
    row.effective = false;
    row.created_by = staff.user;
    row.created_at = at;
    const int64_t id = drills::InsertDrill(conn, row);
    drills::SetDrillNumber(conn, id, drills::DrillNumber(day, id));
    drills::InsertDrillPlan(conn, id, {p.id, p.kind, p.title});
    const int64_t problem = drills::InsertDrillProblem(
        conn, id, 1, "应急通讯联络表过期、疏散路线与现场不符，须修订预案");
    drills::InsertDrillProblem(conn, id, 2, "部分人员不熟悉集合点位置");
    drills::InsertDrillEvent(conn, id, "recorded", drills::DrillNumber(day, id), staff.user, at);
    const int64_t acted_unix = now_unix - 12 * 86400;
    const std::string acted = core::IsoFromUnix(acted_unix);
    emergency_plans::RevisionTrigger t;
    t.plan_id = p.id;
    t.cause = emergency_plans::RevisionCause::kDrillOrResponse;
    t.source_kind = "drill";
    t.source_id = id;
    t.note = "应急演练 " + drills::DrillNumber(day, id) + " 发现的问题：应急通讯联络表过期、疏散路线与现场不符";
    emergency_plans::RequireRevision(conn, t, audit::Actor(staff.user, "demo", "", acted_unix));
    drills::SetProblemAction(conn, problem, "revision", std::nullopt, p.id, staff.user, acted);
    drills::InsertDrillEvent(conn, id, "problem_revision", "问题 1 → 预案修订：" + p.title,
                             staff.user, acted);
    break;
  }
}

}  // namespace anjian::demo
