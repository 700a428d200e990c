// Error catalogue of credit/dishonesty_list (严重失信主体名单). Value-shape rules (required, range,
// max_length, date_invalid, kind_invalid, status_invalid, …) are core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::dishonesty_list {

inline constexpr core::Rule kDishonestyListErrors[] = {
    {"dishonesty_state", "the entry is {0}: it cannot be {1} now", "该名单记录当前为“{2}”，不能{3}"},
    {"dishonesty_defence_open",
     "the party may state its defence until {0}: decide after that day or record the defence",
     "当事人陈述申辩期限至 {1}，期满或记录申辩后方可作出决定"},
    {"dishonesty_decided_on", "the decision date must lie between the notice ({0}) and today ({1})",
     "决定日期应在告知日期（{0}）与今天（{1}）之间"},
    {"dishonesty_repair_too_early",
     "credit repair may be applied for from {0} (after {1} months listed)",
     "列入满 {1} 个月后方可申请信用修复，可申请日期：{0}"},
    {"dishonesty_repair_pending", "an application for credit repair is already pending",
     "已有待审核的信用修复申请"},
    {"dishonesty_repair_state", "the application is {0}: it cannot be {1} now",
     "该信用修复申请当前为“{2}”，不能{3}"},
    {"dishonesty_agency_required", "only agency accounts decide on the list",
     "只有监管部门账号可以作出列入决定"},
    {"dishonesty_not_deciding_agency", "only {0}, which decides on this entry, may do this",
     "只有作出决定的{1}可以进行此操作（谁处罚、谁决定）"},
    {"dishonesty_repair_not_own", "only the listed enterprise applies for its credit repair",
     "只有被列入的企业可以申请信用修复"},
    {"dishonesty_evidence_required", "attach at least one evidence file",
     "请至少上传一份证据材料"},
    {"dishonesty_finding_exists", "this accident already has a {0} finding",
     "该事故已有“{1}”认定"},
    {"dishonesty_defence_closed",
     "the defence period ended on {0}: a defence can no longer be submitted",
     "陈述申辩期限已于 {1} 届满，不能再提交陈述申辩"},
    {"dishonesty_finding_not_credit_relevant",
     "this investigation finding is not flagged as a basis for the dishonesty list",
     "该调查发现未标记为纳入失信依据"},
    {"dishonesty_finding_entered", "a candidate was already entered from this finding (#{0})",
     "该调查发现已纳入严重失信主体名单候选（#{1}）"},
    {"dishonesty_defence_not_own", "only the enterprise named in the notice states its defence here",
     "只有被告知的企业可以在此提交陈述申辩"},
};
static_assert(core::UniqueIds(kDishonestyListErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kDishonestyListErrors, id);
}

}  // namespace anjian::dishonesty_list
