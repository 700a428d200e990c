// Coverage of duty rosters checked ahead (issue 14 §1): a unit's gaps, overlaps and too-long
// stretches over the next horizon_days; the same for every unit of a regulator's subtree that
// must keep duty (its agencies, its 民爆 and hazardous-chemicals enterprises, and any unit with a
// roster); and the periodic alert of a gap found alert_days_ahead before it, sent once per gap
// (duty_coverage_alerts' unique key) to the enterprise's principal or the agency's head.
#pragma once

#include <cstdint>
#include <vector>

#include "emergency/duty/duty_coverage_rules.hpp"
#include "emergency/duty/duty_roster_repository.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::duty {

inline constexpr const char* kDutyCoverageGap = "duty_coverage_gap";

// The settings key `duty_coverage` in force, else the defaults.
DutyCoverageConfig LoadDutyCoverageConfig(storage::Connection& conn);

std::vector<CoverageShift> ToCoverageShifts(const std::vector<ShiftRow>& rows);

struct UnitCoverage {
  DutyUnitInfo unit;
  CoverageWindow window;
  CoverageReport report;
  std::vector<ShiftRow> shifts;  // those read for the check
};
UnitCoverage CheckUnitCoverage(storage::Connection& conn, const DutyUnitInfo& unit,
                               std::int64_t now, const DutyCoverageConfig& c);
// Every unit of the scope that must keep duty or has a roster, checked (one read of the
// subtree's shifts).
std::vector<UnitCoverage> CheckScopeCoverage(storage::Connection& conn, const api::Scope& scope,
                                             std::int64_t now, const DutyCoverageConfig& c);

// The periodic job's step: every rostered unit checked at `now`; each gap starting within
// alert_days_ahead and not alerted yet gets its alert row, its audit entry and a notification
// to the unit's managers. Returns the number of new gaps alerted.
std::int64_t RunCoverageAlerts(storage::Connection& conn, notifications::PendingPushes& pushes,
                               std::int64_t now);

}  // namespace anjian::duty
