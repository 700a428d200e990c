// Proleptic Gregorian calendar arithmetic on plain dates (no time zone, no clock). Deadlines and
// inspection periods are calendar days in the enterprise's local time, so the domain works on
// dates and never on time points; days-from-civil makes month ends, leap years and year ends
// plain integer arithmetic.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace anjian::core {

struct Date {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
// Years 1-9999 only: the range "YYYY-MM-DD" can spell.
bool IsValidDate(const Date& date);

// "YYYY-MM-DD" only (zero-padded, valid day for the month), else nullopt.
std::optional<Date> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(const Date& date);

// Days since 1970-01-01 (negative before), and back.
std::int64_t DaysFromCivil(const Date& date);
Date CivilFromDays(std::int64_t days);
Date AddDays(const Date& date, std::int64_t days);
// to - from in days (positive when `to` is later).
std::int64_t DaysBetween(const Date& from, const Date& to);

// ISO 8601: Monday = 1 ... Sunday = 7.
int IsoWeekday(const Date& date);

// ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so the
// week-based year differs from the calendar year around 1 January (2027-01-01 is in 2026-W53).
struct IsoWeek {
  int year = 0;
  int week = 0;  // 1-53
};
IsoWeek IsoWeekOf(const Date& date);
// Monday of the ISO week containing `date`.
Date IsoWeekMonday(const Date& date);

// A wall-clock moment on a calendar day (China time unless said otherwise).
struct LocalDateTime {
  Date date;
  int minute = 0;  // minutes after midnight, 0-1439
};

}  // namespace anjian::core

