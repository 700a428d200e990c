#include "platform/office/excel_date.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace anjian::office {

bool IsBuiltinDateFormat(int id) {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
         (id >= 50 && id <= 58);
}

bool IsDateFormatCode(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') return false;
    if (c == '"') {
      const std::size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '[') {
      // [h], [mm], [ss] are elapsed-time codes; [Red], [$-804] and [DBNum1] are not dates.
      const std::size_t end = code.find(']', i + 1);
      if (end == std::string_view::npos) return false;
      const std::string_view inner = code.substr(i + 1, end - i - 1);
      if (!inner.empty() && inner.find_first_not_of("hHmMsS") == std::string_view::npos) {
        return true;
      }
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is a literal or a padding character
    } else {
      switch (c) {
        case 'y':
        case 'Y':
        case 'm':
        case 'M':
        case 'd':
        case 'D':
        case 'h':
        case 'H':
        case 's':
        case 'S':
          return true;
        default:
          break;
      }
    }
  }
  return false;
}

std::optional<std::string> FormatExcelSerial(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0) return std::nullopt;
  const long long total_seconds = std::llround(serial * 86400.0);
  const long long day = total_seconds / 86400;
  const long long secs = total_seconds % 86400;
  char time_buf[16];
  std::snprintf(time_buf, sizeof time_buf, "%02lld:%02lld:%02lld", secs / 3600, (secs / 60) % 60,
                secs % 60);
  if (day == 0 && !date1904) return std::string(time_buf);

  using namespace std::chrono;
  std::string date;
  if (!date1904 && day == 60) {
    date = "1900-02-29";  // Lotus 1-2-3 leap-year bug that Excel keeps for compatibility
  } else {
    // Anchoring at 1899-12-30 is exact from 1900-03-01 on; earlier serials sit one day later
    // because of the phantom 29 February.
    const sys_days base = date1904 ? sys_days{1904y / January / 1}
                                   : sys_days{1899y / December / (day < 60 ? 31 : 30)};
    const year_month_day ymd{base + days{day}};
    if (int(ymd.year()) > 9999) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    date = buf;
  }
  if (secs == 0) return date;
  return date + " " + time_buf;
}

}  // namespace anjian::office
