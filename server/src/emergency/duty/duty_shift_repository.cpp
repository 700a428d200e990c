#include "emergency/duty/duty_shift_repository.hpp"

#include "platform/storage/nullable.hpp"

namespace anjian::duty {

using storage::Value;

namespace {

Value EnterpriseOf(const DutyUnit& u) {
  return u.kind == kUnitEnterprise ? Value(u.id) : Value(nullptr);
}

constexpr const char* kUnitNameSql =
    "COALESCE((SELECT e.name FROM enterprises e WHERE s.unit_kind = 'enterprise' AND "
    "e.id = s.unit_id), (SELECT g.name FROM agencies g WHERE s.unit_kind = 'agency' AND "
    "g.id = s.unit_id), '')";

std::string LogSelect() {
  return std::string(
             "SELECT l.id, l.shift_id, l.seq, l.kind, l.at, l.caller, l.phone, l.content, "
             "l.actions, l.corrects_entry_id, l.closes_item_id, l.by_user_id, l.prev_hash, "
             "l.hash, u.display_name AS by_name, s.label AS shift_label, "
             "s.starts_at AS shift_starts_at, ") +
         kUnitNameSql +
         " AS unit_name FROM duty_log_entries l JOIN users u ON u.id = l.by_user_id "
         "JOIN duty_shifts s ON s.id = l.shift_id ";
}

LogEntryRow LogAt(const storage::ResultSet& rs, size_t i) {
  LogEntryRow r;
  r.id = rs.Int(i, "id");
  r.shift_id = rs.Int(i, "shift_id");
  r.seq = rs.Int(i, "seq");
  r.kind = rs.Text(i, "kind");
  r.at = rs.Text(i, "at");
  r.caller = rs.Text(i, "caller");
  r.phone = rs.Text(i, "phone");
  r.content = rs.Text(i, "content");
  r.actions = rs.Text(i, "actions");
  r.corrects_entry_id = rs.OptInt(i, "corrects_entry_id");
  r.closes_item_id = rs.OptInt(i, "closes_item_id");
  r.by_user_id = rs.Int(i, "by_user_id");
  r.prev_hash = rs.Text(i, "prev_hash");
  r.hash = rs.Text(i, "hash");
  r.by_name = rs.Text(i, "by_name");
  r.shift_label = rs.Text(i, "shift_label");
  r.shift_starts_at = rs.Text(i, "shift_starts_at");
  r.unit_name = rs.Text(i, "unit_name");
  return r;
}

constexpr const char* kHandoverSelect =
    "SELECT h.id, h.shift_id, h.to_shift_id, h.summary, h.carried_items, h.by_user_id, h.at, "
    "u.display_name AS by_name, a.by_user_id AS acked_by, a.note AS ack_note, a.at AS acked_at, "
    "au.display_name AS acked_by_name FROM duty_shift_handovers h "
    "JOIN users u ON u.id = h.by_user_id "
    "LEFT JOIN duty_shift_handover_acks a ON a.handover_id = h.id "
    "LEFT JOIN users au ON au.id = a.by_user_id ";

HandoverRow HandoverAt(const storage::ResultSet& rs, size_t i) {
  HandoverRow h;
  h.id = rs.Int(i, "id");
  h.shift_id = rs.Int(i, "shift_id");
  h.to_shift_id = rs.OptInt(i, "to_shift_id");
  h.summary = rs.Text(i, "summary");
  h.carried_items = rs.Int(i, "carried_items");
  h.by_user_id = rs.Int(i, "by_user_id");
  h.at = rs.Text(i, "at");
  h.by_name = rs.Text(i, "by_name");
  h.acked_by = rs.OptInt(i, "acked_by");
  h.ack_note = rs.OptText(i, "ack_note").value_or("");
  h.acked_at = rs.OptText(i, "acked_at");
  h.acked_by_name = rs.OptText(i, "acked_by_name").value_or("");
  return h;
}

constexpr const char* kItemSelect =
    "SELECT i.id, i.handover_id, i.origin_shift_id, i.from_entry_id, i.text, i.at, "
    "s.label AS origin_shift_label, s.starts_at AS origin_shift_starts_at, "
    "c.id AS closed_by_entry_id, c.at AS closed_at, cu.display_name AS closed_by_name "
    "FROM duty_shift_open_items i JOIN duty_shifts s ON s.id = i.origin_shift_id "
    "LEFT JOIN duty_log_entries c ON c.closes_item_id = i.id "
    "LEFT JOIN users cu ON cu.id = c.by_user_id ";

std::vector<OpenItemRow> ItemsOf(const storage::ResultSet& rs) {
  std::vector<OpenItemRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    OpenItemRow r;
    r.id = rs.Int(i, "id");
    r.handover_id = rs.Int(i, "handover_id");
    r.origin_shift_id = rs.Int(i, "origin_shift_id");
    r.from_entry_id = rs.OptInt(i, "from_entry_id");
    r.text = rs.Text(i, "text");
    r.at = rs.Text(i, "at");
    r.origin_shift_label = rs.Text(i, "origin_shift_label");
    r.origin_shift_starts_at = rs.Text(i, "origin_shift_starts_at");
    r.closed_by_entry_id = rs.OptInt(i, "closed_by_entry_id");
    r.closed_at = rs.OptText(i, "closed_at");
    r.closed_by_name = rs.OptText(i, "closed_by_name").value_or("");
    out.push_back(std::move(r));
  }
  return out;
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where ShiftWhere(const api::Scope& scope, const ShiftListFilter& f) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  Where w{" WHERE s.status = 'active' AND " + sf.sql, sf.params};
  if (f.enterprise_id) {
    w.sql += " AND s.unit_kind = 'enterprise' AND s.unit_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.agency_id) {
    w.sql += " AND s.unit_kind = 'agency' AND s.unit_id = ?";
    w.params.push_back(*f.agency_id);
  }
  if (!f.from.empty()) {
    w.sql += " AND s.starts_at >= ?";
    w.params.push_back(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND s.starts_at < ?";
    w.params.push_back(f.to);
  }
  if (f.handover == "none")
    w.sql += " AND NOT EXISTS (SELECT 1 FROM duty_shift_handovers h WHERE h.shift_id = s.id)";
  else if (f.handover == "unacknowledged")
    w.sql +=
        " AND EXISTS (SELECT 1 FROM duty_shift_handovers h WHERE h.shift_id = s.id AND NOT "
        "EXISTS (SELECT 1 FROM duty_shift_handover_acks a WHERE a.handover_id = h.id))";
  else if (f.handover == "acknowledged")
    w.sql +=
        " AND EXISTS (SELECT 1 FROM duty_shift_handovers h JOIN duty_shift_handover_acks a ON "
        "a.handover_id = h.id WHERE h.shift_id = s.id)";
  return w;
}

}  // namespace

std::vector<AttendanceRow> Attendance(storage::Connection& conn, std::int64_t shift_id) {
  auto rs = conn.Query(
      "SELECT a.user_id, a.role, a.kind, a.at, a.late_minutes, a.early_minutes, "
      "u.display_name AS name FROM duty_shift_attendance a JOIN users u ON u.id = a.user_id "
      "WHERE a.shift_id = ? ORDER BY a.at, a.id",
      {shift_id});
  std::vector<AttendanceRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    AttendanceRow r;
    r.user_id = rs.Int(i, "user_id");
    r.role = rs.Text(i, "role");
    r.kind = rs.Text(i, "kind");
    r.at = rs.Text(i, "at");
    r.late_minutes = rs.Int(i, "late_minutes");
    r.early_minutes = rs.Int(i, "early_minutes");
    r.name = rs.Text(i, "name");
    out.push_back(std::move(r));
  }
  return out;
}

bool InsertAttendance(storage::Connection& conn, std::int64_t shift_id, std::int64_t user_id,
                      const std::string& role, const std::string& kind, const std::string& at,
                      std::int64_t late_minutes, std::int64_t early_minutes) {
  return conn.Exec(
             "INSERT INTO duty_shift_attendance (shift_id, user_id, role, kind, at, "
             "late_minutes, early_minutes) VALUES (?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (shift_id, user_id, kind) DO NOTHING",
             {shift_id, user_id, role, kind, at, late_minutes, early_minutes}) > 0;
}

std::vector<LogEntryRow> LogEntries(storage::Connection& conn, std::int64_t shift_id) {
  auto rs = conn.Query(LogSelect() + "WHERE l.shift_id = ? ORDER BY l.seq", {shift_id});
  std::vector<LogEntryRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(LogAt(rs, i));
  return out;
}

std::optional<LogEntryRow> LastLogEntry(storage::Connection& conn, std::int64_t shift_id) {
  auto rs = conn.Query(LogSelect() + "WHERE l.shift_id = ? ORDER BY l.seq DESC LIMIT 1",
                       {shift_id});
  if (rs.empty()) return std::nullopt;
  return LogAt(rs, 0);
}

bool LogEntryOfUnit(storage::Connection& conn, const DutyUnit& unit, std::int64_t entry_id) {
  return !conn.Query(
                  "SELECT id FROM duty_log_entries WHERE id = ? AND unit_kind = ? AND unit_id = ?",
                  {entry_id, unit.kind, unit.id})
              .empty();
}

std::int64_t InsertLogEntry(storage::Connection& conn, const NewLogEntry& e) {
  const auto& p = e.payload;
  auto rs = conn.Query(
      "INSERT INTO duty_log_entries (shift_id, unit_kind, unit_id, enterprise_id, region_path, "
      "seq, kind, at, caller, phone, content, actions, corrects_entry_id, closes_item_id, "
      "by_user_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {p.shift_id, e.unit.kind, e.unit.id, EnterpriseOf(e.unit), e.region_path, p.seq, p.kind,
       p.at, p.caller, p.phone, p.content, p.actions, storage::Nullable(p.corrects_entry_id),
       storage::Nullable(p.closes_item_id), p.by_user_id, e.prev_hash, e.hash});
  return rs.Int(0, "id");
}

std::vector<LogEntryRow> UnitLogEntries(storage::Connection& conn, const api::Scope& scope,
                                        const DutyUnit& unit, const std::string& from,
                                        const std::string& to, std::int64_t limit) {
  auto sf = api::ScopeSql(scope, "l.region_path", "l.enterprise_id");
  std::vector<Value> params{unit.kind, unit.id, from, to};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  params.push_back(limit);
  auto rs = conn.Query(LogSelect() +
                           "WHERE l.unit_kind = ? AND l.unit_id = ? AND l.at >= ? AND l.at < ? "
                           "AND " + sf.sql + " ORDER BY l.at, l.id LIMIT ?",
                       params);
  std::vector<LogEntryRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(LogAt(rs, i));
  return out;
}

std::optional<HandoverRow> HandoverOfShift(storage::Connection& conn, std::int64_t shift_id) {
  auto rs = conn.Query(std::string(kHandoverSelect) + "WHERE h.shift_id = ?", {shift_id});
  if (rs.empty()) return std::nullopt;
  return HandoverAt(rs, 0);
}

std::optional<HandoverRow> HandoverToShift(storage::Connection& conn, std::int64_t shift_id) {
  auto rs = conn.Query(
      std::string(kHandoverSelect) + "WHERE h.to_shift_id = ? ORDER BY h.at DESC, h.id DESC LIMIT 1",
      {shift_id});
  if (rs.empty()) return std::nullopt;
  return HandoverAt(rs, 0);
}

std::optional<std::int64_t> InsertHandover(storage::Connection& conn, const NewHandover& h) {
  auto rs = conn.Query(
      "INSERT INTO duty_shift_handovers (shift_id, to_shift_id, unit_kind, unit_id, "
      "enterprise_id, region_path, summary, carried_items, by_user_id, at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shift_id) DO NOTHING RETURNING id",
      {h.shift_id, storage::Nullable(h.to_shift_id), h.unit.kind, h.unit.id,
       EnterpriseOf(h.unit), h.region_path, h.summary, h.carried_items, h.by_user_id, h.at});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

bool InsertHandoverAck(storage::Connection& conn, std::int64_t handover_id,
                       std::int64_t by_user_id, const std::string& note, const std::string& at) {
  return conn.Exec(
             "INSERT INTO duty_shift_handover_acks (handover_id, by_user_id, note, at) "
             "VALUES (?, ?, ?, ?) ON CONFLICT (handover_id) DO NOTHING",
             {handover_id, by_user_id, note, at}) > 0;
}

std::vector<OpenItemRow> UnitOpenItems(storage::Connection& conn, const DutyUnit& unit,
                                       const std::string& before,
                                       const std::string& closed_since) {
  return ItemsOf(conn.Query(
      std::string(kItemSelect) +
          "WHERE i.unit_kind = ? AND i.unit_id = ? AND s.starts_at < ? AND "
          "(c.id IS NULL OR c.at >= ?) ORDER BY i.id",
      {unit.kind, unit.id, before, closed_since}));
}

std::vector<OpenItemRow> ItemsRaisedBy(storage::Connection& conn, std::int64_t shift_id) {
  return ItemsOf(conn.Query(std::string(kItemSelect) + "WHERE i.origin_shift_id = ? ORDER BY i.id",
                            {shift_id}));
}

std::int64_t InsertOpenItem(storage::Connection& conn, std::int64_t handover_id,
                            std::int64_t origin_shift_id, const DutyUnit& unit,
                            std::optional<std::int64_t> from_entry_id, const std::string& text,
                            const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO duty_shift_open_items (handover_id, origin_shift_id, unit_kind, unit_id, "
      "from_entry_id, text, at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {handover_id, origin_shift_id, unit.kind, unit.id, storage::Nullable(from_entry_id), text,
       at});
  return rs.Int(0, "id");
}

std::optional<std::int64_t> NextShiftId(storage::Connection& conn, const DutyUnit& unit,
                                        const std::string& starts_at, std::int64_t except_id) {
  auto rs = conn.Query(
      "SELECT id FROM duty_shifts WHERE unit_kind = ? AND unit_id = ? AND status = 'active' "
      "AND starts_at > ? AND id <> ? ORDER BY starts_at, id LIMIT 1",
      {unit.kind, unit.id, starts_at, except_id});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

std::vector<std::int64_t> MyShiftIds(storage::Connection& conn, std::int64_t user_id,
                                     const std::string& now, const std::string& opens_until,
                                     const std::string& ended_since) {
  auto rs = conn.Query(
      "SELECT s.id FROM duty_shifts s JOIN duty_shift_members m ON m.shift_id = s.id "
      "WHERE m.user_id = ? AND s.status = 'active' AND ((s.starts_at <= ? AND s.ends_at > ?) "
      "OR (s.ends_at > ? AND s.starts_at <= ? AND EXISTS (SELECT 1 FROM duty_shift_attendance a "
      "WHERE a.shift_id = s.id AND a.user_id = m.user_id AND a.kind = 'check_in') AND NOT "
      "EXISTS (SELECT 1 FROM duty_shift_attendance a WHERE a.shift_id = s.id AND "
      "a.user_id = m.user_id AND a.kind = 'check_out'))) ORDER BY s.starts_at, s.id",
      {user_id, opens_until, now, ended_since, now});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::int64_t CountShifts(storage::Connection& conn, const api::Scope& scope,
                         const ShiftListFilter& f) {
  auto w = ShiftWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM duty_shifts s" + w.sql, w.params).Int(0, "n");
}

std::vector<ShiftListRow> ListShifts(storage::Connection& conn, const api::Scope& scope,
                                     const ShiftListFilter& f, std::int64_t limit,
                                     std::int64_t offset) {
  auto w = ShiftWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(
      std::string("SELECT s.id, s.unit_kind, s.unit_id, s.region_path, s.label, s.starts_at, "
                  "s.ends_at, s.phone, s.status, ") +
          kUnitNameSql +
          " AS unit_name, (SELECT COUNT(*) FROM duty_log_entries l WHERE l.shift_id = s.id) AS "
          "entries, (SELECT COUNT(*) FROM duty_shift_attendance a WHERE a.shift_id = s.id AND "
          "a.kind = 'check_in') AS checked_in, h.at AS handover_at, ha.at AS acked_at "
          "FROM duty_shifts s LEFT JOIN duty_shift_handovers h ON h.shift_id = s.id "
          "LEFT JOIN duty_shift_handover_acks ha ON ha.handover_id = h.id" +
          w.sql + " ORDER BY s.starts_at DESC, s.id DESC LIMIT ? OFFSET ?",
      w.params);
  std::vector<ShiftListRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    ShiftListRow r;
    r.id = rs.Int(i, "id");
    r.unit_kind = rs.Text(i, "unit_kind");
    r.unit_id = rs.Int(i, "unit_id");
    r.region_path = rs.Text(i, "region_path");
    r.label = rs.Text(i, "label");
    r.starts_at = rs.Text(i, "starts_at");
    r.ends_at = rs.Text(i, "ends_at");
    r.phone = rs.Text(i, "phone");
    r.status = rs.Text(i, "status");
    r.unit_name = rs.Text(i, "unit_name");
    r.entries = rs.Int(i, "entries");
    r.checked_in = rs.Int(i, "checked_in");
    r.handover_at = rs.OptText(i, "handover_at");
    r.acked_at = rs.OptText(i, "acked_at");
    out.push_back(std::move(r));
  }
  return out;
}

std::string UnitName(storage::Connection& conn, const DutyUnit& unit) {
  auto rs = conn.Query(unit.kind == kUnitEnterprise ? "SELECT name FROM enterprises WHERE id = ?"
                                                    : "SELECT name FROM agencies WHERE id = ?",
                       {unit.id});
  return rs.empty() ? std::string() : rs.Text(0, "name");
}

std::vector<RunningShift> RunningShifts(storage::Connection& conn, const std::string& started_by,
                                        const std::string& now) {
  auto rs = conn.Query(
      std::string("SELECT s.id, s.unit_kind, s.unit_id, s.label, s.starts_at, s.ends_at, ") +
          kUnitNameSql +
          " AS unit_name, (SELECT COUNT(*) FROM duty_shift_attendance a WHERE a.shift_id = s.id "
          "AND a.kind = 'check_in' AND a.role = 'leader') AS leaders_in, (SELECT COUNT(*) FROM "
          "duty_shift_attendance a WHERE a.shift_id = s.id AND a.kind = 'check_in' AND "
          "a.role = 'officer') AS officers_in FROM duty_shifts s WHERE s.status = 'active' AND "
          "s.starts_at <= ? AND s.ends_at > ? ORDER BY s.id",
      {started_by, now});
  std::vector<RunningShift> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    RunningShift r;
    r.id = rs.Int(i, "id");
    r.unit = DutyUnit{rs.Text(i, "unit_kind"), rs.Int(i, "unit_id")};
    r.label = rs.Text(i, "label");
    r.starts_at = rs.Text(i, "starts_at");
    r.ends_at = rs.Text(i, "ends_at");
    r.unit_name = rs.Text(i, "unit_name");
    r.leader_in = rs.Int(i, "leaders_in") > 0;
    r.officer_in = rs.Int(i, "officers_in") > 0;
    out.push_back(std::move(r));
  }
  return out;
}

bool ClaimAbsenceAlert(storage::Connection& conn, std::int64_t shift_id, const std::string& role,
                       const std::string& at, std::int64_t recipients) {
  return conn.Exec(
             "INSERT INTO duty_shift_alerts (shift_id, role, at, recipients) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (shift_id, role) DO NOTHING",
             {shift_id, role, at, recipients}) > 0;
}

std::vector<std::string> AlertedRoles(storage::Connection& conn, std::int64_t shift_id) {
  auto rs = conn.Query("SELECT role FROM duty_shift_alerts WHERE shift_id = ? ORDER BY role",
                       {shift_id});
  std::vector<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "role"));
  return out;
}

}  // namespace anjian::duty
