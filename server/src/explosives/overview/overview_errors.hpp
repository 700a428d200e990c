// Error catalogue of explosives/overview: the regulator overview's alert thresholds (settings key
// ledger_alerts, and the overview's own stocktake_overdue_days query).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::overview {

inline constexpr core::Rule kOverviewErrors[] = {
    // {0}-{1}: the accepted whole days.
    {"days_range", "must be {0}-{1} days", "应为 {0} 至 {1} 天"},
    {"percent_range", "must be above 0 and at most 100", "应大于 0 且不超过 100"},
};
static_assert(core::UniqueIds(kOverviewErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kOverviewErrors, id); }

}  // namespace anjian::overview
