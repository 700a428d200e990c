// The duty-roster routes (值班排班, issue 14 §1), each with its permission. A unit is
// "enterprise-{id}" or "agency-{id}"; duty_roster:manage routes also require the unit to be the
// caller's own (checked after the scope: out of scope is 404).
#include "emergency/duty/duty_roster_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::duty {

void RegisterDutyRosterRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/duty-rosters/units", "duty_roster:read", ListDutyUnitsHandler);
  r.Add("GET", "/api/v1/duty-rosters/coverage", "duty_roster:read", ScopeCoverageHandler);
  r.Add("GET", "/api/v1/duty-rosters/coverage/export", "duty_roster:read",
        ExportScopeCoverageHandler);
  r.Add("GET", "/api/v1/duty-rosters/units/{id}", "duty_roster:read", GetDutyCalendarHandler);
  r.Add("GET", "/api/v1/duty-rosters/units/{id}/export", "duty_roster:read",
        ExportDutyCalendarHandler);
  r.Add("PUT", "/api/v1/duty-rosters/units/{id}/pattern", "duty_roster:manage",
        SetDutyPatternHandler);
  r.Add("POST", "/api/v1/duty-rosters/units/{id}/shifts", "duty_roster:manage",
        CreateDutyShiftHandler);
  r.Add("POST", "/api/v1/duty-rosters/units/{id}/generate", "duty_roster:manage",
        GenerateDutyMonthHandler);
  r.Add("POST", "/api/v1/duty-rosters/units/{id}/copy-month", "duty_roster:manage",
        CopyDutyMonthHandler);
  r.Add("GET", "/api/v1/duty-rosters/units/{id}/coverage", "duty_roster:read",
        GetUnitCoverageHandler);
  r.Add("GET", "/api/v1/duty-rosters/units/{id}/swaps", "duty_roster:read", ListDutySwapsHandler);
  r.Add("GET", "/api/v1/duty-rosters/shifts/{id}", "duty_roster:read", GetDutyShiftHandler);
  r.Add("PUT", "/api/v1/duty-rosters/shifts/{id}", "duty_roster:manage", EditDutyShiftHandler);
  r.Add("POST", "/api/v1/duty-rosters/shifts/{id}/cancel", "duty_roster:manage",
        CancelDutyShiftHandler);
  r.Add("POST", "/api/v1/duty-rosters/shifts/{id}/swaps", "duty_roster:swap",
        RequestDutySwapHandler);
  r.Add("GET", "/api/v1/duty-rosters/swaps/{id}", "duty_roster:read", GetDutySwapHandler);
  r.Add("POST", "/api/v1/duty-rosters/swaps/{id}/approve", "duty_roster:manage",
        ApproveDutySwapHandler);
  r.Add("POST", "/api/v1/duty-rosters/swaps/{id}/refuse", "duty_roster:manage",
        RefuseDutySwapHandler);
  r.Add("POST", "/api/v1/duty-rosters/swaps/{id}/withdraw", "duty_roster:swap",
        WithdrawDutySwapHandler);
}

}  // namespace anjian::duty
