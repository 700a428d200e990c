// Hidden dangers (隐患治理): registering one and moving it through the closed loop. Other
// modules (inspections, enforcement) create hidden dangers only through ReportHiddenDanger, so
// the checks, the first transition, the audit entry and the notifications are always the same.
//
// Every function here runs inside the CALLER's storage::Transaction (so an inspection record
// and the hidden dangers it found commit together) and throws ApiException on refusal (422 with
// field errors, 404 for an out-of-scope enterprise or hidden danger). Live pushes are queued on
// the caller's PendingPushes and must be flushed after the commit.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hazard {

struct NewHiddenDanger {
  // The enterprise that must rectify it. Enterprise callers: 0 or their own enterprise; a
  // regulator (enforcement, referral) names an enterprise in its subtree.
  int64_t enterprise_id = 0;
  // inspection | ad_hoc | enforcement | referral (domain/dual_prevention/hidden_danger_source)
  std::string source = "ad_hoc";
  std::optional<int64_t> inspection_record_id;       // source inspection: the record it failed
  std::optional<int64_t> enforcement_inspection_id;  // source enforcement
  std::optional<int64_t> risk_unit_id;
  std::string referral_department;  // source referral: the department that referred it
  std::string title;                // required, ≤ 100 characters
  std::string description;          // ≤ 2000 characters
  std::string location;             // ≤ 200 characters
  std::optional<double> latitude, longitude;
  std::string hazard_factor;  // "" or a GB/T 13861 top class "1".."4"
  std::string found_on;       // "YYYY-MM-DD"; "" = today; not in the future
  std::vector<int64_t> photo_file_ids;  // "before" photos, files the caller uploaded
  // Source enforcement: the rectification order's deadline, tracked (reminders, overdue)
  // until the enterprise assigns the rectification with its own deadline. "" = none.
  std::string deadline;
};

// Checks `in` (422 naming each field and rule in zh and en), inserts the hidden danger in state
// reported with its first transition (action "report"), attaches the photos, appends the audit
// entry and notifies the enterprise's managers (and, for regulator-registered ones, nothing
// more: the regulator is the author). `now` is the ISO timestamp to record ("" = the clock).
// Returns the new id.
int64_t ReportHiddenDanger(storage::Connection& conn, const api::Principal& who,
                           const NewHiddenDanger& in,
                           notifications::PendingPushes* pushes = nullptr,
                           const std::string& now = "");

// One hidden danger with its transitions (oldest first), photos (before/after), plan, the
// deadline status and the actions `who` may take now; nullopt when missing or out of scope.
std::optional<boost::json::object> GetHiddenDanger(storage::Connection& conn,
                                                   const api::Principal& who, int64_t id,
                                                   const std::string& today = "");

// Applies one transition request (the JSON body of POST /hidden-dangers/{id}/transitions:
// {"action": ..., "reason", "level", "owner_user_id", "measures", "funds_fen" | "funds",
// "deadline", "plan", "regulator_deadline", "evidence", "photo_file_ids"}) through the pure FSM,
// stores the new snapshot, appends the transition and the audit entry and queues the
// notifications. 404 when out of scope, 422 with the FSM's rule names otherwise.
void ApplyHiddenDangerTransition(storage::Connection& conn, const api::Principal& who, int64_t id,
                                 const boost::json::object& body,
                                 notifications::PendingPushes& pushes,
                                 const std::string& now = "");

// Today's date ("YYYY-MM-DD") from an ISO timestamp ("" = the clock). Dates are kept in UTC.
std::string TodayOf(const std::string& now_iso = "");

}  // namespace anjian::hazard
