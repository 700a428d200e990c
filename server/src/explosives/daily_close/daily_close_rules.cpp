#include "explosives/daily_close/daily_close_rules.hpp"

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "explosives/daily_close/daily_close_errors.hpp"

namespace anjian::daily_close {

namespace {

std::int64_t Today(std::int64_t now_unix) { return core::DaysFromCivil(core::ChinaDate(now_unix)); }

}  // namespace

std::vector<std::string> OverdueDailyCloses(const std::set<std::string>& movement_days,
                                            const std::set<std::string>& signed_days,
                                            std::int64_t now_unix,
                                            const overview::LedgerAlertConfig& config) {
  const std::int64_t today = Today(now_unix);
  std::vector<std::string> out;
  for (const auto& day : movement_days) {
    auto date = core::ParseIsoDate(day);
    if (!date || signed_days.count(day)) continue;
    const std::int64_t n = core::DaysFromCivil(*date);
    // Day n ends at the start of n+1; the grace runs `grace` whole days after that.
    if (today < n + 1 + config.daily_close_grace_days) continue;
    if (n < today - config.daily_close_lookback_days) continue;
    out.push_back(day);
  }
  return out;
}

std::vector<FieldError> CheckDailyCloseDate(const std::string& date, std::int64_t now_unix) {
  auto d = core::ParseIsoDate(date);
  if (!d) return {core::CoreErr("date_invalid").At("date")};
  if (core::DaysFromCivil(*d) > Today(now_unix)) return {Err("date_in_future").At("date")};
  return {};
}

}  // namespace anjian::daily_close
