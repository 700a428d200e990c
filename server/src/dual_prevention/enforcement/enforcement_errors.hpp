// Error catalogue of enforcement inspections (执法检查): the rules of an inspection's
// rectification order and its enforcement actions. The findings are hidden dangers and their
// deadlines are rectification deadlines: those rules (deadline_invalid, deadline_past,
// date_future, enterprise_unknown) are hidden_danger's (hidden_danger_errors.hpp); the shape of
// a value (required, type, date_invalid) is core's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::enforcement {

inline constexpr core::Rule kEnforcementErrors[] = {
    {"action_kind_invalid", "kind must be penalty, suspension or warning",
     "处理措施须为罚款、停产停业整顿或警告"},
    {"amount_required", "a penalty needs a positive amount (in fen)", "罚款须填写大于 0 的金额"},
    {"date_order", "suspension_to is before suspension_from", "停产截止日期早于起始日期"},
    // enforcement_rules: a clean inspection has no order; a penalty names its legal basis.
    {"order_without_findings",
     "an inspection without findings gives no rectification order (a clean inspection)",
     "未发现隐患的检查不下达责令整改"},
    {"inspection_kind_invalid", "unknown inspection kind '{0}' (allowed: {1})",
     "检查类型“{0}”无效，可选：{2}"},
    {"legal_basis_required", "a penalty names its legal basis", "罚款须写明法律依据"},
    {"legal_basis_invalid", "unknown legal basis '{}'", "未知的法律依据“{}”"},
    // enforcement_plan_rules: the annual plan and its random draw (双随机).
    {"draw_enterprise_count", "enterprise_count must be {0}-{1}", "抽取企业数须为 {0} 至 {1}"},
    {"draw_inspector_count", "inspector_count must be {0}-{1} (two inspectors per inspection)",
     "抽取检查人员数须为 {0} 至 {1}（每次检查至少两名执法人员）"},
    {"draw_inspectors_short", "the agency has {0} inspectors; a draw needs at least 2",
     "本单位可选派的执法人员只有 {0} 名，抽取至少需要 2 名"},
    {"draw_scope_empty", "no enterprise in the scope matches the filters",
     "管辖范围内没有符合条件的企业"},
    {"draw_due_on_invalid", "due_on must be a date from {0} to {1} (today or later, within the plan's year)",
     "完成期限须在 {0} 至 {1} 之间（不早于今天，且在计划年度内）"},
    {"plan_year_invalid", "year must be {0}-{1}", "计划年度须为 {0} 至 {1}"},
    {"plan_target_invalid", "a target needs a quarter 1-4 and a count 0-10000",
     "计划指标须为第 1 至 4 季度，检查次数 0 至 10000"},
    {"plan_exists", "this agency already has a plan for that year", "本单位该年度已有检查计划"},
    {"plan_not_own", "only the agency that owns the plan draws on it",
     "只有制定计划的单位可以抽取"},
    {"planned_inspection_unknown", "no open planned inspection {0} of this enterprise",
     "该企业没有待完成的计划检查（编号 {0}）"},
};
static_assert(core::UniqueIds(kEnforcementErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kEnforcementErrors, id);
}

}  // namespace anjian::enforcement
