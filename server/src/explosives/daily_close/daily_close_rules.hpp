// Daily close (日清): a store's daily summary confirmed and signed by its storekeeper or the
// enterprise's safety officer. Days are China Standard Time (UTC+8), as in the summaries. A day
// is due for signing only when the store had movements that day (a day without any has nothing
// to clear: its closing equals its opening). An unsigned day with movements becomes an alert
// once `daily_close_grace_days` whole days have passed after it; the overview looks back
// `daily_close_lookback_days` days (LedgerAlertConfig).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explosives/overview/ledger_alerts_rules.hpp"

namespace anjian::domain::explosives {

// "YYYY-MM-DD" of the CST day containing the Unix time.
std::string CstDate(std::int64_t unix_seconds);
// Days since 1970-01-01 of a valid "YYYY-MM-DD"; nullopt when malformed or not a real date.
std::optional<std::int64_t> DayNumber(const std::string& date);

// Days with movements, not signed, older than the grace period and within the look-back
// window, oldest first.
std::vector<std::string> OverdueDailyCloses(const std::set<std::string>& movement_days,
                                            const std::set<std::string>& signed_days,
                                            std::int64_t now_unix, const LedgerAlertConfig& config);

// 422 errors for signing `date` at `now_unix`: malformed date, or a day that has not begun yet.
std::vector<FieldError> CheckDailyCloseDate(const std::string& date, std::int64_t now_unix);

}  // namespace anjian::domain::explosives
