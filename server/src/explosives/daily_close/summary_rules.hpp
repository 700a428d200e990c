// Daily and monthly summaries of a store (日清月结): which instants a period covers. Days and
// months are China's calendar (core/china_time.hpp), because that is when magazines close their
// books; vouchers store their posting time in UTC.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace anjian::daily_close {

struct SummaryPeriod {
  std::string label;             // "2026-11-22" or "2026-11"
  std::string from_utc, to_utc;  // [from, to) as posted_at text (ISO, UTC)
};

// "day" + YYYY-MM-DD or "month" + YYYY-MM; nullopt when malformed, not a real date, or outside
// the years 1970-9999 that posted_at can hold.
std::optional<SummaryPeriod> ParseSummaryPeriod(std::string_view period, const std::string& date);

}  // namespace anjian::daily_close
