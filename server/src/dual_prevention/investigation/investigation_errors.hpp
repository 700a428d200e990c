// Error catalogue of 隐患排查 (hidden-danger investigation): checklists, duties, the task
// schedule, executing a task's checklist, the records list and a failed item reported as a
// hidden danger. The register's code-list rules it shares (frequencies, users) are in
// dual_prevention/risk/risk_errors.hpp; the shape of a value (required, type, date_invalid), the
// allowed-values rules (status_invalid, source_invalid, kind_invalid) and
// enterprise_account_required are core's (core::CoreErr).
// Placeholders are fmt's; {0}, {1} where the two languages take different words.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::investigation {

inline constexpr core::Rule kInvestigationErrors[] = {
    // ---- the schedule (inspection_schedule_rules) ------------------------------------------
    {"shifts_per_day_invalid",
     "shifts per day must be 1-24 and divide the day into equal whole minutes (got {})",
     "每天班次数应为1至24且能将一天等分为整分钟（当前{}）"},
    {"shift_start_invalid", "the first shift must start between 00:00 and 23:59",
     "首班开始时间应在00:00至23:59之间"},
    // ---- checklists and duties --------------------------------------------------------------
    {"items_required", "a checklist needs at least one item", "检查表至少需要一个检查项"},
    {"builtin_readonly", "built-in checklists cannot be changed; copy it into a new one",
     "内置检查表不能修改，可新建检查表"},
    {"checklist_unknown", "no such checklist", "检查表不存在"},
    // ---- the mandatory company-level daily inspection of civil-explosives enterprises ---------
    {"mandatory_duty_inactive",
     "the company-level daily inspection is mandatory for civil-explosives enterprises and cannot "
     "be deactivated",
     "民爆企业的公司级每日检查为必查项，不能停用"},
    // {0} the frequency in English, {1} in Chinese.
    {"mandatory_duty_frequency",
     "the company-level daily inspection must run at least daily (per shift or daily), not {0}",
     "民爆企业的公司级每日检查至少每天一次（每班或每天），不能设为{1}"},
    // ---- list filters: {0} the allowed values in English, {1} in Chinese -----------------------
    {"result_invalid", "must be {0}", "结果无效，可选：{1}"},
    {"range_invalid", "must not be before from", "结束日期不能早于开始日期"},
    {"too_long", "at most {} characters", "最多 {} 个字符"},
    // ---- executing a checklist ----------------------------------------------------------------
    {"item_duplicate", "item answered twice", "检查项重复"},
    {"item_unanswered", "every item needs pass, fail or not_applicable",
     "每个检查项都须填写：合格、不合格或不适用"},
    {"outcome_invalid", "must be {0}", "结果无效，可选：{1}"},
    {"photo_required", "this item requires a photo", "该检查项须拍照"},
    {"note_required", "describe what failed", "不合格项须填写问题描述"},
    {"item_unknown", "no such item in this checklist", "检查表中没有该检查项"},
    // 409: {0} the task's status, {1} the status in Chinese (已完成, 已漏检).
    {"task_not_open", "this task is {0} and takes no record", "该任务{1}，不能再登记"},
    // ---- a failed item becomes a hidden danger ----------------------------------------------
    {"item_not_failed", "only a failed item becomes a hidden danger", "只有不合格项才能登记为隐患"},
    // 409: {} the hidden danger's id.
    {"item_already_reported", "this item is already hidden danger {}",
     "该检查项已登记为隐患（编号 {}）"},
};
static_assert(core::UniqueIds(kInvestigationErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kInvestigationErrors, id);
}

}  // namespace anjian::investigation
