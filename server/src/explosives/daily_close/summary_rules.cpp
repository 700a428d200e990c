#include "explosives/daily_close/summary_rules.hpp"

#include "core/china_time.hpp"
#include "core/clock.hpp"

namespace anjian::daily_close {

std::optional<SummaryPeriod> ParseSummaryPeriod(std::string_view period, const std::string& date) {
  std::optional<core::Date> first;
  core::Date next;
  if (period == "day") {
    first = core::ParseIsoDate(date);
    if (!first) return std::nullopt;
    next = core::AddDays(*first, 1);
  } else if (period == "month") {
    if (date.size() != 7) return std::nullopt;
    first = core::ParseIsoDate(date + "-01");
    if (!first) return std::nullopt;
    next = first->month == 12 ? core::Date{first->year + 1, 1, 1}
                              : core::Date{first->year, first->month + 1, 1};
  } else {
    return std::nullopt;
  }
  if (!core::IsValidDate(next)) return std::nullopt;  // past 9999-12-31
  const std::int64_t from = core::ChinaDayStart(*first);
  const std::int64_t to = core::ChinaDayStart(next);
  if (from <= 0 || to <= from) return std::nullopt;
  return SummaryPeriod{date, core::IsoFromUnix(from), core::IsoFromUnix(to)};
}

}  // namespace anjian::daily_close
