// Error catalogue of hidden-danger governance (隐患治理): every rule the closed loop, its deadline
// settings, its lists and statistics report, with its one message pair. The shape rules of a
// value (required, type, max_length, date_invalid, bool_invalid, sort_invalid) and the
// allowed-values rules (level_invalid, source_invalid) are core's (core/core_errors.hpp);
// region_unknown and industry_invalid are the registry's, hazard_factor_invalid (GB/T 13861) is
// risk's. Enforcement inspections (dual_prevention/enforcement) report the
// hidden-danger rules of their findings and deadlines from here.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::hidden_danger {

inline constexpr core::Rule kHiddenDangerErrors[] = {
    // The state machine (hidden_danger_fsm_rules): who may take which action when.
    {"transition_not_allowed", "cannot {0} a hidden danger in state {1}",
     "隐患处于“{2}”状态，不能执行“{3}”"},  // ("assess (assess)", state, 状态, 操作)
    {"major_only", "only a major hidden danger can be subject to: {0}", "只有重大事故隐患才能{1}"},
    {"regulator_only", "only the regulator may {0}", "只有监管部门可以{1}"},
    {"enterprise_only", "only the enterprise may {0}", "只有企业可以{1}"},
    {"manager_or_regulator_only",
     "only the enterprise's principal, a safety officer or the regulator may {0}",
     "只有企业主要负责人、安全管理人员或监管部门可以{1}"},
    {"owner_or_manager_only",
     "only the rectification owner, the principal or a safety officer may {0}",
     "只有整改责任人、企业主要负责人或安全管理人员可以{1}"},
    {"manager_only", "only the enterprise's principal or a safety officer may {0}",
     "只有企业主要负责人或安全管理人员可以{1}"},
    {"verifier_is_rectifier", "the person who rectified a hidden danger cannot verify it",
     "整改人不能验收自己整改的隐患"},
    {"plan_required", "a major hidden danger needs a rectification plan before it is rectified",
     "重大事故隐患须先提交治理方案才能提交整改结果"},
    {"already_listed", "the hidden danger is already under listed supervision", "该隐患已挂牌督办"},
    {"regulator_finding",
     "a hidden danger registered by the regulator can only be dismissed by the regulator",
     "监管部门登记的隐患只能由监管部门认定不予认定"},
    {"reason_required", "a reason is required to {0}", "{1}须填写原因"},
    {"level_required", "the level (ordinary or major) is required", "须评定隐患等级（一般或重大）"},
    {"owner_required", "a rectification owner is required", "须指定整改责任人"},
    {"measures_required", "rectification measures are required", "须填写整改措施"},
    {"funds_negative", "rectification funds cannot be negative", "整改资金不能为负数"},
    {"plan_content_required", "the plan must not be empty", "治理方案不能为空"},
    {"evidence_required", "describe what was done to rectify the hidden danger",
     "须填写整改情况说明"},
    {"congress_report_required",
     "a major hidden danger is closed only after its report to the workers' congress is recorded "
     "(Work Safety Law Art.41)",
     "重大事故隐患须先记录向职工大会或职工代表大会的报告才能销号（安全生产法第四十一条）"},
    {"congress_method_invalid", "unknown way of reporting '{0}' (allowed: {1})",
     "报告方式“{0}”无效，可选：{2}"},
    {"reassign_no_change", "reassigning needs a new owner or a new deadline",
     "变更整改责任须更换责任人或整改期限"},
    // Deadlines: (field, 整改期限 | 督办期限) and for deadline_past also the date and today.
    {"deadline_required", "{0} is required", "须填写{1}"},
    {"deadline_invalid", "{0} must be a date YYYY-MM-DD", "{1}须为 YYYY-MM-DD 格式的日期"},
    {"deadline_past", "{0} {1} is before today {2}", "{3} {1} 早于今天 {2}"},
    {"deadline_after_regulator_deadline",
     "deadline {0} is after the listed supervision's deadline {1}", "整改期限 {0} 晚于挂牌督办期限 {1}"},
    {"today_invalid", "today's date is missing or malformed", "当前日期缺失或格式错误"},
    // Reminder and escalation settings (deadline_rules): (minimum, maximum, the value).
    {"reminder_days_invalid", "reminder_days_before must be {0}-{1} days (got {2})",
     "提前提醒天数应为{0}至{1}天（当前{2}天）"},
    {"superior_days_invalid", "superior_after_days_overdue must be {0}-{1} days (got {2})",
     "逾期上报上级的天数应为{0}至{1}天（当前{2}天）"},
    {"regulator_days_invalid", "regulator_after_days_overdue must be {0}-{1} days (got {2})",
     "逾期上报监管部门的天数应为{0}至{1}天（当前{2}天）"},
    {"regulator_days_order", "escalation to the regulator must come after escalation to the superior",
     "上报监管部门的逾期天数须大于上报上级的天数"},
    {"assessment_hours_invalid", "assessment_hours must be {0}-{1} hours (got {2})",
     "隐患评估时限应为{0}至{1}小时（当前{2}小时）"},
    {"assessment_reminder_hours_invalid",
     "assessment_reminder_hours must be {0}-{1} hours, less than the assessment period (got {2})",
     "评估到期前提醒小时数应为{0}至{1}小时，且小于评估时限（当前{2}小时）"},
    {"assessment_regulator_hours_invalid",
     "assessment_regulator_after_hours must be {0}-{1} hours (got {2})",
     "评估逾期上报监管部门的小时数应为{0}至{1}小时（当前{2}小时）"},
    // Reporting a hidden danger (ReportHiddenDanger).
    {"regulator_source", "only a regulator registers enforcement findings and referrals",
     "执法检查发现和部门转办的隐患只能由监管部门登记"},
    {"enterprise_source",
     "a regulator registers hidden dangers as enforcement findings or referrals",
     "监管部门登记隐患的来源须为执法检查或部门转办"},
    {"derived_source_system_only",
     "hidden dangers determined from the data (source derived) are opened only by the system",
     "系统判定的隐患由系统根据数据自动登记，不能手工登记"},
    {"enforcement_via_inspection",
     "enforcement findings are registered with their enforcement inspection",
     "执法检查发现的隐患须随执法检查记录登记"},
    {"referral_department_required", "name the department that referred the hidden danger",
     "须填写转办部门"},
    {"enforcement_inspection_required",
     "an enforcement finding belongs to an enforcement inspection", "执法检查发现的隐患须关联执法检查记录"},
    {"latitude_invalid", "latitude must be within -90..90", "纬度须在 -90 到 90 之间"},
    {"longitude_invalid", "longitude must be within -180..180", "经度须在 -180 到 180 之间"},
    {"date_future", "{0} cannot be in the future", "{1}不能晚于今天"},  // (field, 发现日期)
    {"too_many", "at most {} photos", "最多 {} 张照片"},
    {"enterprise_not_own", "an enterprise reports hidden dangers of its own only",
     "企业只能上报本企业的隐患"},
    {"inspection_record_unknown", "no such inspection record of this enterprise",
     "该企业没有这条隐患排查记录"},
    {"risk_unit_unknown", "no such risk unit of this enterprise", "该企业没有这个风险单元"},
    {"enforcement_inspection_unknown", "no such enforcement inspection of this enterprise",
     "该企业没有这条执法检查记录"},
    // Acting on one (a transition request).
    {"action_invalid", "unknown action '{}'", "未知的操作“{}”"},
    {"regulator_read_only", "read-only regulators cannot act on hidden dangers",
     "只读监管账号不能处理隐患"},
    {"owner_unknown", "the owner must be an active user of the enterprise",
     "整改责任人须为本企业的在用账号"},
    {"congress_files_report_only",
     "minutes files belong to the report to the workers' congress (report_congress)",
     "会议纪要附件只能随“报告职代会”上传"},
    {"photos_rectify_only", "after-photos belong to the rectify action",
     "整改后照片只能随“提交整改结果”上传"},
    {"classify_assess_only", "the hazard factor and accident type are set at reporting or assessment",
     "危险和有害因素、事故类型只能在上报或评估时填写"},
    // Withdrawal and halt of production, restart with the regulator's approval (山东条例 Art.44;
    // production_halt_rules).
    {"halted_at_invalid", "halted_at must be a time YYYY-MM-DD HH:MM (China time)",
     "停产时间须为 YYYY-MM-DD HH:MM 格式（北京时间）"},
    {"halted_at_future", "the halt cannot start in the future", "停产时间不能晚于当前时间"},
    {"halt_not_active", "production was already restarted", "该停产已复产"},
    {"restart_regulator_only",
     "only the regulator approves a restart (Shandong Work Safety Regulations Art.44)",
     "复产须经监管部门批准（山东省安全生产条例第四十四条）"},
    {"restart_before_halt", "the restart inspection is before the halt ({0})",
     "复产检查日期早于停产日期（{0}）"},
    {"halt_forbidden",
     "only the enterprise's principal, a safety officer or a supervising regulator records a halt",
     "只有企业主要负责人、安全管理人员或属地监管部门可以登记停产"},
    {"hidden_danger_unknown", "no such hidden danger of this enterprise", "该企业没有这条隐患"},
    // Lists and statistics.
    {"state_invalid", "unknown state", "未知的隐患状态"},
    {"no_hidden_danger_scope", "no hidden dangers in your scope", "您的账号不涉及隐患数据"},
};
static_assert(core::UniqueIds(kHiddenDangerErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kHiddenDangerErrors, id);
}

}  // namespace anjian::hidden_danger
