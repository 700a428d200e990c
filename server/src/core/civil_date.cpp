#include "core/civil_date.hpp"

#include <cstdio>

namespace anjian::core {
namespace {

// Floor division and modulo, so dates before 1970 work too.
std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
std::int64_t FloorMod(std::int64_t a, std::int64_t b) { return a - FloorDiv(a, b) * b; }

bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
}

bool IsValidDate(const Date& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

std::optional<Date> ParseIsoDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  const auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
  if (!Digits(y) || !Digits(m) || !Digits(d)) return std::nullopt;
  const Date date{ToInt(y), ToInt(m), ToInt(d)};
  if (!IsValidDate(date)) return std::nullopt;
  return date;
}

std::string FormatIsoDate(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Howard Hinnant's days_from_civil: shifts the year to start on 1 March so the leap day is
// the last day of the shifted year, then counts 400-year eras of 146097 days.
std::int64_t DaysFromCivil(const Date& date) {
  const std::int64_t y = static_cast<std::int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = FloorDiv(y, 400);
  const std::int64_t yoe = y - era * 400;                                           // [0, 399]
  const std::int64_t mp = (date.month + 9) % 12;                                    // March = 0
  const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;                       // [0, 365]
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                   // [0, 146096]
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = FloorDiv(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

Date AddDays(const Date& date, std::int64_t days) { return CivilFromDays(DaysFromCivil(date) + days); }

std::int64_t DaysBetween(const Date& from, const Date& to) {
  return DaysFromCivil(to) - DaysFromCivil(from);
}

// 1970-01-01 was a Thursday (ISO 4).
int IsoWeekday(const Date& date) { return static_cast<int>(FloorMod(DaysFromCivil(date) + 3, 7)) + 1; }

Date IsoWeekMonday(const Date& date) { return AddDays(date, -(IsoWeekday(date) - 1)); }

IsoWeek IsoWeekOf(const Date& date) {
  // The week belongs to the year that holds its Thursday.
  const Date thursday = AddDays(IsoWeekMonday(date), 3);
  const Date jan1{thursday.year, 1, 1};
  return {thursday.year, static_cast<int>(DaysBetween(jan1, thursday) / 7) + 1};
}

}  // namespace anjian::core
