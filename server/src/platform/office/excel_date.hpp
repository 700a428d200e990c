// Recognising date-formatted number cells and turning their serial numbers into ISO text, so an
// imported "成立日期" column reads "2021-03-15" rather than "44270".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace anjian::office {

// True for the built-in number formats that display dates or times, including the ones
// Chinese, Japanese and Korean Excel use without writing a format code into styles.xml.
bool IsBuiltinDateFormat(int num_fmt_id);

// True when a custom format code shows a date or time part (y, m, d, h, s outside quotes,
// escapes and [brackets]); only the first section is considered.
bool IsDateFormatCode(std::string_view code);

// "YYYY-MM-DD" for whole days, "YYYY-MM-DD HH:MM:SS" with a time part and "HH:MM:SS" for a
// pure time (serial below 1), rounded to the second. nullopt outside 0..9999-12-31.
// Honours Excel's fictitious 1900-02-29 (serial 60) in the default 1900 date system.
std::optional<std::string> FormatExcelSerial(double serial, bool date1904);

}  // namespace anjian::office
