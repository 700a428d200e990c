// Error catalogue of calendar/ (the working-day calendar an administrator edits). The value-shape
// rules (required, date_invalid, range, max_length, kind_invalid) are core's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::calendar {

inline constexpr core::Rule kCalendarErrors[] = {
    {"day_outside_year", "the day is not in {}", "日期不在{}年内"},
    {"day_duplicate", "the day is listed twice", "同一日期重复列出"},
    {"workday_not_weekend", "only a Saturday or Sunday can be an adjusted working day",
     "只有周六或周日可以设为调休上班日"},
};
static_assert(core::UniqueIds(kCalendarErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kCalendarErrors, id);
}

}  // namespace anjian::calendar
