// Error catalogue of emergency/resources (应急资源). Value-shape rules (required, range,
// kind_invalid, date_invalid, phone_format) are core's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::emergency_resources {

inline constexpr core::Rule kEmergencyResourceErrors[] = {
    {"resource_date_future", "must not be in the future", "不得晚于今天"},
    {"resource_next_inspection_before_last", "the next inspection must be after the last one",
     "下次检验日期应晚于上次检验日期"},
    {"resource_not_own",
     "only the enterprise or agency that keeps this resource may change it",
     "只有该应急资源所属的企业或监管部门可以修改"},
    {"resource_owner_required", "only enterprise and agency accounts keep emergency resources",
     "只有企业或监管部门账号可以维护应急资源"},
};
static_assert(core::UniqueIds(kEmergencyResourceErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kEmergencyResourceErrors, id);
}

}  // namespace anjian::emergency_resources
