// Error catalogue of emergency/accidents (事故和险情信息报告). Value-shape rules (required,
// range, max_length, kind_invalid, …) are core's (core/core_errors.hpp); the time rules
// (time_invalid, time_future) are explosives/stocktake's, shared by every area that reads a time.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::accidents {

inline constexpr core::Rule kAccidentErrors[] = {
    {"follow_up_window_closed",
     "follow-up reports were due by {0}; the window has closed",
     "续报期限已于 {1} 截止"},
    {"accident_no_step_for_level",
     "your agency's level ({0}) has no report to forward for this accident",
     "本单位所在层级（{1}）对该事故无需上报"},
    {"accident_already_forwarded", "your level already forwarded this accident on {0}",
     "本层级已于 {1} 签收并上报该事故"},
    {"accident_forward_agency_required", "only agency accounts forward accident reports",
     "只有监管部门账号可以签收和上报事故信息"},
};
static_assert(core::UniqueIds(kAccidentErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kAccidentErrors, id);
}

}  // namespace anjian::accidents
