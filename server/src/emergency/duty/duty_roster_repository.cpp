#include "emergency/duty/duty_roster_repository.hpp"

#include <algorithm>
#include <map>

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::duty {

using storage::Value;

namespace {

constexpr const char* kShiftCols =
    "s.id, s.unit_kind, s.unit_id, s.region_path, s.duty_date, s.slot_seq, s.label, "
    "s.starts_at, s.ends_at, s.phone, s.note, s.status, s.version, s.updated_at";

ShiftRow ShiftAt(const storage::ResultSet& rs, size_t i) {
  ShiftRow r;
  r.id = rs.Int(i, "id");
  r.unit.kind = rs.Text(i, "unit_kind");
  r.unit.id = rs.Int(i, "unit_id");
  r.region_path = rs.Text(i, "region_path");
  r.duty_date = rs.Text(i, "duty_date");
  r.slot_seq = rs.OptInt(i, "slot_seq");
  r.label = rs.Text(i, "label");
  r.starts_at = rs.Text(i, "starts_at");
  r.ends_at = rs.Text(i, "ends_at");
  r.phone = rs.Text(i, "phone");
  r.note = rs.Text(i, "note");
  r.status = rs.Text(i, "status");
  r.version = rs.Int(i, "version");
  r.updated_at = rs.Text(i, "updated_at");
  return r;
}

// Shifts selected by `where` (on alias s) with their members, read by a second query with the
// same condition (no IN list).
std::vector<ShiftRow> ShiftsWhere(storage::Connection& conn, const std::string& where,
                                  const std::vector<Value>& params, const std::string& order) {
  auto rs = conn.Query(std::string("SELECT ") + kShiftCols + " FROM duty_shifts s WHERE " +
                           where + " ORDER BY " + order,
                       params);
  std::vector<ShiftRow> out;
  out.reserve(rs.size());
  std::map<std::int64_t, size_t> index;
  for (size_t i = 0; i < rs.size(); ++i) {
    out.push_back(ShiftAt(rs, i));
    index[out.back().id] = i;
  }
  if (out.empty()) return out;
  auto ms = conn.Query(
      "SELECT m.shift_id, m.user_id, m.role, u.display_name, u.phone FROM duty_shift_members m "
      "JOIN duty_shifts s ON s.id = m.shift_id JOIN users u ON u.id = m.user_id WHERE " +
          where + " ORDER BY m.shift_id, CASE WHEN m.role = 'leader' THEN 0 ELSE 1 END, "
                  "u.display_name, m.user_id",
      params);
  for (size_t i = 0; i < ms.size(); ++i) {
    auto it = index.find(ms.Int(i, "shift_id"));
    if (it == index.end()) continue;
    out[it->second].members.push_back(ShiftMember{ms.Int(i, "user_id"), ms.Text(i, "role"),
                                                  ms.Text(i, "display_name"),
                                                  ms.Text(i, "phone")});
  }
  return out;
}

std::vector<ShiftMember> MembersWithRole(const std::vector<ShiftMember>& all, const char* role) {
  std::vector<ShiftMember> out;
  for (const auto& m : all) {
    if (m.role == role) out.push_back(m);
  }
  return out;
}

Value EnterpriseIdOf(const DutyUnit& unit) {
  return unit.kind == kUnitEnterprise ? Value(unit.id) : Value(nullptr);
}

constexpr const char* kSwapSelect =
    "SELECT w.id, w.unit_kind, w.unit_id, w.region_path, w.shift_id, w.from_user_id, "
    "w.to_user_id, w.with_shift_id, w.reason, w.status, w.requested_by, w.requested_at, "
    "w.decided_by, w.decided_at, w.decision_note, fu.display_name AS from_name, "
    "tu.display_name AS to_name, s.label AS shift_label, s.starts_at AS shift_starts_at, "
    "s.ends_at AS shift_ends_at FROM duty_swap_requests w "
    "JOIN users fu ON fu.id = w.from_user_id JOIN users tu ON tu.id = w.to_user_id "
    "JOIN duty_shifts s ON s.id = w.shift_id ";

SwapRow SwapAt(const storage::ResultSet& rs, size_t i) {
  SwapRow r;
  r.id = rs.Int(i, "id");
  r.unit.kind = rs.Text(i, "unit_kind");
  r.unit.id = rs.Int(i, "unit_id");
  r.region_path = rs.Text(i, "region_path");
  r.shift_id = rs.Int(i, "shift_id");
  r.from_user_id = rs.Int(i, "from_user_id");
  r.to_user_id = rs.Int(i, "to_user_id");
  r.with_shift_id = rs.OptInt(i, "with_shift_id");
  r.reason = rs.Text(i, "reason");
  r.status = rs.Text(i, "status");
  r.requested_by = rs.Int(i, "requested_by");
  r.requested_at = rs.Text(i, "requested_at");
  r.decided_by = rs.OptInt(i, "decided_by");
  r.decided_at = rs.Text(i, "decided_at");
  r.decision_note = rs.Text(i, "decision_note");
  r.from_name = rs.Text(i, "from_name");
  r.to_name = rs.Text(i, "to_name");
  r.shift_label = rs.Text(i, "shift_label");
  r.shift_starts_at = rs.Text(i, "shift_starts_at");
  r.shift_ends_at = rs.Text(i, "shift_ends_at");
  return r;
}

void LoadSwapEvents(storage::Connection& conn, SwapRow& swap) {
  auto rs = conn.Query(
      "SELECT e.event, e.by_user_id, e.note, e.at, u.display_name FROM duty_swap_events e "
      "JOIN users u ON u.id = e.by_user_id WHERE e.swap_id = ? ORDER BY e.id",
      {swap.id});
  for (size_t i = 0; i < rs.size(); ++i) {
    swap.events.push_back(SwapEventRow{rs.Text(i, "event"), rs.Text(i, "display_name"),
                                       rs.Text(i, "note"), rs.Text(i, "at"),
                                       rs.Int(i, "by_user_id")});
  }
}

std::vector<DutyUnitInfo> UnitsOf(const storage::ResultSet& rs) {
  std::vector<DutyUnitInfo> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    out.push_back(DutyUnitInfo{DutyUnit{rs.Text(i, "unit_kind"), rs.Int(i, "unit_id")},
                               rs.Text(i, "name"), rs.Text(i, "region_path"),
                               rs.Text(i, "phone")});
  }
  return out;
}

constexpr const char* kUnitsSelect =
    "SELECT x.unit_kind, x.unit_id, COALESCE(e.name, a.name) AS name, "
    "COALESCE(e.region_path, a.region_path) AS region_path, "
    "COALESCE(e.contact_phone, a.phone) AS phone FROM (";
constexpr const char* kUnitsJoin =
    ") x LEFT JOIN enterprises e ON x.unit_kind = 'enterprise' AND e.id = x.unit_id "
    "LEFT JOIN agencies a ON x.unit_kind = 'agency' AND a.id = x.unit_id "
    "ORDER BY CASE WHEN x.unit_kind = 'agency' THEN 0 ELSE 1 END, "
    "COALESCE(e.region_path, a.region_path), x.unit_id";

}  // namespace

std::vector<ShiftMember> ShiftRow::Leaders() const { return MembersWithRole(members, kRoleLeader); }
std::vector<ShiftMember> ShiftRow::Officers() const {
  return MembersWithRole(members, kRoleOfficer);
}

std::vector<ShiftRow> ShiftsCovering(storage::Connection& conn, const DutyUnit& unit,
                                     const std::string& at) {
  return ShiftsWhere(conn,
                     "s.unit_kind = ? AND s.unit_id = ? AND s.status = 'active' AND "
                     "s.starts_at <= ? AND s.ends_at > ?",
                     {unit.kind, unit.id, at, at}, "s.starts_at, s.id");
}

std::optional<DutyUnitInfo> FindUnitInScope(storage::Connection& conn, const api::Scope& scope,
                                            const DutyUnit& unit) {
  if (unit.kind == kUnitEnterprise) {
    auto sf = api::ScopeSql(scope, "region_path", "id");
    std::vector<Value> params{unit.id};
    params.insert(params.end(), sf.params.begin(), sf.params.end());
    auto rs = conn.Query(
        "SELECT name, region_path, contact_phone FROM enterprises WHERE id = ? AND "
        "status = 'active' AND " + sf.sql,
        params);
    if (rs.empty()) return std::nullopt;
    return DutyUnitInfo{unit, rs.Text(0, "name"), rs.Text(0, "region_path"),
                        rs.Text(0, "contact_phone")};
  }
  if (unit.kind == kUnitAgency) {
    // An agency has no enterprise: the enterprise scope sees none.
    auto sf = api::ScopeSql(scope, "region_path", "");
    std::vector<Value> params{unit.id};
    params.insert(params.end(), sf.params.begin(), sf.params.end());
    auto rs = conn.Query(
        "SELECT name, region_path, phone FROM agencies WHERE id = ? AND status = 'active' AND " +
            sf.sql,
        params);
    if (rs.empty()) return std::nullopt;
    return DutyUnitInfo{unit, rs.Text(0, "name"), rs.Text(0, "region_path"),
                        rs.Text(0, "phone")};
  }
  return std::nullopt;
}

std::optional<PatternRow> FindPattern(storage::Connection& conn, const DutyUnit& unit) {
  auto rs = conn.Query(
      "SELECT id, phone, version, updated_at FROM duty_patterns WHERE unit_kind = ? AND "
      "unit_id = ?",
      {unit.kind, unit.id});
  if (rs.empty()) return std::nullopt;
  PatternRow p;
  p.id = rs.Int(0, "id");
  p.phone = rs.Text(0, "phone");
  p.version = rs.Int(0, "version");
  p.updated_at = rs.Text(0, "updated_at");
  auto ss = conn.Query(
      "SELECT seq, label, start_minute, duration_minutes FROM duty_pattern_slots WHERE "
      "pattern_id = ? ORDER BY seq",
      {p.id});
  for (size_t i = 0; i < ss.size(); ++i) {
    p.slots.push_back(PatternSlot{ss.Int(i, "seq"), ss.Text(i, "label"),
                                  ss.Int(i, "start_minute"), ss.Int(i, "duration_minutes")});
  }
  return p;
}

std::int64_t SavePattern(storage::Connection& conn, const DutyUnitInfo& unit,
                         const std::string& phone, const std::vector<PatternSlot>& slots,
                         std::int64_t by_user_id, const std::string& at) {
  auto existing = conn.Query(
      "SELECT id, version FROM duty_patterns WHERE unit_kind = ? AND unit_id = ?" +
          storage::ForUpdate(conn),
      {unit.unit.kind, unit.unit.id});
  std::int64_t id = 0, version = 1;
  if (existing.empty()) {
    id = conn.Query(
                 "INSERT INTO duty_patterns (unit_kind, unit_id, enterprise_id, region_path, "
                 "phone, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                 "RETURNING id",
                 {unit.unit.kind, unit.unit.id, EnterpriseIdOf(unit.unit), unit.region_path,
                  phone, by_user_id, at})
             .Int(0, "id");
  } else {
    id = existing.Int(0, "id");
    version = existing.Int(0, "version") + 1;
    conn.Exec(
        "UPDATE duty_patterns SET phone = ?, version = ?, updated_by = ?, updated_at = ? "
        "WHERE id = ?",
        {phone, version, by_user_id, at, id});
    conn.Exec("DELETE FROM duty_pattern_slots WHERE pattern_id = ?", {id});
  }
  for (const auto& s : slots) {
    conn.Exec(
        "INSERT INTO duty_pattern_slots (pattern_id, seq, label, start_minute, "
        "duration_minutes) VALUES (?, ?, ?, ?, ?)",
        {id, s.seq, s.label, s.start_minute, s.duration_minutes});
  }
  return version;
}

std::vector<ShiftRow> ShiftsBetween(storage::Connection& conn, const DutyUnit& unit,
                                    const std::string& from, const std::string& to) {
  return ShiftsWhere(conn,
                     "s.unit_kind = ? AND s.unit_id = ? AND s.status = 'active' AND "
                     "s.starts_at < ? AND s.ends_at > ?",
                     {unit.kind, unit.id, to, from}, "s.starts_at, s.id");
}

std::vector<ShiftRow> ShiftsOnDates(storage::Connection& conn, const DutyUnit& unit,
                                    const std::string& from_date, const std::string& to_date) {
  return ShiftsWhere(conn,
                     "s.unit_kind = ? AND s.unit_id = ? AND s.status = 'active' AND "
                     "s.duty_date >= ? AND s.duty_date <= ?",
                     {unit.kind, unit.id, from_date, to_date}, "s.starts_at, s.id");
}

std::vector<ShiftRow> ShiftsInScopeBetween(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& from, const std::string& to) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  std::vector<Value> params{to, from};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  return ShiftsWhere(conn,
                     "s.status = 'active' AND s.starts_at < ? AND s.ends_at > ? AND " + sf.sql,
                     params, "s.unit_kind, s.unit_id, s.starts_at, s.id");
}

std::optional<ShiftRow> FindShift(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rows = ShiftsWhere(conn, "s.id = ? AND " + sf.sql, params, "s.id");
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<ShiftRow> LockShift(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM duty_shifts WHERE id = ?") + storage::ForUpdate(conn),
             {id});
  auto rows = ShiftsWhere(conn, "s.id = ?", {id}, "s.id");
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::int64_t InsertShift(storage::Connection& conn, const DutyUnitInfo& unit, const NewShift& s,
                         std::int64_t by_user_id, const std::string& at) {
  auto id = conn.Query(
                    "INSERT INTO duty_shifts (unit_kind, unit_id, enterprise_id, region_path, "
                    "duty_date, slot_seq, label, starts_at, ends_at, phone, note, status, "
                    "version, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, 'active', 1, ?, ?, ?, ?) RETURNING id",
                    {unit.unit.kind, unit.unit.id, EnterpriseIdOf(unit.unit), unit.region_path,
                     s.duty_date, storage::Nullable(s.slot_seq), s.label, s.starts_at,
                     s.ends_at, s.phone, s.note, by_user_id, at, by_user_id, at})
                .Int(0, "id");
  ReplaceMembers(conn, id, s.members, by_user_id, at);
  return id;
}

void UpdateShift(storage::Connection& conn, std::int64_t id, const NewShift& s,
                 std::int64_t version, std::int64_t by_user_id, const std::string& at) {
  conn.Exec(
      "UPDATE duty_shifts SET duty_date = ?, slot_seq = ?, label = ?, starts_at = ?, "
      "ends_at = ?, phone = ?, note = ?, version = ?, updated_by = ?, updated_at = ? WHERE id = ?",
      {s.duty_date, storage::Nullable(s.slot_seq), s.label, s.starts_at, s.ends_at, s.phone,
       s.note, version, by_user_id, at, id});
  ReplaceMembers(conn, id, s.members, by_user_id, at);
}

void CancelShift(storage::Connection& conn, std::int64_t id, std::int64_t version,
                 std::int64_t by_user_id, const std::string& at) {
  conn.Exec(
      "UPDATE duty_shifts SET status = 'cancelled', version = ?, updated_by = ?, updated_at = ? "
      "WHERE id = ?",
      {version, by_user_id, at, id});
}

void ReplaceMembers(storage::Connection& conn, std::int64_t shift_id,
                    const std::vector<ShiftMember>& members, std::int64_t by_user_id,
                    const std::string& at) {
  conn.Exec("DELETE FROM duty_shift_members WHERE shift_id = ?", {shift_id});
  for (const auto& m : members) {
    conn.Exec(
        "INSERT INTO duty_shift_members (shift_id, user_id, role, assigned_by, assigned_at) "
        "VALUES (?, ?, ?, ?, ?)",
        {shift_id, m.user_id, m.role, by_user_id, at});
  }
}

std::vector<UnitAccount> UnitAccounts(storage::Connection& conn, const DutyUnit& unit) {
  const std::string col = unit.kind == kUnitEnterprise ? "u.enterprise_id" : "u.agency_id";
  auto rs = conn.Query(
      "SELECT u.id, u.username, u.display_name, u.phone, r.role FROM users u "
      "LEFT JOIN user_roles r ON r.user_id = u.id WHERE " + col +
          " = ? AND u.status = 'active' ORDER BY u.display_name, u.id, r.role",
      {unit.id});
  std::vector<UnitAccount> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    const auto id = rs.Int(i, "id");
    if (out.empty() || out.back().user_id != id) {
      out.push_back(UnitAccount{id, rs.Text(i, "username"), rs.Text(i, "display_name"),
                                rs.Text(i, "phone"), {}});
    }
    if (!rs.IsNull(i, "role")) out.back().roles.push_back(rs.Text(i, "role"));
  }
  return out;
}

std::vector<DutyUnitInfo> DutyUnitsInScope(storage::Connection& conn, const api::Scope& scope) {
  auto es = api::ScopeSql(scope, "e.region_path", "e.id");
  auto as = api::ScopeSql(scope, "a.region_path", "");
  auto ps = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  auto ss = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  std::vector<Value> params;
  for (const auto* f : {&as, &es, &ps, &ss})
    params.insert(params.end(), f->params.begin(), f->params.end());
  return UnitsOf(conn.Query(
      std::string(kUnitsSelect) +
          "SELECT 'agency' AS unit_kind, a.id AS unit_id FROM agencies a WHERE a.status = "
          "'active' AND " + as.sql +
          " UNION SELECT 'enterprise', e.id FROM enterprises e WHERE e.status = 'active' AND "
          "e.industry IN ('civil_explosives_production', 'civil_explosives_sales', "
          "'hazardous_chemicals') AND " + es.sql +
          " UNION SELECT p.unit_kind, p.unit_id FROM duty_patterns p WHERE " + ps.sql +
          " UNION SELECT s.unit_kind, s.unit_id FROM duty_shifts s WHERE " + ss.sql + kUnitsJoin,
      params));
}

std::int64_t InsertSwap(storage::Connection& conn, const DutyUnitInfo& unit, const NewSwap& s,
                        std::int64_t by_user_id, const std::string& at) {
  return conn
      .Query(
          "INSERT INTO duty_swap_requests (unit_kind, unit_id, enterprise_id, region_path, "
          "shift_id, from_user_id, to_user_id, with_shift_id, reason, status, requested_by, "
          "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?) RETURNING id",
          {unit.unit.kind, unit.unit.id, EnterpriseIdOf(unit.unit), unit.region_path,
           s.shift_id, s.from_user_id, s.to_user_id, storage::Nullable(s.with_shift_id),
           s.reason, by_user_id, at})
      .Int(0, "id");
}

void InsertSwapEvent(storage::Connection& conn, std::int64_t swap_id, const std::string& event,
                     std::int64_t by_user_id, const std::string& note, const std::string& at) {
  conn.Exec(
      "INSERT INTO duty_swap_events (swap_id, event, by_user_id, note, at) VALUES (?, ?, ?, ?, "
      "?)",
      {swap_id, event, by_user_id, note, at});
}

void DecideSwap(storage::Connection& conn, std::int64_t swap_id, const std::string& status,
                std::int64_t by_user_id, const std::string& note, const std::string& at) {
  conn.Exec(
      "UPDATE duty_swap_requests SET status = ?, decided_by = ?, decided_at = ?, "
      "decision_note = ? WHERE id = ?",
      {status, by_user_id, at, note, swap_id});
}

std::optional<SwapRow> FindSwap(storage::Connection& conn, const api::Scope& scope,
                                std::int64_t id) {
  auto sf = api::ScopeSql(scope, "w.region_path", "w.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kSwapSelect) + "WHERE w.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  auto row = SwapAt(rs, 0);
  LoadSwapEvents(conn, row);
  return row;
}

std::optional<SwapRow> LockSwap(storage::Connection& conn, std::int64_t id) {
  conn.Query(
      std::string("SELECT id FROM duty_swap_requests WHERE id = ?") + storage::ForUpdate(conn),
      {id});
  auto rs = conn.Query(std::string(kSwapSelect) + "WHERE w.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  auto row = SwapAt(rs, 0);
  LoadSwapEvents(conn, row);
  return row;
}

std::vector<SwapRow> ListSwaps(storage::Connection& conn, const DutyUnit& unit,
                               const std::string& status, std::int64_t limit,
                               std::int64_t offset) {
  std::string sql = std::string(kSwapSelect) + "WHERE w.unit_kind = ? AND w.unit_id = ?";
  std::vector<Value> params{unit.kind, unit.id};
  if (!status.empty()) {
    sql += " AND w.status = ?";
    params.push_back(status);
  }
  sql += " ORDER BY w.id DESC LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(sql, params);
  std::vector<SwapRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    out.push_back(SwapAt(rs, i));
    LoadSwapEvents(conn, out.back());
  }
  return out;
}

std::int64_t CountSwaps(storage::Connection& conn, const DutyUnit& unit,
                        const std::string& status) {
  std::string sql =
      "SELECT COUNT(*) AS n FROM duty_swap_requests WHERE unit_kind = ? AND unit_id = ?";
  std::vector<Value> params{unit.kind, unit.id};
  if (!status.empty()) {
    sql += " AND status = ?";
    params.push_back(status);
  }
  return conn.Query(sql, params).Int(0, "n");
}

bool ClaimCoverageAlert(storage::Connection& conn, const DutyUnitInfo& unit,
                        const std::string& gap_kind, const std::string& gap_start,
                        const std::string& gap_end, const std::string& at) {
  return conn.Exec(
             "INSERT INTO duty_coverage_alerts (unit_kind, unit_id, enterprise_id, region_path, "
             "gap_kind, gap_start, gap_end, alerted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (unit_kind, unit_id, gap_kind, gap_start) DO NOTHING",
             {unit.unit.kind, unit.unit.id, EnterpriseIdOf(unit.unit), unit.region_path,
              gap_kind, gap_start, gap_end, at}) > 0;
}

void SetCoverageAlertRecipients(storage::Connection& conn, const DutyUnit& unit,
                                const std::string& gap_kind, const std::string& gap_start,
                                std::int64_t recipients) {
  conn.Exec(
      "UPDATE duty_coverage_alerts SET recipients = ? WHERE unit_kind = ? AND unit_id = ? AND "
      "gap_kind = ? AND gap_start = ?",
      {recipients, unit.kind, unit.id, gap_kind, gap_start});
}

std::vector<std::int64_t> UnitManagers(storage::Connection& conn, const DutyUnit& unit) {
  const bool ent = unit.kind == kUnitEnterprise;
  auto rs = conn.Query(
      std::string("SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                  "WHERE ") +
          (ent ? "u.enterprise_id = ? AND r.role = 'ent_principal'"
               : "u.agency_id = ? AND r.role = 'regulator_rw'") +
          " AND u.status = 'active' ORDER BY u.id",
      {unit.id});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

}  // namespace anjian::duty
