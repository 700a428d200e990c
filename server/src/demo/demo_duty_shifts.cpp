#include "demo/demo_duty_shifts.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/hash_chain.hpp"
#include "emergency/duty/duty_shift_repository.hpp"
#include "emergency/duty/duty_shift_rules.hpp"

namespace anjian::demo {

namespace {

constexpr int64_t kMin = 60;

struct DemoShift {
  int64_t id = 0;
  duty::DutyUnit unit;
  std::string region_path, label;
  int64_t starts_at = 0, ends_at = 0;
  std::vector<std::pair<int64_t, std::string>> members;  // user, role (leaders first)
};

std::vector<DemoShift> Read(storage::Connection& conn, const std::string& where,
                            const std::vector<storage::Value>& params) {
  auto rs = conn.Query(
      "SELECT id, unit_kind, unit_id, region_path, label, starts_at, ends_at FROM duty_shifts "
      "WHERE status = 'active' AND " + where,
      params);
  std::vector<DemoShift> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    DemoShift s;
    s.id = rs.Int(i, "id");
    s.unit = {rs.Text(i, "unit_kind"), rs.Int(i, "unit_id")};
    s.region_path = rs.Text(i, "region_path");
    s.label = rs.Text(i, "label");
    s.starts_at = core::UnixFromIso(rs.Text(i, "starts_at"));
    s.ends_at = core::UnixFromIso(rs.Text(i, "ends_at"));
    auto m = conn.Query(
        "SELECT user_id, role FROM duty_shift_members WHERE shift_id = ? ORDER BY "
        "CASE WHEN role = 'leader' THEN 0 ELSE 1 END, user_id",
        {s.id});
    for (size_t j = 0; j < m.size(); ++j) s.members.emplace_back(m.Int(j, "user_id"), m.Text(j, "role"));
    out.push_back(std::move(s));
  }
  return out;
}

// Appends an entry to the shift's chain at `at`; returns its id.
int64_t Log(storage::Connection& conn, const DemoShift& s, int64_t by, int64_t at,
            const char* kind, const char* caller, const char* phone, const char* content,
            const char* actions, std::optional<int64_t> closes_item = std::nullopt) {
  const auto last = duty::LastLogEntry(conn, s.id);
  duty::NewLogEntry e;
  e.payload.shift_id = s.id;
  e.payload.seq = last ? last->seq + 1 : 1;
  e.payload.by_user_id = by;
  e.payload.kind = kind;
  e.payload.at = core::IsoFromUnix(at);
  e.payload.caller = caller;
  e.payload.phone = phone;
  e.payload.content = content;
  e.payload.actions = actions;
  e.payload.closes_item_id = closes_item;
  e.unit = s.unit;
  e.region_path = s.region_path;
  e.prev_hash = last ? last->hash : core::GenesisHash();
  e.hash = core::ChainHash(e.prev_hash, duty::LogEntryPayload(e.payload));
  return duty::InsertLogEntry(conn, e);
}

void CheckInAll(storage::Connection& conn, const DemoShift& s, int64_t now, int64_t leader_late) {
  for (const auto& [user, role] : s.members) {
    const int64_t at = role == "leader" && leader_late > 0 ? s.starts_at + leader_late * kMin
                                                           : s.starts_at - 6 * kMin;
    if (at > now) continue;
    duty::InsertAttendance(conn, s.id, user, role, "check_in", core::IsoFromUnix(at),
                           duty::MinutesAfter(s.starts_at, at) > 5 ? duty::MinutesAfter(s.starts_at, at) : 0, 0);
  }
}

}  // namespace

void SeedDemoDutyShifts(storage::Connection& conn, int64_t except_enterprise, int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  // Enterprises' shifts running now, with a previous shift of the same unit that has members.
  auto current = Read(conn,
                      "unit_kind = 'enterprise' AND unit_id <> ? AND starts_at <= ? AND ends_at > ? "
                      "AND EXISTS (SELECT 1 FROM duty_shift_members m WHERE m.shift_id = "
                      "duty_shifts.id) ORDER BY unit_id, starts_at LIMIT 4",
                      {except_enterprise, now, now});
  int done = 0;
  for (const auto& cur : current) {
    auto prev = Read(conn,
                     "unit_kind = ? AND unit_id = ? AND ends_at <= ? AND EXISTS (SELECT 1 FROM "
                     "duty_shift_members m WHERE m.shift_id = duty_shifts.id) AND NOT EXISTS "
                     "(SELECT 1 FROM duty_shift_handovers h WHERE h.shift_id = duty_shifts.id) "
                     "ORDER BY starts_at DESC LIMIT 1",
                     {cur.unit.kind, cur.unit.id, core::IsoFromUnix(cur.starts_at)});
    if (prev.empty() || cur.members.empty()) continue;
    const DemoShift& p = prev.front();
    const int64_t p_by = p.members.back().first;  // an officer writes the log
    const int64_t len = p.ends_at - p.starts_at;
    CheckInAll(conn, p, now_unix, done == 0 ? 12 : 0);
    Log(conn, p, p_by, p.starts_at + len / 6, "call", "县工信局值班室", "0537-5211001",
        "询问今日值班人员在岗情况及值班电话畅通情况", "已答复：带班领导、值班员均在岗");
    const int64_t event = Log(conn, p, p_by, p.starts_at + len / 2, "event", "", "",
                              "巡查发现2号库房东侧监控摄像头画面中断",
                              "已报告带班领导，安排人员现场值守并联系维保单位");
    if (done == 0)
      Log(conn, p, p.members.front().first, p.starts_at + len * 2 / 3, "instruction",
          "市工信局", "0537-2345678", "节日期间严格落实24小时值班和领导带班制度，每日18时前报送零报告",
          "已传达至各岗位");
    const int64_t handed = std::min(p.ends_at - 10 * kMin, now_unix - 20 * kMin);
    duty::NewHandover h;
    h.shift_id = p.id;
    h.by_user_id = p_by;
    h.to_shift_id = cur.id;
    h.unit = p.unit;
    h.region_path = p.region_path;
    h.summary = "本班值班正常，监控摄像头故障待维修，已安排人员值守。";
    h.at = core::IsoFromUnix(handed);
    const auto hid = duty::InsertHandover(conn, h);
    if (!hid) continue;
    duty::InsertOpenItem(conn, *hid, p.id, p.unit, event,
                         "2号库房东侧监控摄像头待维修，修复前每2小时人工巡查一次", h.at);
    CheckInAll(conn, cur, now_unix, 0);
    if (done == 1) {
      // The handover at the second unit is left unacknowledged (overdue on the shift list).
      ++done;
      continue;
    }
    const int64_t acked = std::min(handed + 8 * kMin, now_unix - 10 * kMin);
    duty::InsertHandoverAck(conn, *hid, cur.members.front().first, "已接班，遗留事项已知悉",
                            core::IsoFromUnix(acked));
    if (now_unix - cur.starts_at > 30 * kMin)
      Log(conn, cur, cur.members.back().first, std::max(cur.starts_at + 10 * kMin, acked + kMin),
          "call", "维保单位", "13805370000", "确认今日到场维修监控摄像头", "已登记，到场后由值班员陪同");
    if (++done == 3) break;
  }
  // Everyone else on duty now checked in at the start (恒安民爆 left to the browser scenario;
  // its principal sees the absence alert).
  conn.Exec(
      "INSERT INTO duty_shift_attendance (shift_id, user_id, role, kind, at, late_minutes, "
      "early_minutes) SELECT s.id, m.user_id, m.role, 'check_in', s.starts_at, 0, 0 FROM "
      "duty_shifts s JOIN duty_shift_members m ON m.shift_id = s.id WHERE s.status = 'active' "
      "AND s.starts_at <= ? AND s.ends_at > ? AND NOT (s.unit_kind = 'enterprise' AND "
      "s.unit_id = ?) ON CONFLICT (shift_id, user_id, kind) DO NOTHING",
      {now, now, except_enterprise});
}

}  // namespace anjian::demo
