// Inspection task generation (隐患排查任务): one task per control measure, per inspection duty and
// per accountable person of a major hazard installation who has an account, for each period of
// its frequency, assigned to the measure's owner, the duty's assignee or that person, and
// missed marking once a period has closed undone. Idempotent (unique source + period), so the
// periodic job and tests may run it any number of times; "now" is a parameter (the job passes
// its clock's), never read here.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "audit/audit_service.hpp"

#include "core/civil_date.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::investigation {

struct GenerationResult {
  int64_t created = 0;
  int64_t missed = 0;
  int64_t duties_ensured = 0;      // mandatory daily duties created or repaired
  int64_t regulators_notified = 0;  // missed company-level daily inspections reported
};

// The status a task is created with ("open", "done" or "missed"): only demo data loads history
// this way; generation for real use leaves it empty (every task starts open).
using InitialStatus = std::function<const char*(
    int64_t enterprise_id, const std::string& source_key, const TaskSlot& slot)>;

// Tasks for every period overlapping the China calendar days [from, to] of every active
// source, inserted in bulk; then tasks whose due time is at or before now_unix are marked
// missed. Runs inside the caller's transaction when there is one.
GenerationResult GenerateTasks(storage::Connection& conn, const core::Date& from,
                               const core::Date& to, int64_t now_unix,
                               std::optional<int64_t> enterprise_id = std::nullopt,
                               bool mark_missed = true, const InitialStatus& initial = {});

// The mandatory company-level daily inspection (company_daily_rules) of one enterprise or all:
// created, reactivated or set back to daily where missing, each change audited under `actor`.
// Runs inside the caller's transaction. Returns how many duties changed.
int64_t EnsureCompanyDailyInspection(storage::Connection& conn, const audit::Actor& actor,
                                     std::optional<int64_t> enterprise_id);

// Missed company-level daily inspections (of the last two days) not yet reported: the users of
// the agency in direct charge of each enterprise get one notification per enterprise and day
// (kind missed_daily_inspection); the tasks remember it. Returns the notifications' count.
int64_t ReportMissedDailyInspections(storage::Connection& conn, int64_t now_unix);

// The job's step: the mandatory daily duties ensured, the periods current on now's China day,
// missed marking, then missed company-level daily inspections reported to the regulator.
GenerationResult RunTaskGeneration(storage::Connection& conn, int64_t now_unix);

// Open tasks due at or before now become missed (history: missed_at records when).
int64_t MarkMissed(storage::Connection& conn, int64_t now_unix);

}  // namespace anjian::investigation
