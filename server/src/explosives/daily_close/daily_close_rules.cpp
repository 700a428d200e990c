#include "explosives/daily_close/daily_close_rules.hpp"

#include <cstdio>

namespace anjian::domain::explosives {

namespace {

constexpr std::int64_t kCstOffset = 8 * 3600;

// Howard Hinnant's civil-date algorithms (public domain description), days since 1970-01-01.
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::string CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

std::string CstDate(std::int64_t unix_seconds) {
  return CivilFromDays(FloorDiv(unix_seconds + kCstOffset, 86400));
}

std::optional<std::int64_t> DayNumber(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return std::nullopt;
  const int y = std::stoi(date.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  const std::int64_t n = DaysFromCivil(y, m, d);
  if (CivilFromDays(n) != date) return std::nullopt;  // 2026-02-30 and the like
  return n;
}

std::vector<std::string> OverdueDailyCloses(const std::set<std::string>& movement_days,
                                            const std::set<std::string>& signed_days,
                                            std::int64_t now_unix, const LedgerAlertConfig& config) {
  const std::int64_t today = *DayNumber(CstDate(now_unix));
  std::vector<std::string> out;
  for (const auto& day : movement_days) {
    auto n = DayNumber(day);
    if (!n || signed_days.count(day)) continue;
    // Day n ends at the start of n+1; the grace runs `grace` whole days after that.
    if (today < *n + 1 + config.daily_close_grace_days) continue;
    if (*n < today - config.daily_close_lookback_days) continue;
    out.push_back(day);
  }
  return out;
}

std::vector<FieldError> CheckDailyCloseDate(const std::string& date, std::int64_t now_unix) {
  auto n = DayNumber(date);
  if (!n) return {{"date", "date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"}};
  if (*n > *DayNumber(CstDate(now_unix)))
    return {{"date", "date_in_future", "a day can be closed only once it has begun",
             "不能对尚未到来的日期日清签字"}};
  return {};
}

}  // namespace anjian::domain::explosives
