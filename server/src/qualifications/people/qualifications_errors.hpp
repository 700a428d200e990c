// Error catalogue of qualifications (人员资格, issue 15 §2). Value-shape rules (required, range,
// max_length, kind_invalid, date_invalid, …) are core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::qualifications {

inline constexpr core::Rule kQualificationErrors[] = {
    {"role_invalid", "must be one of: {0}", "岗位无效，可选：{1}"},
    {"certificate_dates_invalid", "the certificate must not end before it starts ({0})",
     "证书有效期截止日期不得早于起始日期（{0}）"},
    {"examination_before_appointment", "the examination must not be before the appointment on {0}",
     "考核日期不得早于任职日期 {0}"},
    {"qualification_date_future", "must not be in the future", "不得晚于今天"},
    {"examination_not_required", "{0}: only principals and safety managers are examined (234 item 3)",
     "{0}：仅主要负责人和安全管理人员需考核（234号第三项）"},
    {"person_left", "{0} left the post on {1}", "{0} 已于 {1} 离岗"},
    {"person_user_taken", "account {0} is already linked to {1}", "账号 {0} 已关联人员 {1}"},
    {"person_user_unknown", "account {0} is not an account of this unit", "账号 {0} 不是本单位账号"},
    {"certificate_revoked_already", "the certificate was revoked on {0}", "该证书已于 {0} 注销"},
    {"training_owner_mismatch", "agency staff are kept by their agency; enterprise people by their enterprise",
     "执法人员由所在监管部门维护，企业人员由本企业维护"},
    {"agency_account_required", "only agency accounts keep enforcement staff",
     "只有监管部门账号可以维护执法人员"},
    // Assignment checks (issue 15 §2), reported by the ledger and duty areas.
    {"storekeeper_certificate_missing",
     "{0} holds no valid civil-explosives storekeeper certificate on {1}",
     "{0} 无有效的民用爆炸物品保管员资格证书（{1}）"},
    {"duty_leader_not_manager",
     "{0} is not a manager (principal, safety manager or manager) and cannot lead the duty",
     "{0} 不是管理人员（主要负责人、安全管理人员或管理人员），不能担任带班领导"},
};
static_assert(core::UniqueIds(kQualificationErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kQualificationErrors, id);
}

}  // namespace anjian::qualifications
