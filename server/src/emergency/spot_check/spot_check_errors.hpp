// Error catalogue of emergency/spot_check (值班抽查). Value-shape rules (required, range,
// max_length, kind_invalid, status_invalid, …) are core's (core/core_errors.hpp); the time rules
// (time_invalid, time_future) are explosives/stocktake's; region_unknown and industry_invalid are
// registry's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::spot_check {

inline constexpr core::Rule kSpotCheckErrors[] = {
    {"spot_check_draw_count", "must be between {0} and {1}", "抽取数量应在 {0} 到 {1} 之间"},
    {"spot_check_pool_empty", "no unit in your scope matches the filters",
     "辖区内没有符合筛选条件的单位"},
    {"spot_check_units_required", "pick at least one unit, or draw at random",
     "请至少选择一个单位，或随机抽取"},
    {"spot_check_unit_twice", "unit {0} is listed twice", "单位 {1} 重复选择"},
    {"spot_check_agency_required", "only agency accounts make duty spot checks",
     "只有监管部门账号可以开展值班抽查"},
    {"spot_check_round_not_own", "only {0}, which made this round, may do this",
     "只有组织本轮抽查的{1}可以进行此操作"},
    {"spot_check_unanswered_pass", "an unanswered call cannot pass",
     "无人接听的抽查结果不能为合格"},
    {"spot_check_unanswered_answerer", "nobody answered: leave the answerer empty",
     "无人接听时不应填写接听人"},
    {"spot_check_finding_state", "the finding is {0}: it cannot be {1} now",
     "该问题当前为“{2}”，不能{3}"},
    {"spot_check_answer_not_own", "only the unit checked answers its finding",
     "只有被抽查单位可以提交整改说明"},
};
static_assert(core::UniqueIds(kSpotCheckErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kSpotCheckErrors, id);
}

}  // namespace anjian::spot_check
