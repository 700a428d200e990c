// The SQL of the working-day calendar (V034): the days of each year, the notice each year
// follows, and the append-only history of the administrator's replacements.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/working_day_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::calendar {

struct CalendarYear {
  int year = 0;
  std::string source;
  std::optional<int64_t> updated_by;
  std::string updated_at;
};

// Every day of every year (the deadline rules need the days around a period, whatever its year).
std::vector<CalendarDay> LoadAllDays(storage::Connection& conn);
std::vector<CalendarDay> LoadYearDays(storage::Connection& conn, int year);
std::optional<CalendarYear> FindYear(storage::Connection& conn, int year);
// The years that have a row, ascending.
std::vector<int> ListYears(storage::Connection& conn);

// Replaces the year's row and days (inside the caller's transaction).
void ReplaceYear(storage::Connection& conn, const CalendarYear& year,
                 const std::vector<CalendarDay>& days);

struct CalendarChange {
  int64_t id = 0;
  int year = 0;
  std::string before_json, after_json;
  std::optional<int64_t> changed_by;
  std::string changed_by_name, changed_at;
};
void AppendChange(storage::Connection& conn, const CalendarChange& c);
// The year's changes, latest first, at most `limit`.
std::vector<CalendarChange> ListChanges(storage::Connection& conn, int year, int64_t limit);

}  // namespace anjian::calendar
