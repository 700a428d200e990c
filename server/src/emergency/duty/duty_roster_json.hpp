// The one JSON of duty-roster records (shifts, patterns, swaps, coverage), for answers and audit
// entries alike. Instants are given as UTC text (`starts_at`) and as China wall-clock time
// (`starts_local`, "YYYY-MM-DDTHH:MM").
#pragma once

#include <boost/json/object.hpp>

#include "emergency/duty/duty_coverage_rules.hpp"
#include "emergency/duty/duty_roster_repository.hpp"

namespace anjian::duty {

std::string LocalMinute(std::int64_t unix_seconds);  // "2026-12-07T08:00" (China)
boost::json::object UnitJson(const DutyUnitInfo& u);
boost::json::object ShiftJson(const ShiftRow& s);
boost::json::object PatternJson(const PatternRow& p);
boost::json::object SwapJson(const SwapRow& s);
boost::json::object GapJson(const CoverageGap& g);
// The report of one unit: gaps, overlaps and too-long stretches (user names from `names`).
boost::json::object CoverageJson(const CoverageReport& r, const CoverageWindow& w,
                                 const std::vector<ShiftRow>& shifts);

}  // namespace anjian::duty
