// The enterprise's wall clock from a UTC instant and back. Inspection periods and deadlines are
// local calendar days; the server stores UTC. China keeps one zone (UTC+8) without daylight
// saving, so the offset is a parameter with that default rather than a tz database lookup.
#pragma once

#include <cstdint>
#include <string>

#include "dual_prevention/investigation/inspection_schedule_rules.hpp"

namespace anjian::domain::dual_prevention {

inline constexpr int kChinaUtcOffsetMinutes = 480;

LocalDateTime LocalFromUnix(std::int64_t unix_seconds, int utc_offset_minutes = kChinaUtcOffsetMinutes);
std::int64_t UnixFromLocal(const Date& date, int minute,
                           int utc_offset_minutes = kChinaUtcOffsetMinutes);
// "2026-11-22T08:00" (local, for display).
std::string FormatLocal(const Date& date, int minute);

}  // namespace anjian::domain::dual_prevention
