// China's calendar from a UTC instant and back. Deadlines, inspection periods, daily closes and
// reports are calendar days in China; the server stores UTC. China keeps one zone (UTC+8)
// without daylight saving, so the offset is a constant (a parameter where a rule is tested at
// other offsets) rather than a time-zone database lookup. Nothing here reads the clock: callers
// pass the instant (core/clock.hpp). Never spell the offset as `8 * 3600` elsewhere.
#pragma once

#include <cstdint>
#include <string>

#include "core/civil_date.hpp"

namespace anjian::core {

inline constexpr int kChinaUtcOffsetMinutes = 480;
inline constexpr std::int64_t kChinaUtcOffsetSeconds = kChinaUtcOffsetMinutes * 60;

LocalDateTime LocalFromUnix(std::int64_t unix_seconds,
                            int utc_offset_minutes = kChinaUtcOffsetMinutes);
std::int64_t UnixFromLocal(const Date& date, int minute,
                           int utc_offset_minutes = kChinaUtcOffsetMinutes);
// "2026-11-22T08:00" (local, for display).
std::string FormatLocal(const Date& date, int minute);

// The calendar day in China at an instant, as a Date and as "YYYY-MM-DD" / "YYYY-MM".
Date ChinaDate(std::int64_t unix_seconds);
std::string ChinaIsoDate(std::int64_t unix_seconds);
std::string ChinaIsoMonth(std::int64_t unix_seconds);
// China's wall-clock time of an instant as "YYYY-MM-DDTHH:MM:SS" (no zone suffix).
std::string ChinaIsoDateTime(std::int64_t unix_seconds);
// The instant a China calendar day begins (00:00 China time = 16:00 UTC the day before), and the
// instant it ends (24:00 = the next day's 00:00): Chinese law counts a period "in days" to 24:00
// of its last day (民法典 art. 201-203).
std::int64_t ChinaDayStart(const Date& date);
std::int64_t ChinaDayEnd(const Date& date);

}  // namespace anjian::core

