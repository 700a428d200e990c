// Error catalogue of explosives/filing (Art.24 sale and purchase filings). The input rules it
// shares with the other explosives areas (times, offices) are in
// explosives/stocktake/stocktake_errors.hpp; status_invalid and enterprise_account_required are
// core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::filing {

inline constexpr core::Rule kFilingErrors[] = {
    {"not_a_sale", "only outbound sales (not reversed) are filed",
     "只有未冲销的销售出库单需要备案"},
    {"not_a_purchase", "only inbound purchases of civil explosives (not reversed) are filed",
     "只有未冲销的民用爆炸物品购买入库单需要备案"},
    {"filed_before_sale", "a sale is filed after it was made", "备案时间不能早于销售出库时间"},
    {"filed_before_purchase", "a purchase is filed after it was made",
     "备案时间不能早于购买入库时间"},
};
static_assert(core::UniqueIds(kFilingErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kFilingErrors, id); }

}  // namespace anjian::filing
