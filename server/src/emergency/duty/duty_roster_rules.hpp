// Duty roster rules (值班排班, issue 14 §1) — pure, table-tested: a unit's shift pattern (班次:
// 08:00–20:00 / 20:00–08:00, 3 × 8 h, …), the shifts a pattern gives on a China calendar day,
// the month a calendar shows, the day of the source month a copied day takes its shifts from,
// and who may be on a shift.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::duty {

inline constexpr std::int64_t kMaxSlots = 12;
inline constexpr std::int64_t kMinSlotMinutes = 30;
inline constexpr std::int64_t kMaxSlotMinutes = 1440;
inline constexpr std::int64_t kMaxLabelChars = 20;

struct SlotInput {
  std::string label;
  std::int64_t start_minute = 0;      // China time, minutes after 00:00
  std::int64_t duration_minutes = 0;  // may run past midnight
};

// "HH:MM" → minutes after midnight (00:00–23:59), or nullopt.
std::optional<std::int64_t> ParseClock(std::string_view hhmm);
std::string FormatClock(std::int64_t minute);  // 0..1439 → "HH:MM"

// Every problem of a pattern, fields as "slots[i].label" etc.
std::vector<FieldError> ValidatePattern(const std::vector<SlotInput>& slots);

// The instants [start, end) of a slot on a China calendar day.
struct SlotTimes {
  std::int64_t start = 0, end = 0;
};
SlotTimes SlotOn(const core::Date& date, std::int64_t start_minute,
                 std::int64_t duration_minutes);

// "YYYY-MM" → its first day, or nullopt.
std::optional<core::Date> ParseMonth(std::string_view yyyy_mm);
std::string FormatMonth(const core::Date& first_day);
core::Date NextMonth(const core::Date& first_day);
core::Date LastDayOfMonth(const core::Date& first_day);

// Copying the source month onto the target month: day d of the target takes the shifts of day d
// of the source; where the source month is shorter, of the same weekday one week earlier
// (d − 7), so 29–31 March repeat 22–24 February's pattern.
core::Date CopySourceDay(const core::Date& source_first, const core::Date& target_day);

// Members of a shift: roles leader/officer, nobody twice, at most one leader (带班领导).
struct MemberInput {
  std::int64_t user_id = 0;
  std::string role;
};
std::vector<FieldError> ValidateMembers(const std::vector<MemberInput>& members);

// A shift's own times: end after start, at most 48 hours.
std::vector<FieldError> ValidateShiftTimes(std::int64_t start, std::int64_t end);

}  // namespace anjian::duty
