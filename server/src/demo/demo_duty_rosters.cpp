#include "demo/demo_duty_rosters.hpp"

#include <map>
#include <string>
#include <vector>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/duty/duty_roster_repository.hpp"
#include "emergency/duty/duty_roster_rules.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::demo {

namespace {

using storage::Value;

struct Slot {
  const char* label;
  int start_minute, minutes;
  int leader, officer;  // index into the unit's two leaders / two officers
};
// Enterprises: 白班 08:00–20:00 / 夜班 20:00–08:00. Agencies: three 8-hour shifts, the first
// pair of people taking the night and the evening (16 hours in a row at most).
const std::vector<Slot> kEnterpriseSlots = {{"白班", 480, 720, 0, 0}, {"夜班", 1200, 720, 1, 1}};
const std::vector<Slot> kAgencySlots = {
    {"零点班", 0, 480, 0, 0}, {"日班", 480, 480, 1, 1}, {"晚班", 960, 480, 0, 0}};

struct People {
  std::int64_t leaders[2] = {0, 0}, officers[2] = {0, 0};
};

// The unit's accounts, leaders first (principal / safety officer; an agency's read-write
// regulators), topped up to four with demo duty accounts (password Demo@2026).
People PeopleOf(storage::Connection& conn, const duty::DutyUnitInfo& unit, const std::string& hash,
                const std::string& now) {
  const bool ent = unit.unit.kind == duty::kUnitEnterprise;
  auto rs = conn.Query(
      std::string("SELECT u.id, MIN(CASE r.role WHEN 'ent_principal' THEN 0 WHEN "
                  "'regulator_rw' THEN 0 WHEN 'ent_safety_officer' THEN 1 ELSE 2 END) AS rank "
                  "FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.status = 'active' "
                  "AND ") +
          (ent ? "u.enterprise_id" : "u.agency_id") + " = ? GROUP BY u.id ORDER BY rank, u.id",
      {unit.unit.id});
  std::vector<std::int64_t> ids;
  for (size_t i = 0; i < rs.size(); ++i) ids.push_back(rs.Int(i, "id"));
  static const char* kNames[] = {"带班领导甲", "带班领导乙", "值班员甲", "值班员乙"};
  const std::string prefix = std::string("duty.") + (ent ? "e" : "a") + std::to_string(unit.unit.id);
  while (ids.size() < 4) {
    const size_t n = ids.size();
    auto id = conn.Query(
                      "INSERT INTO users (username, display_name, phone, password_hash, "
                      "agency_id, enterprise_id, status, must_change_password, "
                      "password_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                      "'active', 0, ?, ?, ?) RETURNING id",
                      {prefix + "." + std::to_string(n + 1), unit.name + " " + kNames[n],
                       "1390537" + std::to_string(100 + unit.unit.id % 900) +
                           std::to_string(n),
                       hash, ent ? Value(nullptr) : Value(unit.unit.id),
                       ent ? Value(unit.unit.id) : Value(nullptr), now, now, now})
                  .Int(0, "id");
    conn.Exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
              {id, std::string(ent ? "ent_duty_officer" : "regulator_ro")});
    ids.push_back(id);
  }
  People p;
  p.leaders[0] = ids[0];
  p.leaders[1] = ids[1];
  p.officers[0] = ids[2];
  p.officers[1] = ids[3];
  return p;
}

struct PlannedShift {
  duty::DutyUnitInfo unit;
  std::string date, label, starts_at, ends_at, phone;
  std::int64_t slot_seq = 0, leader = 0, officer = 0;
  bool gap = false;  // the demo's one gap: no officer
};

// Inserts the shifts in batches and their members; returns the shift ids in plan order.
std::vector<std::int64_t> InsertShifts(storage::Connection& conn,
                                       const std::vector<PlannedShift>& plan, std::int64_t by,
                                       const std::string& now) {
  constexpr size_t kBatch = 200;
  std::map<std::tuple<std::string, std::int64_t, std::string>, std::int64_t> ids;
  for (size_t from = 0; from < plan.size(); from += kBatch) {
    const size_t to = std::min(plan.size(), from + kBatch);
    std::string sql =
        "INSERT INTO duty_shifts (unit_kind, unit_id, enterprise_id, region_path, duty_date, "
        "slot_seq, label, starts_at, ends_at, phone, note, status, version, created_by, "
        "created_at, updated_by, updated_at) VALUES ";
    std::vector<Value> params;
    for (size_t i = from; i < to; ++i) {
      const auto& s = plan[i];
      sql += (i == from ? "" : ", ");
      sql += "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 'active', 1, ?, ?, ?, ?)";
      const bool ent = s.unit.unit.kind == duty::kUnitEnterprise;
      params.insert(params.end(),
                    {s.unit.unit.kind, s.unit.unit.id,
                     ent ? Value(s.unit.unit.id) : Value(nullptr), s.unit.region_path, s.date,
                     s.slot_seq, s.label, s.starts_at, s.ends_at, s.phone, by, now, by, now});
    }
    auto rs = conn.Query(sql + " RETURNING id, unit_kind, unit_id, starts_at", params);
    for (size_t i = 0; i < rs.size(); ++i)
      ids[{rs.Text(i, "unit_kind"), rs.Int(i, "unit_id"), rs.Text(i, "starts_at")}] =
          rs.Int(i, "id");
  }
  std::vector<std::int64_t> out;
  out.reserve(plan.size());
  for (const auto& s : plan) out.push_back(ids.at({s.unit.unit.kind, s.unit.unit.id, s.starts_at}));
  // Members, in batches.
  std::vector<Value> params;
  size_t rows = 0;
  auto flush = [&] {
    if (rows == 0) return;
    std::string sql =
        "INSERT INTO duty_shift_members (shift_id, user_id, role, assigned_by, assigned_at) "
        "VALUES ";
    for (size_t i = 0; i < rows; ++i) sql += (i ? ", " : "") + std::string("(?, ?, ?, ?, ?)");
    conn.Exec(sql, params);
    params.clear();
    rows = 0;
  };
  for (size_t i = 0; i < plan.size(); ++i) {
    params.insert(params.end(), {out[i], plan[i].leader, std::string(duty::kRoleLeader), by, now});
    ++rows;
    if (!plan[i].gap) {
      params.insert(params.end(),
                    {out[i], plan[i].officer, std::string(duty::kRoleOfficer), by, now});
      ++rows;
    }
    if (rows >= 300) flush();
  }
  flush();
  return out;
}

}  // namespace

void SeedDemoDutyRosters(storage::Connection& conn, std::int64_t mb, std::int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  auto admin = conn.Query("SELECT id FROM users WHERE username = 'sysadmin'");
  auto hash_rs = conn.Query("SELECT password_hash FROM users WHERE username = 'mb.duty'");
  if (admin.empty() || hash_rs.empty()) return;
  const std::string hash = hash_rs.Text(0, "password_hash");
  api::Scope all;
  all.kind = api::Scope::Kind::kAll;
  const core::Date today = core::ChinaDate(now_unix);
  const core::Date first{today.year, today.month, 1};
  const core::Date last = duty::LastDayOfMonth(duty::NextMonth(first));
  const core::Date gap_day = core::AddDays(today, 6);  // within the 7-day alert horizon
  std::vector<PlannedShift> plan;
  std::vector<std::pair<duty::DutyUnitInfo, People>> units;
  for (const auto& unit : duty::DutyUnitsInScope(conn, all)) {
    const bool ent = unit.unit.kind == duty::kUnitEnterprise;
    const auto people = PeopleOf(conn, unit, hash, now);
    units.emplace_back(unit, people);
    const auto& slots = ent ? kEnterpriseSlots : kAgencySlots;
    const std::string phone = unit.phone.empty() ? "0537-12345" : unit.phone;
    auto pid = conn.Query(
                       "INSERT INTO duty_patterns (unit_kind, unit_id, enterprise_id, "
                       "region_path, phone, version, updated_by, updated_at) VALUES (?, ?, ?, ?, "
                       "?, 1, ?, ?) RETURNING id",
                       {unit.unit.kind, unit.unit.id, ent ? Value(unit.unit.id) : Value(nullptr),
                        unit.region_path, phone, admin.Int(0, "id"), now})
                   .Int(0, "id");
    for (size_t i = 0; i < slots.size(); ++i)
      conn.Exec(
          "INSERT INTO duty_pattern_slots (pattern_id, seq, label, start_minute, "
          "duration_minutes) VALUES (?, ?, ?, ?, ?)",
          {pid, static_cast<std::int64_t>(i + 1), std::string(slots[i].label),
           std::int64_t{slots[i].start_minute}, std::int64_t{slots[i].minutes}});
    for (core::Date d = first; d <= last; d = core::AddDays(d, 1)) {
      for (size_t i = 0; i < slots.size(); ++i) {
        const auto t = duty::SlotOn(d, slots[i].start_minute, slots[i].minutes);
        PlannedShift s{unit,
                       core::FormatIsoDate(d),
                       slots[i].label,
                       core::IsoFromUnix(t.start),
                       core::IsoFromUnix(t.end),
                       phone,
                       static_cast<std::int64_t>(i + 1),
                       people.leaders[slots[i].leader],
                       people.officers[slots[i].officer],
                       false};
        // The demo's one gap: 恒安民爆's day shift six days ahead has no duty officer.
        s.gap = ent && unit.unit.id == mb && d == gap_day && i == 0;
        plan.push_back(std::move(s));
      }
    }
  }
  const std::int64_t by = admin.Int(0, "id");
  const auto ids = InsertShifts(conn, plan, by, now);
  // One swap request per unit (the night officer asks the day officer to take the night three
  // days ahead); in 恒安民爆 also an approved exchange of day and night two days ahead, its
  // history kept.
  std::map<std::pair<std::int64_t, std::string>, std::vector<size_t>> by_unit_day;
  for (size_t i = 0; i < plan.size(); ++i)
    by_unit_day[{plan[i].unit.unit.id * 2 + (plan[i].unit.unit.kind == duty::kUnitAgency),
                 plan[i].date}]
        .push_back(i);
  auto shifts_of = [&](const duty::DutyUnitInfo& u, const core::Date& d) {
    return by_unit_day[{u.unit.id * 2 + (u.unit.kind == duty::kUnitAgency), core::FormatIsoDate(d)}];
  };
  auto swap = [&](const duty::DutyUnitInfo& u, std::int64_t shift, std::int64_t from,
                  std::int64_t to, std::optional<std::int64_t> with, const std::string& status,
                  std::int64_t decider, const std::string& reason) {
    const bool ent = u.unit.kind == duty::kUnitEnterprise;
    const std::string requested_at = core::IsoFromUnix(now_unix - 2 * 86400);
    const std::string decided_at = core::IsoFromUnix(now_unix - 86400);
    auto id = conn.Query(
                      "INSERT INTO duty_swap_requests (unit_kind, unit_id, enterprise_id, "
                      "region_path, shift_id, from_user_id, to_user_id, with_shift_id, reason, "
                      "status, requested_by, requested_at, decided_by, decided_at, "
                      "decision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "RETURNING id",
                      {u.unit.kind, u.unit.id, ent ? Value(u.unit.id) : Value(nullptr),
                       u.region_path, shift, from, to, storage::Nullable(with), reason, status,
                       from, requested_at,
                       status == "requested" ? Value(nullptr) : Value(decider),
                       status == "requested" ? Value(nullptr) : Value(decided_at),
                       std::string(status == "requested" ? "" : "同意，已调整值班表")})
                  .Int(0, "id");
    conn.Exec("INSERT INTO duty_swap_events (swap_id, event, by_user_id, note, at) VALUES (?, "
              "'requested', ?, ?, ?)",
              {id, from, reason, requested_at});
    if (status != "requested")
      conn.Exec("INSERT INTO duty_swap_events (swap_id, event, by_user_id, note, at) VALUES (?, "
                "?, ?, '同意，已调整值班表', ?)",
                {id, status, decider, decided_at});
  };
  for (const auto& [unit, people] : units) {
    const auto day = shifts_of(unit, core::AddDays(today, 3));
    if (day.empty()) continue;
    const size_t night = day.back();  // the unit's last shift of the day
    swap(unit, ids[night], plan[night].officer, people.officers[0] == plan[night].officer
                                                    ? people.officers[1]
                                                    : people.officers[0],
         std::nullopt, "requested", 0, "家中有事，申请换班");
  }
  for (const auto& [unit, people] : units) {
    if (!(unit.unit.kind == duty::kUnitEnterprise && unit.unit.id == mb)) continue;
    const auto day = shifts_of(unit, core::AddDays(today, 2));
    if (day.size() < 2) continue;
    const size_t d = day[0], n = day[1];
    // Exchanged: the day officer now works the night and the night officer the day.
    conn.Exec("UPDATE duty_shift_members SET user_id = ? WHERE shift_id = ? AND role = 'officer'",
              {plan[n].officer, ids[d]});
    conn.Exec("UPDATE duty_shift_members SET user_id = ? WHERE shift_id = ? AND role = 'officer'",
              {plan[d].officer, ids[n]});
    swap(unit, ids[n], plan[n].officer, plan[d].officer, ids[d], "approved", people.leaders[0],
         "夜班与白班对调");
  }
}

}  // namespace anjian::demo
