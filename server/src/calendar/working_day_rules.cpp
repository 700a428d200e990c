#include "calendar/working_day_rules.hpp"

#include <algorithm>
#include <set>

#include "calendar/calendar_errors.hpp"
#include "core/core_errors.hpp"
#include "core/text.hpp"

namespace anjian::calendar {

namespace {
// A calendar with no entries in the years between never moves a period by more than a weekend,
// and no notice gives more than ten days off in a row: a search past this bound is a bug.
constexpr std::int64_t kSearchLimitDays = 366;
constexpr std::size_t kMaxNameLength = 20;

bool IsWeekend(const core::Date& d) { return core::IsoWeekday(d) >= 6; }
}  // namespace

std::string_view DayKindValue(DayKind k) { return k == DayKind::kHoliday ? "holiday" : "workday"; }

std::optional<DayKind> ParseDayKind(std::string_view text) {
  if (text == "holiday") return DayKind::kHoliday;
  if (text == "workday") return DayKind::kWorkday;
  return std::nullopt;
}

WorkingCalendar::WorkingCalendar(std::vector<CalendarDay> days) {
  std::stable_sort(days.begin(), days.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  for (auto& d : days) {
    if (!days_.empty() && days_.back().date == d.date)
      days_.back() = std::move(d);
    else
      days_.push_back(std::move(d));
  }
}

const CalendarDay* WorkingCalendar::Find(const core::Date& d) const {
  auto it = std::lower_bound(days_.begin(), days_.end(), d,
                             [](const CalendarDay& c, const core::Date& x) { return c.date < x; });
  return it != days_.end() && it->date == d ? &*it : nullptr;
}

bool WorkingCalendar::IsWorkingDay(const core::Date& d) const {
  if (const auto* e = Find(d)) return e->kind == DayKind::kWorkday;
  return !IsWeekend(d);
}

core::Date WorkingCalendar::AddWorkingDays(const core::Date& from, std::int64_t n) const {
  core::Date d = from;
  for (std::int64_t left = n; left > 0;) {
    d = core::AddDays(d, 1);
    if (IsWorkingDay(d)) --left;
  }
  return d;
}

std::int64_t WorkingCalendar::WorkingDaysBetween(const core::Date& from, const core::Date& to) const {
  std::int64_t n = 0;
  for (core::Date d = core::AddDays(from, 1); d <= to; d = core::AddDays(d, 1))
    if (IsWorkingDay(d)) ++n;
  return n;
}

core::Date WorkingCalendar::NextWorkingDayFrom(const core::Date& last) const {
  core::Date d = last;
  for (std::int64_t i = 0; i < kSearchLimitDays && !IsWorkingDay(d); ++i) d = core::AddDays(d, 1);
  return d;
}

DaysPeriod CountDays(const core::Date& event_day, std::int64_t days, const WorkingCalendar& cal) {
  DaysPeriod p;
  p.nominal_last_day = core::AddDays(event_day, days);
  p.last_day = cal.NextWorkingDayFrom(p.nominal_last_day);
  p.moved = p.last_day != p.nominal_last_day;
  return p;
}

core::Date CountWorkingDays(const core::Date& event_day, std::int64_t n,
                            const WorkingCalendar& cal) {
  return cal.AddWorkingDays(event_day, n);
}

std::vector<FieldError> CheckYearDays(int year, const std::vector<CalendarDay>& days) {
  std::vector<FieldError> errors;
  std::set<core::Date> seen;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const auto& d = days[i];
    const std::string at = "days[" + std::to_string(i) + "]";
    if (d.date.year != year)
      errors.push_back(Err("day_outside_year").At(at + ".date", year));
    else if (!seen.insert(d.date).second)
      errors.push_back(Err("day_duplicate").At(at + ".date"));
    else if (d.kind == DayKind::kWorkday && !IsWeekend(d.date))
      errors.push_back(Err("workday_not_weekend").At(at + ".kind"));
    if (d.name.empty()) errors.push_back(core::CoreErr("required").At(at + ".name"));
    else if (core::Utf8Length(d.name).value_or(kMaxNameLength + 1) > kMaxNameLength)
      errors.push_back(core::CoreErr("max_length").At(at + ".name", kMaxNameLength));
  }
  return errors;
}

}  // namespace anjian::calendar
