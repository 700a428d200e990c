// The China working-day calendar (节假日安排) and counting periods as Chinese law counts. Pure:
// the days come from the caller (calendar_repository loads them), nothing here reads the clock.
//
// A day is a rest day when the calendar marks it a holiday (放假, including the weekend days a
// State Council notice folds into a holiday), or when it is a Saturday or Sunday the calendar does
// not mark an adjusted working day (调休上班); every other day is a working day.
//
// 民法典 art. 201: a period in days does not count its first day; art. 203: when the last day is a
// 法定休假日 the period ends on the day after it, at 24:00. 法定休假日 is read as every rest day of
// the calendar — statutory holidays and the weekly rest days (公休日) — while an adjusted working
// Saturday is a working day and does not move a period.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::calendar {

enum class DayKind { kHoliday, kWorkday };
std::string_view DayKindValue(DayKind k);                  // holiday | workday
std::optional<DayKind> ParseDayKind(std::string_view text);

struct CalendarDay {
  core::Date date;
  DayKind kind = DayKind::kHoliday;
  std::string name;  // 春节, 国庆节 ... (a workday: the holiday it makes up for)
};

class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  // Later entries for the same date replace earlier ones.
  explicit WorkingCalendar(std::vector<CalendarDay> days);

  bool IsWorkingDay(const core::Date& d) const;
  bool IsRestDay(const core::Date& d) const { return !IsWorkingDay(d); }
  // The calendar's entry of `d`, nullptr for an ordinary weekday or weekend day.
  const CalendarDay* Find(const core::Date& d) const;

  // The day `n` working days after `from` (art. 201: `from` itself never counts; n >= 0, n = 0
  // answers `from`).
  core::Date AddWorkingDays(const core::Date& from, std::int64_t n) const;
  // Working days in (from, to]; 0 when to <= from.
  std::int64_t WorkingDaysBetween(const core::Date& from, const core::Date& to) const;
  // 民法典 art. 203: the first working day on or after `last`.
  core::Date NextWorkingDayFrom(const core::Date& last) const;

  const std::vector<CalendarDay>& days() const { return days_; }

 private:
  std::vector<CalendarDay> days_;  // sorted by date, unique
};

// A period of `days` calendar days after the event day `event_day` (China calendar).
struct DaysPeriod {
  core::Date nominal_last_day;  // art. 201: event_day + days
  core::Date last_day;          // art. 203: moved off a rest day
  bool moved = false;           // last_day != nominal_last_day
};
DaysPeriod CountDays(const core::Date& event_day, std::int64_t days, const WorkingCalendar& cal);

// A period of `n` working days after `event_day`: its last day (never a rest day).
core::Date CountWorkingDays(const core::Date& event_day, std::int64_t n,
                            const WorkingCalendar& cal);

// The years a calendar may hold (the API refuses others).
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;

// The refusals of a year's days as the administrator sends them (fields "days[i].date" etc.):
// a date outside `year`, a date listed twice, a workday on a Monday-Friday (only a weekend day
// can be made a working day), an empty or over-long name.
std::vector<FieldError> CheckYearDays(int year, const std::vector<CalendarDay>& days);

}  // namespace anjian::calendar
