#include "dual_prevention/investigation/inspection_schedule_rules.hpp"

#include <cstdio>

#include "dual_prevention/investigation/investigation_errors.hpp"

namespace anjian::investigation {

using core::AddDays;
using core::CivilFromDays;
using core::Date;
using core::DaysFromCivil;
using core::DaysInMonth;
using core::FormatIsoDate;
using core::IsoWeekMonday;
using core::IsoWeekOf;
using core::IsValidDate;
using core::LocalDateTime;

namespace {

constexpr int kMinutesPerDay = 1440;

struct FrequencyInfo {
  Frequency frequency;
  std::string_view value, label_zh, label_en;
};

constexpr FrequencyInfo kFrequencyInfo[] = {
    {Frequency::kPerShift, "per_shift", "每班", "Every shift"},
    {Frequency::kDaily, "daily", "每天", "Daily"},
    {Frequency::kWeekly, "weekly", "每周", "Weekly"},
    {Frequency::kMonthly, "monthly", "每月", "Monthly"},
    {Frequency::kQuarterly, "quarterly", "每季度", "Quarterly"},
    {Frequency::kYearly, "yearly", "每年", "Yearly"},
};

const FrequencyInfo& Info(Frequency f) {
  for (const auto& info : kFrequencyInfo) {
    if (info.frequency == f) return info;
  }
  return kFrequencyInfo[0];
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

std::int64_t Minutes(const Date& date, int minute) {
  return DaysFromCivil(date) * kMinutesPerDay + minute;
}

// A minute count as (date, minute); an exact midnight end is written as 1440 of the day before,
// so a period "ends with its last day" rather than "at 00:00 of the next".
void SplitEnd(std::int64_t minutes, Date& date, int& minute) {
  const std::int64_t day = FloorDiv(minutes - 1, kMinutesPerDay);
  date = CivilFromDays(day);
  minute = static_cast<int>(minutes - day * kMinutesPerDay);
}

void SplitStart(std::int64_t minutes, Date& date, int& minute) {
  const std::int64_t day = FloorDiv(minutes, kMinutesPerDay);
  date = CivilFromDays(day);
  minute = static_cast<int>(minutes - day * kMinutesPerDay);
}

std::string Format(const char* fmt, int a, int b = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, a, b);
  return buf;
}

bool ConfigValid(const ScheduleConfig& c) { return ValidateScheduleConfig(c).empty(); }

TaskSlot ShiftSlot(const Date& roster_day, int index, const ScheduleConfig& c) {
  const int length = kMinutesPerDay / c.shifts_per_day;
  const std::int64_t start =
      Minutes(roster_day, 0) + c.first_shift_start_minute + static_cast<std::int64_t>(index) * length;
  TaskSlot s;
  s.frequency = Frequency::kPerShift;
  s.period_key = FormatIsoDate(roster_day) + "-S" + std::to_string(index + 1);
  s.shift_index = index;
  SplitStart(start, s.period_start, s.start_minute);
  SplitEnd(start + length, s.due_date, s.due_minute);
  return s;
}

// The calendar period (not shift) containing `date`.
TaskSlot PeriodSlot(Frequency f, const Date& date) {
  TaskSlot s;
  s.frequency = f;
  switch (f) {
    case Frequency::kPerShift:  // not a calendar period; handled by ShiftSlot
    case Frequency::kDaily:
      s.period_start = s.due_date = date;
      s.period_key = FormatIsoDate(date);
      break;
    case Frequency::kWeekly: {
      s.period_start = IsoWeekMonday(date);
      s.due_date = AddDays(s.period_start, 6);
      const auto week = IsoWeekOf(date);
      s.period_key = Format("%04d-W%02d", week.year, week.week);
      break;
    }
    case Frequency::kMonthly:
      s.period_start = {date.year, date.month, 1};
      s.due_date = {date.year, date.month, DaysInMonth(date.year, date.month)};
      s.period_key = Format("%04d-%02d", date.year, date.month);
      break;
    case Frequency::kQuarterly: {
      const int quarter = (date.month - 1) / 3 + 1;
      const int last_month = quarter * 3;
      s.period_start = {date.year, last_month - 2, 1};
      s.due_date = {date.year, last_month, DaysInMonth(date.year, last_month)};
      s.period_key = Format("%04d-Q%d", date.year, quarter);
      break;
    }
    case Frequency::kYearly:
      s.period_start = {date.year, 1, 1};
      s.due_date = {date.year, 12, 31};
      s.period_key = Format("%04d", date.year);
      break;
  }
  s.start_minute = 0;
  s.due_minute = kMinutesPerDay;
  return s;
}

}  // namespace

const std::vector<Frequency>& AllFrequencies() {
  static const std::vector<Frequency> kAll = {Frequency::kPerShift, Frequency::kDaily,
                                              Frequency::kWeekly,   Frequency::kMonthly,
                                              Frequency::kQuarterly, Frequency::kYearly};
  return kAll;
}

std::string_view FrequencyValue(Frequency f) { return Info(f).value; }
std::string_view FrequencyLabelZh(Frequency f) { return Info(f).label_zh; }
std::string_view FrequencyLabelEn(Frequency f) { return Info(f).label_en; }

std::optional<Frequency> ParseFrequency(std::string_view value) {
  for (const auto& info : kFrequencyInfo) {
    if (info.value == value) return info.frequency;
  }
  return std::nullopt;
}

ScheduleConfig DefaultScheduleConfig() { return {}; }

std::vector<FieldError> ValidateScheduleConfig(const ScheduleConfig& c) {
  std::vector<FieldError> errors;
  if (c.shifts_per_day < 1 || c.shifts_per_day > 24 || kMinutesPerDay % c.shifts_per_day != 0) {
    errors.push_back(Err("shifts_per_day_invalid").At("shifts_per_day", c.shifts_per_day));
  }
  if (c.first_shift_start_minute < 0 || c.first_shift_start_minute >= kMinutesPerDay) {
    errors.push_back(Err("shift_start_invalid").At("first_shift_start_minute"));
  }
  return errors;
}

std::vector<TaskSlot> GenerateSlots(Frequency f, const Date& from, const Date& to,
                                    const ScheduleConfig& c) {
  std::vector<TaskSlot> slots;
  if (to < from || !IsValidDate(from) || !IsValidDate(to) || !ConfigValid(c)) return slots;
  if (f == Frequency::kPerShift) {
    for (Date d = from; d <= to; d = AddDays(d, 1)) {
      for (int i = 0; i < c.shifts_per_day; ++i) slots.push_back(ShiftSlot(d, i, c));
    }
    return slots;
  }
  // Walk period by period: each next period starts the day after the current one ends.
  for (Date d = from; d <= to;) {
    slots.push_back(PeriodSlot(f, d));
    d = AddDays(slots.back().due_date, 1);
  }
  return slots;
}

std::optional<TaskSlot> SlotAt(Frequency f, const LocalDateTime& moment, const ScheduleConfig& c) {
  if (!IsValidDate(moment.date) || moment.minute < 0 || moment.minute >= kMinutesPerDay ||
      !ConfigValid(c)) {
    return std::nullopt;
  }
  if (f != Frequency::kPerShift) return PeriodSlot(f, moment.date);
  const int length = kMinutesPerDay / c.shifts_per_day;
  const std::int64_t since_first = Minutes(moment.date, moment.minute) - c.first_shift_start_minute;
  const std::int64_t roster_day = FloorDiv(since_first, kMinutesPerDay);
  const int index = static_cast<int>((since_first - roster_day * kMinutesPerDay) / length);
  return ShiftSlot(CivilFromDays(roster_day), index, c);
}

bool IsMissed(const TaskSlot& slot, const LocalDateTime& now) {
  return Minutes(now.date, now.minute) >= Minutes(slot.due_date, slot.due_minute);
}

}  // namespace anjian::investigation
