// Daily close (日清): a store's daily summary confirmed and signed by its storekeeper or the
// enterprise's safety officer. Days are China's calendar days (core/china_time.hpp), as in the
// summaries. A day is due for signing only when the store had movements that day (a day without
// any has nothing to clear: its closing equals its opening). An unsigned day with movements
// becomes an alert once `daily_close_grace_days` whole days have passed after it; the overview
// looks back `daily_close_lookback_days` days (overview::LedgerAlertConfig).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "explosives/overview/ledger_alerts_rules.hpp"

namespace anjian::daily_close {

// Days with movements ("YYYY-MM-DD"), not signed, older than the grace period and within the
// look-back window, oldest first.
std::vector<std::string> OverdueDailyCloses(const std::set<std::string>& movement_days,
                                            const std::set<std::string>& signed_days,
                                            std::int64_t now_unix,
                                            const overview::LedgerAlertConfig& config);

// 422 errors for signing `date` at `now_unix`: malformed date (date_invalid), or a day that has
// not begun yet in China (date_in_future).
std::vector<FieldError> CheckDailyCloseDate(const std::string& date, std::int64_t now_unix);

}  // namespace anjian::daily_close
