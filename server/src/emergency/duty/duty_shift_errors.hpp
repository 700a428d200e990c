// Error catalogue of on-shift duty (当班: check-in/out, duty log, handover). Value-shape rules
// (required, max_length, kind_invalid, range, date_invalid) are core's (core/core_errors.hpp); a
// cancelled shift (duty_shift_cancelled) is the rosters' (duty_roster_errors.hpp, roster::Err).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::duty {

inline constexpr core::Rule kDutyShiftErrors[] = {
    {"duty_shift_not_member", "only the leader and officers of this shift check in and out",
     "只有本班次的带班领导和值班员可以签到、签退"},
    {"duty_shift_not_writer",
     "only the members of this shift and the unit's duty managers write to its log and handover",
     "只有本班次值班人员和本单位值班管理人员可以填写值班日志和交班"},
    {"duty_shift_not_incoming",
     "only the members of the incoming shift or the unit's duty managers acknowledge the handover",
     "只有接班班次的值班人员或本单位值班管理人员可以签收交接班"},
    {"duty_shift_check_in_not_open", "check-in opens at {0}", "签到时间 {1} 起开放"},
    {"duty_shift_check_in_closed", "check-in closed at {0}", "签到已于 {1} 截止"},
    {"duty_shift_already_checked_in", "you checked in at {0}", "您已于 {1} 签到"},
    {"duty_shift_not_checked_in", "check in before checking out", "尚未签到，不能签退"},
    {"duty_shift_already_checked_out", "you checked out at {0}", "您已于 {1} 签退"},
    {"duty_shift_handed_over",
     "this shift handed over at {0}; its log and handover are closed",
     "本班次已于 {1} 交班，值班日志和交班记录不能再填写"},
    {"duty_shift_no_handover", "this shift has not handed over yet", "本班次尚未交班"},
    {"duty_shift_handover_acknowledged", "the handover was acknowledged at {0}",
     "该交接班已于 {1} 签收"},
    {"duty_log_entry_unknown", "no entry {0} in this unit's duty log",
     "本单位值班日志中没有编号为 {1} 的记录"},
    {"duty_open_item_unknown", "no open item {0} on this shift's list",
     "本班次的遗留事项中没有编号为 {1} 的未结事项"},
    {"duty_log_export_range", "the range may cover at most {0} days",
     "导出范围最多 {1} 天"},
};
static_assert(core::UniqueIds(kDutyShiftErrors));

consteval const core::Rule& ShiftErr(std::string_view id) {
  return core::FindRule(kDutyShiftErrors, id);
}

}  // namespace anjian::duty
