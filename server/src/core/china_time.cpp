#include "core/china_time.hpp"

#include <cstdio>

namespace anjian::core {

LocalDateTime LocalFromUnix(std::int64_t unix_seconds, int utc_offset_minutes) {
  std::int64_t minutes = (unix_seconds >= 0 ? unix_seconds / 60 : (unix_seconds - 59) / 60) +
                         utc_offset_minutes;
  std::int64_t day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
  return {CivilFromDays(day), static_cast<int>(minutes - day * 1440)};
}

std::int64_t UnixFromLocal(const Date& date, int minute, int utc_offset_minutes) {
  return (DaysFromCivil(date) * 1440 + minute - utc_offset_minutes) * 60;
}

std::string FormatLocal(const Date& date, int minute) {
  if (minute >= 1440) return FormatLocal(AddDays(date, minute / 1440), minute % 1440);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60, minute % 60);
  return FormatIsoDate(date) + "T" + buf;
}

Date ChinaDate(std::int64_t unix_seconds) { return LocalFromUnix(unix_seconds).date; }

std::string ChinaIsoDate(std::int64_t unix_seconds) {
  return FormatIsoDate(ChinaDate(unix_seconds));
}

std::string ChinaIsoMonth(std::int64_t unix_seconds) {
  return ChinaIsoDate(unix_seconds).substr(0, 7);
}

std::string ChinaIsoDateTime(std::int64_t unix_seconds) {
  const std::int64_t local = unix_seconds + kChinaUtcOffsetSeconds;
  const std::int64_t day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  const std::int64_t second = local - day * 86400;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", static_cast<int>(second / 3600),
                static_cast<int>(second / 60 % 60), static_cast<int>(second % 60));
  return FormatIsoDate(CivilFromDays(day)) + buf;
}

std::int64_t ChinaDayStart(const Date& date) { return UnixFromLocal(date, 0); }
std::int64_t ChinaDayEnd(const Date& date) { return UnixFromLocal(AddDays(date, 1), 0); }

}  // namespace anjian::core
