// Error catalogue of notices/: every rule notices, the inbox, feedback and recipient selection
// report, with its one message pair. Code writes `Err("rule_id").At("field", args...)` (an id
// missing here does not compile); rules the registry owns (industry_invalid, the input rules
// shared by every area) come from registry/registry_errors.hpp.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::notices {

inline constexpr core::Rule kNoticesErrors[] = {
    // Who may send, edit, remind and forward.
    {"notice_sender_agency_only", "only agency accounts can send notices",
     "只有监管部门账号可以发送通知"},
    {"notice_not_draft", "only drafts can be edited; this notice has been sent",
     "通知已发送，只能修改草稿"},
    {"notice_already_sent", "the notice has already been sent", "该通知已发送"},
    {"remind_sender_only", "only the sending agency can send reminders", "只有发文机构可以催办"},
    {"remind_draft", "a draft cannot be reminded; send it first", "草稿不能催办，请先发送"},
    {"forward_agency_only", "only agency recipients can forward a notice",
     "只有监管部门可以转发通知"},

    // The notice's fields.
    {"urgency_invalid", "urgency must be one of: normal, urgent, extra_urgent",
     "紧急程度无效，可选：平件、加急、特急"},
    {"feedback_deadline_past", "the feedback deadline {} is in the past", "反馈截止日期 {} 已过"},

    // Recipients (recipient selection, reminders).
    {"recipients_empty", "the notice has no recipients", "请至少选择一个接收单位"},
    {"recipient_unknown", "some ids are not recipients of this notice",
     "部分 ID 不是本通知的接收单位"},
    {"recipient_self", "a notice cannot be sent to its own agency", "不能向本机构发送通知"},
    // {0} names the recipient in English ("agency 12"), {1} in Chinese ("机构 12 ").
    {"recipient_out_of_scope", "{0} is unknown or outside your jurisdiction",
     "{1}不存在或超出本机构管辖范围"},
    {"recipient_inactive", "enterprise {} is inactive", "企业 {} 已停用"},
    {"industries_need_regions", "industries select enterprises only together with region_codes",
     "按行业选择企业时须同时指定行政区划"},

    // Receipts and feedback.
    {"already_acknowledged", "this notice has already been acknowledged",
     "该通知已回执，无需重复确认"},
    {"feedback_already_submitted", "feedback has already been submitted for this notice",
     "该通知已提交反馈，不能重复提交"},
};
static_assert(core::UniqueIds(kNoticesErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kNoticesErrors, id); }

}  // namespace anjian::notices
