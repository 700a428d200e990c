// Error catalogue of credit/veto (一票否决). Value-shape rules (required, kind_invalid,
// date_invalid, …) are core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::veto {

inline constexpr core::Rule kVetoErrors[] = {
    {"veto_period_invalid",
     "the period runs from period_from to period_to, ends by {0} and spans at most 5 years",
     "评选期间应为起始日期不晚于截止日期、截止日期不晚于 {1}，且不超过 5 年"},
    {"veto_round_confirmed", "the round's results were confirmed on {0}; they are frozen",
     "本批次结果已于 {1} 确认，不得再变更"},
    {"veto_round_not_checked", "check every application before confirming the round",
     "请先完成全部申报的一票否决审查再确认结果"},
    {"veto_figures_changed",
     "the round now has {0} applications; check and confirm the figures again",
     "本批次现有申报 {1} 家，数字已变化，请重新核对后确认"},
    {"veto_enterprise_unknown", "no active enterprise named \"{0}\" in your jurisdiction",
     "辖区内没有名称为「{1}」的在册企业"},
    {"veto_application_duplicate", "this enterprise has applied in this round already",
     "该企业已在本批次申报"},
    {"veto_round_closed", "the round no longer accepts applications",
     "本批次已不再接受申报"},
    {"veto_round_agency_required", "only agency accounts organise rounds",
     "只有监管部门账号可以组织评选批次"},
    {"veto_import_empty", "the workbook holds no application rows", "表格中没有申报记录"},
};
static_assert(core::UniqueIds(kVetoErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kVetoErrors, id); }

}  // namespace anjian::veto
