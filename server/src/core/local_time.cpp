#include "core/local_time.hpp"

#include <cstdio>

namespace anjian::domain::dual_prevention {

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

}  // namespace anjian::domain::dual_prevention
