// The working-day calendar's use cases: the calendar every "days" and "working days" deadline
// reads (LoadWorkingCalendar), and the administrator's replacement of a year's days, written
// with its history row and its audit entry in one transaction.
#pragma once

#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "calendar/working_day_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::calendar {

// Every stored day. Read on every use, so a change takes effect at once.
WorkingCalendar LoadWorkingCalendar(storage::Connection& conn);

struct YearInput {
  int year = 0;
  std::string source;              // the notice the days follow
  std::vector<CalendarDay> days;   // checked by CheckYearDays
};
// Replaces the year's days; identical days and source record nothing.
void ReplaceYearDays(storage::Connection& conn, const audit::Actor& actor, const YearInput& in);

}  // namespace anjian::calendar
