// On shift (当班, issue 14 §1): check-in and check-out, the append-only duty log (值班日志),
// the handover (交接班) with its open items and the incoming shift's acknowledgement (签收), and
// the periodic absence alert. One use case per function: transaction, rules, repository, audit
// entry, notifications; "now" is the request's (the injected clock's).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "emergency/duty/duty_shift_repository.hpp"
#include "emergency/duty/duty_shift_rules.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::duty {

inline constexpr const char* kDutyAbsence = "duty_absence";

// The settings key `duty_shift` in force, else the defaults.
DutyShiftConfig LoadDutyShiftConfig(storage::Connection& conn);

// Who writes: a member of the shift (their role), or a duty manager of the shift's unit (an
// account of the unit holding duty_roster:manage, or its principal or safety officer; an
// agency's read-write regulators).
struct ShiftCaller {
  std::int64_t user_id = 0;
  std::optional<std::int64_t> enterprise_id, agency_id;
  bool can_manage = false;
};
ShiftCaller CallerOf(const api::Principal& p);
std::optional<std::string> MemberRole(const ShiftRow& s, std::int64_t user_id);
bool IsUnitManager(const ShiftCaller& c, const DutyUnit& unit);

// The shift in scope (404 otherwise).
ShiftRow RequireShift(storage::Connection& conn, const api::Scope& scope, std::int64_t id);

// 403 unless a member; 409 outside the window, twice, or on a cancelled shift.
void CheckIn(storage::Connection& conn, const api::Scope& scope, std::int64_t shift_id,
             const ShiftCaller& caller, const audit::Actor& actor, std::int64_t now);
// 403 unless a member; 409 before a check-in or twice.
void CheckOut(storage::Connection& conn, const api::Scope& scope, std::int64_t shift_id,
              const ShiftCaller& caller, const audit::Actor& actor, std::int64_t now);

struct LogInput {
  std::string kind, caller, phone, content, actions;
  std::optional<std::int64_t> corrects_entry_id, closes_item_id;
};
// Appends an entry (timestamped now, chained to the shift's last one). 403 unless a member or a
// manager; 409 after the handover; 422 when the corrected entry is not the unit's or the closed
// item is not open on this shift's list.
std::int64_t AppendLogEntry(storage::Connection& conn, const api::Scope& scope,
                            std::int64_t shift_id, const ShiftCaller& caller,
                            const LogInput& in, const audit::Actor& actor, std::int64_t now);

struct NewItem {
  std::string text;
  std::optional<std::int64_t> from_entry_id;
};
// The outgoing shift hands over (once): its new open items; the items handed to it and still
// open carry on. The incoming shift (the unit's next one) is told.
std::int64_t HandOver(storage::Connection& conn, const api::Scope& scope, std::int64_t shift_id,
                      const ShiftCaller& caller, const std::string& summary,
                      const std::vector<NewItem>& items, const audit::Actor& actor,
                      api::Notifier* notifier, std::int64_t now);

// The incoming shift acknowledges shift `shift_id`'s handover (once).
void AcknowledgeHandover(storage::Connection& conn, const api::Scope& scope,
                         std::int64_t shift_id, const ShiftCaller& caller,
                         const std::string& note, const audit::Actor& actor, std::int64_t now);

// The open items on a shift's list (rules: ItemsOfShift) as rows, in id order.
std::vector<OpenItemRow> ShiftOpenItems(storage::Connection& conn, const ShiftRow& s);

// The periodic job: every running shift without a checked-in leader or officer
// absence_alert_minutes after its start is reported once (per role) to the unit's managers.
// Returns the number of alerts sent.
std::int64_t RemindAbsentDuty(storage::Connection& conn, notifications::PendingPushes& pushes,
                              std::int64_t now);

}  // namespace anjian::duty
