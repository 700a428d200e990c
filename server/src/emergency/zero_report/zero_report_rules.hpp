// The daily zero report (每日零报告, issue 14 §1), pure: the reasons a period is declared for,
// the daily deadline of a day in China time, the minutes a report is late, the checks of a
// declaration, whether a reminder is due, and whether an enterprise falls in a period's scope.
// "Now" is a parameter; China time only through core/china_time.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::zero_report {

enum class Reason { kHoliday, kTwoSessions, kWarning, kOther };
const std::vector<Reason>& AllReasons();
std::string_view ReasonValue(Reason r);    // holiday, two_sessions, warning, other
std::string_view ReasonLabelZh(Reason r);  // 节假日, 两会, 预警, 其他
std::optional<Reason> ParseReason(std::string_view v);

// What an enterprise reports for a day: nothing abnormal (零报告) or an event.
inline constexpr std::string_view kNothingAbnormal = "nothing_abnormal";
inline constexpr std::string_view kEvent = "event";
bool IsReportKind(std::string_view v);

// The longest period a regulator may declare (a year, 366 days with a leap day).
inline constexpr std::int64_t kMaxPeriodDays = 366;
// The default lead of the daily reminder before the deadline, and its bounds.
inline constexpr std::int64_t kDefaultRemindMinutes = 120;
inline constexpr std::int64_t kMaxRemindMinutes = 720;

// "HH:MM" (00:00–23:59) → minutes after midnight, China time; nullopt otherwise.
std::optional<int> ParseTimeOfDay(std::string_view text);
std::string FormatTimeOfDay(int minute);

// The instant of day `date`'s deadline at `minute` China time.
std::int64_t DeadlineOf(const core::Date& date, int minute);

// Minutes late of a report at `at` against `deadline`: 0 at or before it, else rounded up.
std::int64_t LateMinutes(std::int64_t at, std::int64_t deadline);

// A declaration's dates and deadline, checked: first ≤ last, at most kMaxPeriodDays days, the
// last day not before `today` (China), the reminder lead within 0..kMaxRemindMinutes.
struct PeriodDates {
  core::Date first, last;
  std::int64_t remind_minutes = kDefaultRemindMinutes;
};
std::vector<FieldError> CheckPeriodDates(const PeriodDates& p, const core::Date& today);

bool InPeriod(const core::Date& first, const core::Date& last, const core::Date& day);

// The days of [first, last] up to `today` (the board's history), oldest first.
std::vector<core::Date> DaysUpTo(const core::Date& first, const core::Date& last,
                                 const core::Date& today);

// The daily reminder is due from `remind_minutes` before the deadline until the deadline.
bool ReminderDue(std::int64_t now, std::int64_t deadline, std::int64_t remind_minutes);

// A region path lies at or under another ("/370000/370800/370811/" under "/370000/370800/").
bool PathWithin(std::string_view path, std::string_view ancestor);

// An enterprise at `path` of `industry` is in a period over `period_path` restricted to
// `industries` (empty: every industry).
bool InScope(std::string_view path, std::string_view industry, std::string_view period_path,
             const std::vector<std::string>& industries);

// The parent of a region path ("/370000/370800/370811/" → "/370000/370800/"; "" at the top).
std::string ParentPath(std::string_view path);

// Industries stored as one text: "hazardous_chemicals,civil_explosives_production".
std::string JoinIndustries(const std::vector<std::string>& industries);
std::vector<std::string> SplitIndustries(std::string_view text);

}  // namespace anjian::zero_report
