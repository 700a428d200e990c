// Error catalogue of explosives/daily_close (日清月结: a store's daily and monthly summaries and
// the signed daily close). date_invalid is core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::daily_close {

inline constexpr core::Rule kDailyCloseErrors[] = {
    {"daily_close_not_authorised",
     "a daily summary is signed by a storekeeper assigned to the store or the enterprise's "
     "safety officer",
     "日清须由该库房指定的保管员或本企业安全管理人员签字确认"},
    {"date_in_future", "a day can be closed only once it has begun", "不能对尚未到来的日期日清签字"},
    {"month_invalid", "must be YYYY-MM", "应为 YYYY-MM"},
    {"period_invalid", "must be day or month", "应为 day 或 month"},
    // A summary's date: its form depends on the period.
    {"summary_date_invalid", "must be YYYY-MM-DD for a day, YYYY-MM for a month",
     "日报应为 YYYY-MM-DD，月报应为 YYYY-MM"},
};
static_assert(core::UniqueIds(kDailyCloseErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kDailyCloseErrors, id);
}

}  // namespace anjian::daily_close
