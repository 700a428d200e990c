// The SQL of on-shift duty (当班, V038): check-ins and check-outs, the duty log (值班日志, a hash
// chain per shift), handovers with their open items and acknowledgements, and the absence
// alerts already sent. Shifts, members and units are duty_roster_repository's (V037); the reads
// here that take a Scope apply it in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "emergency/duty/duty_roster_repository.hpp"
#include "emergency/duty/duty_shift_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::duty {

// ---- Attendance ----
struct AttendanceRow {
  std::int64_t user_id = 0, late_minutes = 0, early_minutes = 0;
  std::string role, kind, at, name;
};
std::vector<AttendanceRow> Attendance(storage::Connection& conn, std::int64_t shift_id);
// false when the member already has that kind of record (the unique row).
bool InsertAttendance(storage::Connection& conn, std::int64_t shift_id, std::int64_t user_id,
                      const std::string& role, const std::string& kind, const std::string& at,
                      std::int64_t late_minutes, std::int64_t early_minutes);

// ---- Duty log ----
struct LogEntryRow {
  std::int64_t id = 0, shift_id = 0, seq = 0, by_user_id = 0;
  std::optional<std::int64_t> corrects_entry_id, closes_item_id;
  std::string kind, at, caller, phone, content, actions, by_name, prev_hash, hash,
      shift_label, shift_starts_at, unit_name;
};
std::vector<LogEntryRow> LogEntries(storage::Connection& conn, std::int64_t shift_id);
// The last entry of the shift's chain (seq and hash of the next one follow it).
std::optional<LogEntryRow> LastLogEntry(storage::Connection& conn, std::int64_t shift_id);
bool LogEntryOfUnit(storage::Connection& conn, const DutyUnit& unit, std::int64_t entry_id);
struct NewLogEntry {
  LogPayload payload;
  DutyUnit unit;
  std::string region_path, prev_hash, hash;
};
std::int64_t InsertLogEntry(storage::Connection& conn, const NewLogEntry& e);
// The unit's entries in [from, to) (UTC instants) in time order, scoped (export).
std::vector<LogEntryRow> UnitLogEntries(storage::Connection& conn, const api::Scope& scope,
                                        const DutyUnit& unit, const std::string& from,
                                        const std::string& to, std::int64_t limit);

// ---- Handover ----
struct HandoverRow {
  std::int64_t id = 0, shift_id = 0, by_user_id = 0, carried_items = 0;
  std::optional<std::int64_t> to_shift_id, acked_by;
  std::string summary, by_name, at, ack_note, acked_by_name;
  std::optional<std::string> acked_at;
};
std::optional<HandoverRow> HandoverOfShift(storage::Connection& conn, std::int64_t shift_id);
// The latest handover addressed to the shift (the one it must acknowledge).
std::optional<HandoverRow> HandoverToShift(storage::Connection& conn, std::int64_t shift_id);
struct NewHandover {
  std::int64_t shift_id = 0, by_user_id = 0, carried_items = 0;
  std::optional<std::int64_t> to_shift_id;
  DutyUnit unit;
  std::string region_path, summary, at;
};
// nullopt when the shift already handed over (the unique row).
std::optional<std::int64_t> InsertHandover(storage::Connection& conn, const NewHandover& h);
// false when already acknowledged (the unique row).
bool InsertHandoverAck(storage::Connection& conn, std::int64_t handover_id,
                       std::int64_t by_user_id, const std::string& note, const std::string& at);

// ---- Open items ----
struct OpenItemRow {
  std::int64_t id = 0, handover_id = 0, origin_shift_id = 0;
  std::optional<std::int64_t> from_entry_id, closed_by_entry_id;
  std::string text, at, origin_shift_label, origin_shift_starts_at;
  std::optional<std::string> closed_at;
  std::string closed_by_name;
};
// The unit's items raised by shifts that started before `before` and not closed before
// `closed_since` (the rules pick a shift's list from them).
std::vector<OpenItemRow> UnitOpenItems(storage::Connection& conn, const DutyUnit& unit,
                                       const std::string& before,
                                       const std::string& closed_since);
// Items raised by the shift's own handover.
std::vector<OpenItemRow> ItemsRaisedBy(storage::Connection& conn, std::int64_t shift_id);
std::int64_t InsertOpenItem(storage::Connection& conn, std::int64_t handover_id,
                            std::int64_t origin_shift_id, const DutyUnit& unit,
                            std::optional<std::int64_t> from_entry_id, const std::string& text,
                            const std::string& at);

// ---- Shifts seen from this area ----
// The unit's next active shift starting after `starts_at` (the incoming shift of a handover).
std::optional<std::int64_t> NextShiftId(storage::Connection& conn, const DutyUnit& unit,
                                        const std::string& starts_at, std::int64_t except_id);
// Ids of the user's active shifts open for duty at `now`: starting by `opens_until` and not
// ended, or checked in, not checked out and ended after `ended_since`. Earliest start first.
std::vector<std::int64_t> MyShiftIds(storage::Connection& conn, std::int64_t user_id,
                                     const std::string& now, const std::string& opens_until,
                                     const std::string& ended_since);

struct ShiftListFilter {
  std::optional<std::int64_t> enterprise_id, agency_id;
  std::string from, to;      // on starts_at, UTC instants
  std::string handover;      // "" | "none" | "unacknowledged" | "acknowledged"
};
struct ShiftListRow {
  std::int64_t id = 0, unit_id = 0, entries = 0, checked_in = 0;
  std::string unit_kind, unit_name, region_path, label, starts_at, ends_at, phone, status;
  std::optional<std::string> handover_at, acked_at;
};
std::int64_t CountShifts(storage::Connection& conn, const api::Scope& scope,
                         const ShiftListFilter& f);
std::vector<ShiftListRow> ListShifts(storage::Connection& conn, const api::Scope& scope,
                                     const ShiftListFilter& f, std::int64_t limit,
                                     std::int64_t offset);
std::string UnitName(storage::Connection& conn, const DutyUnit& unit);

// ---- Absence alerts (the periodic job) ----
struct RunningShift {
  std::int64_t id = 0;
  DutyUnit unit;
  std::string label, starts_at, ends_at, unit_name;
  bool leader_in = false, officer_in = false;
};
// Active shifts that started by `started_by` and have not ended at `now`, with who is in.
std::vector<RunningShift> RunningShifts(storage::Connection& conn, const std::string& started_by,
                                        const std::string& now);
// Inserts the alert row unless it exists; true when inserted (then notify).
bool ClaimAbsenceAlert(storage::Connection& conn, std::int64_t shift_id, const std::string& role,
                       const std::string& at, std::int64_t recipients);
std::vector<std::string> AlertedRoles(storage::Connection& conn, std::int64_t shift_id);

}  // namespace anjian::duty
