// Error catalogue of licensing/licences (许可证). Value-shape rules (required, range, max_length,
// kind_invalid, status_invalid, date_invalid …) are core's (core/core_errors.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::licences {

inline constexpr core::Rule kLicenceErrors[] = {
    {"licence_number_taken", "a licence of this kind numbered {0} is already registered",
     "该类许可证编号 {1} 已登记"},
    {"licence_validity_order", "must not be before valid_from ({0})", "不得早于有效期起始日（{1}）"},
    {"licence_transition", "a {0} licence cannot be {1}", "{2}的许可证不能{3}"},
    {"weekdays_invalid", "must be ISO weekdays 1–7 (Monday = 1), each at most once, e.g. 12345",
     "应为 1–7 表示周一至周日、不重复，如 12345"},
    {"time_of_day_invalid", "must be a time HH:MM", "应为时间 HH:MM"},
    {"time_window_incomplete", "give both the start and the end of the working hours, or neither",
     "作业时间的起止须同时填写或同时留空"},
    {"quantity_positive", "must be more than 0", "应大于 0"},
    {"licence_product_duplicate", "product {0} is listed twice", "品种 {1} 重复"},
    {"licence_store_unknown", "magazine {0} is not a magazine of this enterprise",
     "库房 {1} 不是该企业的库房"},
    {"licence_store_duplicate", "magazine {0} is listed twice", "库房 {1} 重复"},
    {"licence_capacity_required", "give the design capacity in net mass (g) or pieces",
     "请填写设计储存容量（净药量克数或件数）"},
    {"licence_mixing_production_only",
     "an on-site mixing capacity belongs to the civil explosives production licence only",
     "现场混装能力仅适用于民用爆炸物品生产许可证"},
    {"licence_kind_scope",
     "product types and magazines belong to the 民爆 licences only",
     "许可品种和库房容量仅适用于民用爆炸物品生产、销售许可证"},
    {"application_open", "application {0} for this licence is still awaiting a decision",
     "该许可已有待审批的申请（编号 {1}）"},
    {"application_decided", "this application was already {0}", "该申请已{1}"},
    {"renewal_window_closed",
     "renewal opens on {0} ({1} months before expiry on {2})",
     "延期申请自 {3} 起提出（有效期届满 {2} 前 {1} 个月）"},
    {"renewal_licence_expired",
     "the licence expired on {0}; apply for a new licence instead",
     "许可证已于 {1} 期满，请重新申请"},
    {"renewal_licence_revoked", "a revoked licence cannot be renewed; apply for a new licence",
     "已吊销的许可证不能延期，请重新申请"},
    {"licence_required", "name the licence to renew or change", "请选择要延期或变更的许可证"},
    {"licence_already_held", "the enterprise already holds a licence of this kind ({0})",
     "该企业已持有此类许可证（{1}）"},
    {"refusal_reason_required",
     "a refusal is written with its reasons (安全生产许可证条例 art. 7)",
     "不予许可应书面说明理由（安全生产许可证条例第七条）"},
    {"approval_conditions_failed",
     "the conditions are not met: {0}; refuse in writing naming them",
     "不具备安全生产条件：{1}；应书面不予许可并说明理由"},
    {"evaluation_valid_until_order", "must be after the evaluation date ({0})",
     "应晚于评价日期（{1}）"},
    {"evaluation_date_future", "must not be in the future", "不得晚于今天"},
    {"issuer_required", "name the issuing authority", "请填写发证机关"},
};
static_assert(core::UniqueIds(kLicenceErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kLicenceErrors, id);
}

}  // namespace anjian::licences
