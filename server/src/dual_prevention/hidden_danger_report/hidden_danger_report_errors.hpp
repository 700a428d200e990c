// Error catalogue of dual_prevention/hidden_danger_report/ (隐患排查治理情况统计分析报告). The
// value-shape rules (required, range, kind_invalid, max_length) are core's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::hidden_danger_report {

inline constexpr core::Rule kHiddenDangerReportErrors[] = {
    {"period_not_ended", "the period ends on {}: its report can be generated from the next day",
     "该期间至 {} 结束，次日起方可生成报告"},
    {"quarter_not_allowed", "an annual report has no quarter", "年度报告不填季度"},
    {"report_draft_exists", "a draft report for this period already exists (No. {})",
     "该期间已有草稿报告（编号 {}），请修改该草稿"},
    {"report_not_draft", "only a draft report can be changed or signed; this one is {}",
     "只有草稿状态的报告可以修改或签署，该报告当前为{}"},
    {"report_not_signed", "only a signed report can be submitted; this one is {}",
     "只有已签署的报告可以报送，该报告当前为{}"},
    {"report_content_changed",
     "the report changed after it was shown to you: reload it and check it again before signing",
     "报告内容在您查看后已被修改，请刷新并重新核对后再签署"},
    {"report_sign_principal_only",
     "only the enterprise's principal (主要负责人, role ent_principal) signs its hidden-danger report",
     "隐患排查治理情况报告只能由本企业主要负责人（企业主要负责人角色）签署"},
    {"report_enterprise_only", "only an account of the enterprise generates and submits its report",
     "只有本企业账号可以生成和报送本企业的报告"},
};
static_assert(core::UniqueIds(kHiddenDangerReportErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kHiddenDangerReportErrors, id);
}

}  // namespace anjian::hidden_danger_report
