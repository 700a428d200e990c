// Error catalogue of explosives/loss_incident (丢失被盗). The input rules it shares with the other
// explosives areas (times, offices, codes, quantities) are in
// explosives/stocktake/stocktake_errors.hpp; status_invalid and enterprise_account_required are
// core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::loss_incident {

inline constexpr core::Rule kLossIncidentErrors[] = {
    {"loss_goods_required", "name the missing codes or quantities", "须填写丢失的编码或数量"},
    {"loss_incident_closed", "this loss incident is closed", "该丢失被盗事件已关闭"},
    {"reports_required",
     "record the reports to public security and to the regulator before closing",
     "关闭前须登记向公安机关和主管部门的报告"},
};
static_assert(core::UniqueIds(kLossIncidentErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kLossIncidentErrors, id);
}

}  // namespace anjian::loss_incident
