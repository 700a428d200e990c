// Error catalogue of emergency/drills (应急演练). Value-shape rules (required, range,
// max_length, kind_invalid, date_invalid, enterprise_account_required …) are core's
// (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::drills {

inline constexpr core::Rule kDrillErrors[] = {
    {"drill_months_divide_year",
     "{0} months does not divide a year into calendar windows (1, 2, 3, 4, 6 or 12)",
     "{1} 个月不能把一年分成整段周期（可选 1、2、3、4、6、12）"},
    {"drill_date_future", "the drill date must not be later than today", "演练日期不能晚于今天"},
    {"drill_plan_required", "name at least one emergency plan drilled", "请至少选择一个演练的应急预案"},
    {"drill_plan_unknown", "plan {0} is not an emergency plan of this enterprise",
     "预案 {1} 不是该企业的应急预案"},
    {"drill_participants_names", "the count ({0}) is smaller than the {1} names listed",
     "参演人数（{2}）少于列出的姓名数（{3}）"},
    {"drill_report_submitted", "the results report was already submitted on {0}",
     "演练总结已于 {1} 报送"},
    {"drill_report_not_submitted", "no results report has been submitted yet", "尚未报送演练总结"},
    {"drill_report_acknowledged", "the results report was already acknowledged on {0}",
     "演练总结已于 {1} 签收"},
    {"drill_acknowledge_agency_required", "only agency accounts acknowledge drill reports",
     "只有监管部门账号可以签收演练总结"},
    {"drill_problem_handled", "this problem was already turned into {0}", "该问题已转为{1}"},
    {"drill_revision_plan_required", "name one of the drilled plans to revise",
     "请选择本次演练的一个预案进行修订"},
};
static_assert(core::UniqueIds(kDrillErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kDrillErrors, id); }

}  // namespace anjian::drills
