// Error catalogue of graded risk control (风险分级管控): the register, assessments and their
// configuration, the four-colour map, major hazard installations, and the code-list rules the
// register shares with 隐患排查 (dual_prevention/investigation uses Err from here for them).
// The shape of a value (required, type), the allowed-values rules (kind_invalid, level_invalid)
// and enterprise_account_required are core's (core::CoreErr); region_unknown is the registry's.
// Other areas report hazard_factor_invalid (GB/T 13861) from here.
// Placeholders are fmt's; {0}, {1}, {2} where the two languages take different words.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::risk {

inline constexpr core::Rule kRiskErrors[] = {
    // ---- the register ----------------------------------------------------------------------
    // A value outside a code list (GB 6441 accident types, GB/T 13861 hazard factors, unit
    // types, measure kinds, control levels, major hazard grades, checklist kinds, frequencies):
    // the message lists the allowed codes.
    {"unit_type_invalid", "must be one of: {}", "取值无效，可选：{}"},
    {"accident_type_invalid", "must be one of: {}", "取值无效，可选：{}"},
    // GB/T 13861-2022: any code of the four-level tree; {} examples of its shapes.
    {"hazard_factor_invalid", "must be a GB/T 13861-2022 hazard factor code, such as {}",
     "应为 GB/T 13861-2022 危险和有害因素代码，如 {}"},
    {"control_level_invalid", "must be one of: {}", "取值无效，可选：{}"},
    {"grade_invalid", "must be one of: {}", "取值无效，可选：{}"},
    {"frequency_invalid", "must be one of: {}", "取值无效，可选：{}"},
    {"risk_object_unknown", "no such risk object", "风险分析对象不存在"},
    {"user_unknown", "not a user of this enterprise", "不是本企业的用户"},
    {"method_invalid", "must be one of: LEC, LS", "评估方法无效，可选：LEC、LS"},
    // ---- assessments (assessment_rules) ------------------------------------------------------
    // {} the allowed choices, {} the value given.
    {"lec_l_invalid", "LEC L must be one of {} (got {})", "LEC 法的 L 值必须是 {} 之一（当前为 {}）"},
    {"lec_e_invalid", "LEC E must be one of {} (got {})", "LEC 法的 E 值必须是 {} 之一（当前为 {}）"},
    {"lec_c_invalid", "LEC C must be one of {} (got {})", "LEC 法的 C 值必须是 {} 之一（当前为 {}）"},
    {"ls_l_invalid", "LS L must be one of {} (got {})", "LS 法的 L 值必须是 {} 之一（当前为 {}）"},
    {"ls_s_invalid", "LS S must be one of {} (got {})", "LS 法的 S 值必须是 {} 之一（当前为 {}）"},
    {"lec_l_required", "LEC needs L", "LEC 法需要填写 L"},
    {"lec_e_required", "LEC needs E", "LEC 法需要填写 E"},
    {"lec_c_required", "LEC needs C", "LEC 法需要填写 C"},
    {"ls_l_required", "LS needs L", "LS 法需要填写 L"},
    {"ls_s_required", "LS needs S", "LS 法需要填写 S"},
    // {0} the field, {1} the method.
    {"input_not_applicable", "{0} is not used by the {1} method", "{1} 法不使用 {0}"},
    {"assessment_config_invalid", "score {} falls in no configured band",
     "分值 {} 不在任何已配置的分级区间内"},
    // ---- the assessment configuration (assessment_config_rules); {0} is the field path --------
    {"choices_empty", "{} needs at least one choice", "{} 至少需要一个取值"},
    {"choices_too_many", "{} has more than {} choices", "{} 的取值不能超过{}个"},
    // {2} "whole number" | "number", {3} 整数 | 数.
    {"choice_value_invalid", "{0} choice {1} must be a positive {2}", "{0} 的取值 {1} 必须是正{3}"},
    {"choice_duplicate", "{} lists {} twice", "{} 的取值 {} 重复"},
    {"choice_label_required", "{} choice {} needs a Chinese and an English label",
     "{} 的取值 {} 需要中文和英文说明"},
    {"choices_order", "{} choices must be listed from highest to lowest", "{} 的取值应按从大到小排列"},
    {"bands_empty", "{} needs at least one band", "{} 至少需要一个分级区间"},
    {"band_bounds_invalid", "{} band {} contains no score", "{} 的区间 {} 不包含任何分值"},
    {"bands_overlap", "{} bands {} and {} overlap", "{} 的区间 {} 与 {} 重叠"},
    {"bands_order", "{} band {} gives a lower level than {} for higher scores",
     "{} 的区间 {} 分值更高但等级低于 {}"},
    // {1} the level's value, {2} its Chinese label.
    {"band_level_missing", "{0} has no band for level {1}", "{0} 缺少“{2}”等级的区间"},
    {"bands_gap", "{}: {} possible score(s) fall in no band: {}", "{}：有{}个可能的分值不属于任何区间：{}"},
    {"config_field_missing", "{} is required", "缺少字段 {}"},
    // {1} what was expected in English, {2} in Chinese.
    // ---- the four-colour map ----------------------------------------------------------------
    {"size_invalid", "must be 1-20000 pixels", "应为 1-20000 像素"},
    {"point_invalid", "a point is [x, y] with both between 0 and 1", "坐标点应为 [x, y]，取值 0-1"},
    {"polygon_too_small", "a polygon needs at least 3 points (or none)",
     "多边形至少需要 3 个点（或清空）"},
};
static_assert(core::UniqueIds(kRiskErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kRiskErrors, id); }

}  // namespace anjian::risk
