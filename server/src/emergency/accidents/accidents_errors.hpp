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
    // Investigation (事故调查, art. 19, 29, 32) and its findings.
    {"investigation_extension_too_long", "the extension is at most {0} days (493 art. 29)",
     "延期不得超过 {1} 日（条例第二十九条）"},
    {"investigation_date_before_accident", "must not be before the accident's day {0}",
     "不得早于事故发生日 {1}"},
    {"investigation_date_future", "must not be in the future", "不得晚于今天"},
    {"investigation_approval_needs_report", "the approval needs the report's submission date first",
     "请先填写调查报告提交日期"},
    {"investigation_approval_before_report", "the approval must not be before the report",
     "批复日期不得早于调查报告提交日期"},
    {"investigation_level_too_low",
     "this accident's investigation is led at the {0} level; your agency cannot record it",
     "该事故由{1}负责调查，本单位无权登记"},
    {"investigation_missing", "record the investigation first", "请先登记事故调查"},
    {"finding_already_converted", "this finding became hidden danger {0} already",
     "该调查发现已转为隐患（编号 {1}）"},
    {"statistics_period_invalid", "the period runs from `from` to `to` (from ≤ to, at most {0} months)",
     "统计期间应为起始日期不晚于截止日期，且不超过 {1} 个月"},
};
static_assert(core::UniqueIds(kAccidentErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kAccidentErrors, id);
}

}  // namespace anjian::accidents
