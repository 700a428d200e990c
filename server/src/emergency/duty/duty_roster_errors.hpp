// Error catalogue of emergency/duty rosters (值班排班). Value-shape rules (required, range,
// max_length, kind_invalid, status_invalid, date_invalid, …) are core's (core/core_errors.hpp).
// Its own namespace (duty::roster::Err): the duty-shift files of this folder keep their own.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::duty::roster {

inline constexpr core::Rule kDutyRosterErrors[] = {
    {"duty_clock_invalid", "must be a time of day HH:MM (00:00–23:59)",
     "应为时刻 HH:MM（00:00–23:59）"},
    {"duty_month_invalid", "must be a month YYYY-MM", "应为月份 YYYY-MM"},
    {"duty_pattern_slots_count", "a pattern has 1 to {0} shifts a day",
     "每天的班次应为 1 至 {0} 个"},
    {"duty_slot_duration", "a shift lasts {0} to {1} minutes",
     "班次时长应为 {0} 至 {1} 分钟"},
    {"duty_pattern_missing", "the unit has no shift pattern yet; set its shifts per day first",
     "本单位尚未设置班次，请先设置每日班次"},
    {"duty_shift_end_before_start", "the shift must end after it starts",
     "班次结束时间应晚于开始时间"},
    {"duty_shift_too_long", "a shift lasts at most {0} hours", "单个班次不超过 {0} 小时"},
    {"duty_member_twice", "this person is already on the shift", "该人员已在本班次中"},
    {"duty_one_leader", "a shift has one leader on duty", "每个班次只设一名带班领导"},
    {"duty_member_not_of_unit", "account {0} is not an active account of this unit",
     "账号 {0} 不是本单位的在用账号"},
    {"duty_manage_own_unit", "only the unit's own managers edit its roster",
     "只有本单位的管理人员可以编排值班"},
    {"duty_shift_cancelled", "the shift has been cancelled", "该班次已取消"},
    {"duty_shift_ended", "the shift ended at {0}; it can no longer be changed",
     "该班次已于 {0} 结束，不能再修改"},
    {"duty_swap_not_member", "you are not on this shift", "您不在该班次中"},
    {"duty_swap_to_member", "the replacement is already on this shift",
     "替班人员已在该班次中"},
    {"duty_swap_with_not_member", "the replacement is not on the shift to exchange",
     "替班人员不在要交换的班次中"},
    {"duty_swap_not_open", "the swap request was already {0}", "该换班申请已{1}"},
    {"duty_swap_own_only", "only the requester withdraws a swap request",
     "只有申请人可以撤回换班申请"},
    {"duty_copy_same_month", "the target month must differ from the source month",
     "目标月份应不同于源月份"},
    {"duty_copy_empty", "month {0} has no shifts to copy", "{0} 没有可复制的班次"},
};
static_assert(core::UniqueIds(kDutyRosterErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kDutyRosterErrors, id);
}

}  // namespace anjian::duty::roster
