// Error catalogue of emergency/plans (应急预案). Value-shape rules (required, range, max_length,
// kind_invalid, status_invalid, date_invalid …) are core's (core/core_errors.hpp); date_future is
// hidden_danger's; file_unknown is the files area's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::emergency_plans {

inline constexpr core::Rule kPlanErrors[] = {
    {"plan_state_invalid", "not possible while the plan is {0}",
     "预案当前状态为“{1}”，不能执行此操作"},
    {"plan_version_required", "add a version (plan document, risk assessment, resource survey) first",
     "请先上传预案版本（预案文本、风险评估、应急资源调查）"},
    {"plan_review_required",
     "version {0} has no {1} yet; the plan is published after it (88号令 art. 21)",
     "第 {0} 版尚未{1}，{1}后方可签署发布（88号令第二十一条）"},
    {"plan_review_expert_required",
     "at least one expert without a conflict of interest must take part (art. 22)",
     "至少应有一名无利害关系的专家参加（第二十二条：有利害关系的应当回避）"},
    {"plan_publish_principal_only", "only the enterprise's principal signs and publishes a plan (art. 24)",
     "应急预案由本单位主要负责人签署发布（第二十四条）"},
    {"plan_filing_agency_required", "only a regulator's account decides a filing",
     "只有监管部门账号可以审核备案"},
    {"plan_filing_not_pending", "this filing was already decided ({0})",
     "该备案申请已处理（{1}）"},
    {"plan_date_before_publication", "cannot be before the publication date {0}",
     "不能早于预案发布日期 {1}"},
};
static_assert(core::UniqueIds(kPlanErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kPlanErrors, id); }

}  // namespace anjian::emergency_plans
