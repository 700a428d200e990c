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
};
static_assert(core::UniqueIds(kEnforcementErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kEnforcementErrors, id);
}

}  // namespace anjian::enforcement
