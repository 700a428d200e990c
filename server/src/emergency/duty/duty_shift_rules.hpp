// On shift (当班, issue 14 §1 bullet 3), pure ("now" and the recorded times are parameters):
// - check-in: only a member of the shift, inside the window around its start
//   [start − open_before, start + close_after] (and never after its end); a check-in after
//   start + late_after is late, with its minutes counted from the start;
// - check-out: only a member who checked in; before the end it is an early leave with minutes;
// - the absence alert: N minutes after the start, a shift without a checked-in leader (带班领导)
//   or officer (值班员) is reported to the unit's principal (once per shift and role);
// - handover (交接班): not acknowledged (签收) by the incoming shift within M minutes is flagged;
// - open items: an item handed over stays open — on every later shift's list — until a log
//   entry closes it.
// The numbers are the settings key `duty_shift` (defaults below). No national rule fixes them
// (rules.md §12: 24-hour duty and 领导带班 by MIIT circulars, 山东省安全生产条例 art. 33
// 负责人现场带班); they are this deployment's choices, shown with that source on the settings
// page (web locales settings.sources.duty_shift) and docs/operations.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace anjian::duty {

struct DutyShiftConfig {
  std::int64_t check_in_open_minutes_before = 30;   // earliest check-in before the start
  std::int64_t check_in_close_minutes_after = 120;  // latest check-in after the start
  std::int64_t late_after_minutes = 5;              // a check-in after start + this is late
  std::int64_t absence_alert_minutes = 15;          // leader/officer missing → principal told
  std::int64_t handover_ack_minutes = 30;           // handover not acknowledged → flagged
};

std::vector<FieldError> ValidateDutyShiftConfig(const DutyShiftConfig& c);
std::string DutyShiftConfigToJson(const DutyShiftConfig& c);
std::variant<DutyShiftConfig, std::vector<FieldError>> ParseDutyShiftConfig(std::string_view text);
std::optional<DutyShiftConfig> DutyShiftConfigFromJson(std::string_view text);

// Whole minutes from `from` to `to`, rounded up (0 when `to` <= `from`).
std::int64_t MinutesAfter(std::int64_t from, std::int64_t to);

enum class CheckInVerdict { kOnTime, kLate, kTooEarly, kTooLate };
struct CheckInDecision {
  CheckInVerdict verdict = CheckInVerdict::kOnTime;
  std::int64_t late_minutes = 0;
  std::int64_t opens_at = 0, closes_at = 0;  // the window, unix seconds
};
// starts_at/ends_at/now: unix seconds.
CheckInDecision DecideCheckIn(std::int64_t starts_at, std::int64_t ends_at, std::int64_t now,
                              const DutyShiftConfig& c);

// Minutes a check-out at `now` leaves before the shift's end (0 at or after it).
std::int64_t EarlyLeaveMinutes(std::int64_t ends_at, std::int64_t now);

// The roles missing at `now`: "leader" and/or "officer" when the shift started at least
// absence_alert_minutes ago, has not ended, and nobody of that role has checked in.
std::vector<std::string> AbsentRoles(std::int64_t starts_at, std::int64_t ends_at,
                                     std::int64_t now, bool leader_checked_in,
                                     bool officer_checked_in, const DutyShiftConfig& c);

struct HandoverState {
  std::string status;  // "acknowledged", "pending", "overdue"
  std::int64_t due_at = 0;
  std::int64_t overdue_minutes = 0;  // of an overdue or late-acknowledged handover
};
HandoverState HandoverStatus(std::int64_t handed_over_at, std::optional<std::int64_t> acked_at,
                             std::int64_t now, const DutyShiftConfig& c);

// An open item as the rules see it.
struct OpenItem {
  std::int64_t id = 0;
  std::int64_t origin_shift_id = 0;      // the shift whose handover raised it
  std::int64_t origin_shift_starts_at = 0;
  std::optional<std::int64_t> closed_at; // the closing log entry's time
};
// The items on a shift's list: raised by an EARLIER shift of the unit (started before this
// one) and not closed before this shift started — carried from shift to shift until closed
// (an item closed during this shift is still listed, closed, for this shift).
std::vector<OpenItem> ItemsOfShift(const std::vector<OpenItem>& unit_items,
                                   std::int64_t shift_id, std::int64_t shift_starts_at);
// The items a handover written now carries on: those of the shift still open at `now`.
std::vector<OpenItem> ItemsCarriedOn(const std::vector<OpenItem>& unit_items,
                                     std::int64_t shift_id, std::int64_t shift_starts_at,
                                     std::int64_t now);

// Log entry kinds: call 来电, event 事件, instruction 上级指示, other 其他.
bool IsLogKind(std::string_view kind);
inline constexpr const char* kLogKindsEn = "call, event, instruction, other";
inline constexpr const char* kLogKindsZh = "call（来电）、event（事件）、instruction（上级指示）、other（其他）";

// The text a log entry's hash covers (the chain per shift: ChainHash(prev_hash, payload)).
struct LogPayload {
  std::int64_t shift_id = 0, seq = 0, by_user_id = 0;
  std::string kind, at, caller, phone, content, actions;
  std::optional<std::int64_t> corrects_entry_id, closes_item_id;
};
std::string LogEntryPayload(const LogPayload& p);

}  // namespace anjian::duty
