#include "demo/demo_spot_checks.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"
#include "emergency/spot_check/spot_check_repository.hpp"
#include "emergency/spot_check/spot_check_rules.hpp"
#include "emergency/spot_check/spot_check_service.hpp"

namespace anjian::demo {

namespace {

struct Agency {
  int64_t id = 0, user = 0;
  std::string path;
};

std::optional<Agency> AgencyOf(storage::Connection& conn, const std::string& username) {
  auto rs = conn.Query(
      "SELECT g.id, g.region_path, u.id AS user_id FROM users u JOIN agencies g ON g.id = "
      "u.agency_id WHERE u.username = ?",
      {username});
  if (rs.empty()) return std::nullopt;
  return Agency{rs.Int(0, "id"), rs.Int(0, "user_id"), rs.Text(0, "region_path")};
}

// The first seed from 1 whose draw holds every unit of `must` (the seed is recorded: anyone
// re-runs the draw from it and the pool).
std::uint64_t SeedDrawing(const std::vector<int64_t>& pool, int64_t count,
                          const std::vector<int64_t>& must) {
  for (std::uint64_t seed = 1; seed < 100000; ++seed) {
    const auto drawn = spot_check::DrawUnits(seed, pool, count);
    if (std::all_of(must.begin(), must.end(), [&](int64_t m) {
          return std::find(drawn.begin(), drawn.end(), m) != drawn.end();
        }))
      return seed;
  }
  return 1;
}

struct CallPlan {
  bool answered;
  const char* answerer;
  spot_check::Result result;
  const char* notes;
};

// Records the calls of a round made `days_ago` (China day) at 21:00 onwards, one every ten
// minutes; returns the finding ids by item position.
std::vector<std::optional<int64_t>> RecordCalls(storage::Connection& conn,
                                                const calendar::WorkingCalendar& cal,
                                                int64_t round_id, int64_t user, int64_t at,
                                                const std::vector<CallPlan>& plans) {
  std::vector<std::optional<int64_t>> out;
  const auto items = spot_check::RoundItems(conn, round_id);
  for (size_t i = 0; i < items.size() && i < plans.size(); ++i) {
    const auto& item = items[i];
    const auto& p = plans[i];
    const int64_t called = at + static_cast<int64_t>(i) * 600;
    const auto duty = spot_check::OnDutyAt(conn, item.unit, called);
    spot_check::CallRow c;
    c.round_id = round_id;
    c.item_id = item.id;
    c.called_at = core::IsoFromUnix(called);
    c.method = i % 2 == 0 ? "phone" : "video";
    c.phone = duty.phone;
    c.answered = p.answered;
    c.rings = p.answered ? 3 : 15;
    c.seconds = p.answered ? 95 : 0;
    // nullptr: whoever the roster has on duty answered (the last named, an officer).
    c.answerer_name = !p.answered ? ""
                      : p.answerer ? p.answerer
                      : duty.names.empty() ? "值班员" : duty.names.back();
    for (const auto& n : duty.names) c.on_duty_names += (c.on_duty_names.empty() ? "" : "、") + n;
    if (auto m = spot_check::AnswererOnDuty(c.answerer_name, duty.names)) c.answerer_on_duty = *m ? 1 : 0;
    c.result = std::string(spot_check::ResultValue(p.result));
    c.notes = p.notes;
    c.by_user_id = user;
    c.at = c.called_at;
    const int64_t call_id = spot_check::InsertCall(conn, c);
    if (p.result == spot_check::Result::kPass) {
      out.emplace_back();
      continue;
    }
    spot_check::FindingRow f;
    f.round_id = round_id;
    f.item_id = item.id;
    f.call_id = call_id;
    if (item.unit.kind == "enterprise") f.enterprise_id = item.unit.id;
    else f.agency_id = item.unit.id;
    f.region_path = item.unit.region_path;
    f.state = "open";
    f.due_on = core::FormatIsoDate(
        spot_check::AnswerDueOn(core::ChinaDate(called), spot_check::SpotCheckConfig{}, cal));
    f.created_at = c.at;
    f.updated_at = c.at;
    const int64_t id = spot_check::InsertFinding(conn, f);
    spot_check::InsertFindingEvent(conn, id, "opened", p.notes, user, c.at);
    out.emplace_back(id);
  }
  return out;
}

// 21:00 China time of the day `days_ago` before now.
int64_t EveningOf(int64_t now_unix, int days_ago) {
  const int64_t day_start = core::ChinaDayStart(core::AddDays(core::ChinaDate(now_unix), -days_ago));
  return day_start + 21 * 3600;
}

}  // namespace

void SeedDemoSpotChecks(storage::Connection& conn, int64_t mb, int64_t now_unix) {
  const auto city = AgencyOf(conn, "jining");
  const auto zoucheng = AgencyOf(conn, "zoucheng");
  const auto rencheng = AgencyOf(conn, "rencheng");
  if (!city || !zoucheng || !rencheng) return;
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const api::Scope county_scope{api::Scope::Kind::kRegion, zoucheng->path, 0};

  // 1. The city checks its counties' own duty, 20 days ago: 邹城 did not answer, explained, and
  //    the city accepted; the others passed.
  {
    const auto pool = spot_check::AgencyPool(conn, city->path, "");
    const int64_t count = std::min<int64_t>(3, static_cast<int64_t>(pool.size()));
    const std::uint64_t seed = SeedDrawing(pool, count, {zoucheng->id, rencheng->id});
    auto drawn = spot_check::DrawUnits(seed, pool, count);
    // 邹城 is called first (its failure is the story), the rest in draw order.
    std::vector<int64_t> order{zoucheng->id};
    for (auto id : drawn)
      if (id != zoucheng->id) order.push_back(id);
    const int64_t at = EveningOf(now_unix, 20);
    spot_check::NewRound r;
    r.agency_id = city->id;
    r.region_path = city->path;
    r.title = "县级监管部门应急值班抽查（市局抽查县局）";
    r.target_kind = "agency";
    r.selection = "manual";  // called in the order the story needs: picked by hand
    r.planned_on = core::ChinaIsoDate(at);
    r.created_by = city->user;
    r.created_at = core::IsoFromUnix(at - 3600);
    const int64_t round = spot_check::InsertRound(conn, r);
    int64_t pos = 0;
    for (auto id : order)
      if (auto u = spot_check::FindAgencyUnitBelow(conn, city->path, id))
        spot_check::InsertItem(conn, round, ++pos, *u);
    std::vector<CallPlan> plans{
        {false, "", spot_check::Result::kFail, "21:00 拨打值班电话三次均无人接听"},
        {true, nullptr, spot_check::Result::kPass, "值班领导在岗，应答规范"},
        {true, nullptr, spot_check::Result::kPass, "视频连线正常，值班记录完整"}};
    auto findings = RecordCalls(conn, cal, round, city->user, at, plans);
    if (!findings.empty() && findings[0]) {
      const int64_t f = *findings[0];
      const std::string answered = core::IsoFromUnix(at + 2 * 86400);
      const std::string accepted = core::IsoFromUnix(at + 3 * 86400);
      spot_check::InsertFindingEvent(
          conn, f, "answered",
          "值班人员临时离开值班室未转接手机。已对当事人批评教育，值班电话设置呼叫转移，并增加带班领导夜间抽查。",
          zoucheng->user, answered);
      spot_check::InsertFindingEvent(conn, f, "accepted", "整改措施可行，予以认可", city->user,
                                     accepted);
      spot_check::SetFindingState(conn, f, "accepted", accepted);
    }
  }

  // 2. 邹城 draws three of its enterprises at random, 2 days ago: 恒安民爆's phone was answered by
  //    someone not on duty — a finding still open; the others passed.
  {
    const auto pool = spot_check::EnterprisePool(conn, county_scope, "", {});
    if (pool.empty()) return;
    const int64_t count = std::min<int64_t>(3, static_cast<int64_t>(pool.size()));
    const std::uint64_t seed = SeedDrawing(pool, count, {mb});
    const auto drawn = spot_check::DrawUnits(seed, pool, count);
    const int64_t at = EveningOf(now_unix, 2);
    spot_check::NewRound r;
    r.agency_id = zoucheng->id;
    r.region_path = zoucheng->path;
    r.title = "夜间值班电话抽查（双随机）";
    r.target_kind = "enterprise";
    r.selection = "random";
    r.seed = enforcement::SeedText(seed);
    r.draw_count = count;
    r.pool_ids = spot_check::PoolText(pool);
    r.planned_on = core::ChinaIsoDate(at);
    r.created_by = zoucheng->user;
    r.created_at = core::IsoFromUnix(at - 1800);
    const int64_t round = spot_check::InsertRound(conn, r);
    int64_t pos = 0;
    for (auto id : drawn)
      if (auto u = spot_check::FindEnterpriseUnit(conn, county_scope, id))
        spot_check::InsertItem(conn, round, ++pos, *u);
    std::vector<CallPlan> plans;
    for (auto id : drawn)
      plans.push_back(id == mb ? CallPlan{true, "赵磊", spot_check::Result::kFail,
                                          "接听人不是当班值班员，不清楚值班领导去向"}
                               : CallPlan{true, nullptr, spot_check::Result::kPass,
                                          "响铃三声内接听，应答规范"});
    RecordCalls(conn, cal, round, zoucheng->user, at, plans);
  }
}

}  // namespace anjian::demo
