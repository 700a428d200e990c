#include "audit/audit_catalogue_rules.hpp"

#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"

namespace anjian::audit {

const std::vector<CatalogueEntry>& AuditActions() {
  static const std::vector<CatalogueEntry> all = [] {
    std::vector<CatalogueEntry> a = {
        // Records of every area.
        {"create", "新增", "Create"},
        {"update", "修改", "Update"},
        {"deactivate", "注销/停用", "Deactivate"},
        {"reactivate", "恢复", "Reactivate"},
        {"import", "导入", "Import"},
        {"export", "导出", "Export"},
        {"upload", "上传附件", "Upload"},
        {"reset", "恢复默认值", "Reset to default"},
        // Accounts, roles, sessions.
        {"login", "登录", "Sign in"},
        {"login_failed", "登录失败", "Failed sign-in"},
        {"logout", "退出登录", "Sign out"},
        {"change_password", "修改密码", "Change password"},
        {"reset_password", "重置密码", "Reset password"},
        {"enable", "启用账号", "Enable account"},
        {"disable", "停用账号", "Disable account"},
        {"set_roles", "分配角色", "Assign roles"},
        {"set_permissions", "设置角色权限", "Set role permissions"},
        {"repair_permissions", "修复内置角色权限", "Repair built-in role permissions"},
        {"repair_admin_org", "修正管理员所属单位", "Move an administrator out of an organisation"},
        {"bootstrap", "系统初始化", "Bootstrap"},
        {"seed_demo", "载入演示数据", "Load demo data"},
        // Notices.
        {"send", "发送通知", "Send notice"},
        {"forward", "转发（草稿）", "Forward (draft)"},
        {"forward_send", "转发并发送", "Forward and send"},
        {"remind", "催办", "Remind"},
        {"read", "阅读", "Read"},
        {"acknowledge", "签收", "Acknowledge"},
        {"feedback", "提交反馈", "Submit feedback"},
        // Civil-explosives ledger.
        {"post", "过账", "Post voucher"},
        {"reverse", "冲销", "Reverse voucher"},
        {"second_person_failed", "第二责任人验证失败", "Second person check failed"},
        {"count", "盘点", "Count stock"},
        {"approve", "审批通过", "Approve"},
        {"reject", "驳回", "Reject"},
        {"open", "立案", "Open case"},
        {"report", "上报/报告", "Report"},
        {"close", "结案", "Close case"},
        {"write_off", "盘亏调账记入事件", "Loss written off on the incident"},
        {"register", "登记", "Register"},
        {"assign_storekeeper", "指定保管员", "Assign storekeeper"},
        {"unassign_storekeeper", "撤销保管员", "Remove storekeeper"},
        {"change_capacity", "变更核定库容", "Change rated capacity"},
        {"sign_daily_close", "日清签字", "Sign daily close"},
        {"file", "销售备案", "File sale"},
        {"file_purchase", "购买备案", "File purchase"},
        // Dual prevention.
        {"assess", "风险评估", "Assess risk"},
        {"set_plan", "设置风险四色图底图", "Set risk map plan"},
        {"set_polygon", "标注风险区域", "Draw risk area"},
        {"inspect", "完成排查任务", "Complete inspection task"},
        {"report_hidden_danger", "排查中上报隐患", "Report hidden danger from inspection"},
        {"add_action", "登记处理措施", "Add enforcement action"},
        {"deadline_reminder", "整改临期提醒", "Deadline reminder"},
        {"deadline_escalate_superior", "逾期上报企业负责人", "Overdue: escalated to the principal"},
        {"deadline_escalate_regulator", "逾期上报监管部门", "Overdue: escalated to the regulator"},
        {"deadline_assessment_reminder", "隐患评估临期提醒", "Assessment reminder"},
        {"deadline_assessment_escalate_superior", "超评估时限上报企业负责人", "Assessment overdue: escalated to the principal"},
        {"deadline_assessment_escalate_regulator", "超评估时限上报监管部门", "Assessment overdue: escalated to the regulator"},
        {"halt", "停产撤人", "Halt production and withdraw workers"},
        {"restart", "批准复产", "Approve restart"},
        // Accidents (issue 14 §4).
        {"accident_correct", "更正事故信息", "Correct an accident report"},
        {"accident_follow_up", "事故续报", "Follow-up accident report"},
        {"accident_forward", "签收并逐级上报事故", "Acknowledge and forward an accident"},
        // Daily zero report (issue 14 §1).
        {"zero_report_declare", "发布零报告期", "Declare a zero-report period"},
        {"zero_report", "填报零报告", "File a zero report"},
        {"zero_report_correct", "更正零报告", "Correct a zero report"},
        {"zero_report_remind", "一键催报零报告", "Remind the missing zero reports"},
        {"zero_report_daily_reminder", "零报告每日提醒", "Daily zero-report reminder"},
        {"zero_report_overdue", "零报告逾期通报", "Overdue zero reports notified"},
        // Issue 12 (ui-rest): the reminder job's notice to a store's daily-close signers.
        {"daily_close_reminder", "日清签字提醒", "Daily close reminder"},
        // Annual enforcement plan (issue 11 §3).
        {"draw", "双随机抽取", "Random draw"},
        // The product catalogue (issue 11 §2): an unused product may be deleted.
        {"delete", "删除", "Delete"},
        {"sign_hidden_danger_report", "主要负责人签署隐患排查治理情况报告", "Principal signs the hidden-danger report"},
        {"submit_hidden_danger_report", "报送隐患排查治理情况报告", "Submit the hidden-danger report"},
        // Accident investigation and emergency resources (issue 14 §2, §4; emergency-resources).
        {"accident_investigation", "登记事故调查", "Record the accident investigation"},
        {"accident_finding", "登记事故调查发现", "Record an investigation finding"},
        {"accident_finding_hidden_danger", "事故调查发现转为隐患", "Investigation finding → hidden danger"},
        {"emergency_resource_alert", "应急资源临期提醒", "Emergency resource expiry / inspection alert"},
        // Emergency plans (issue 14 §2).
        {"plan_version_add", "上传应急预案新版本", "Add an emergency plan version"},
        {"plan_review", "登记应急预案评审（论证）", "Record an emergency plan review"},
        {"plan_publish", "签署发布应急预案", "Sign and publish an emergency plan"},
        {"plan_filing_submit", "提交应急预案备案", "Submit an emergency plan filing"},
        {"plan_filing_accept", "应急预案备案通过", "Accept an emergency plan filing"},
        {"plan_filing_return", "应急预案备案退回", "Return an emergency plan filing"},
        {"plan_evaluate", "登记应急预案评估", "Record an emergency plan evaluation"},
        {"plan_revision_required", "应急预案需修订", "Emergency plan requires revision"},
        // Drills (issue 14 §3).
        {"drill_report_submit", "报送应急演练总结", "Submit a drill results report"},
        {"drill_report_acknowledge", "签收应急演练总结", "Acknowledge a drill results report"},
        {"drill_problem_hidden_danger", "演练问题转为隐患", "Drill problem reported as a hidden danger"},
        {"drill_problem_revision", "演练问题触发预案修订", "Drill problem requires a plan revision"},
        // Duty rosters (issue 14 §1).
        {"duty_set_pattern", "设置值班班次", "Set the duty shift pattern"},
        {"duty_cancel_shift", "取消值班班次", "Cancel a duty shift"},
        {"duty_copy_month", "复制月度值班表", "Copy a month's duty roster"},
        {"duty_swap_request", "申请换班", "Request a duty swap"},
        {"duty_swap_withdraw", "撤回换班申请", "Withdraw a duty swap request"},
        {"duty_coverage_alert", "值班空档预警", "Duty coverage gap alert"},
        // On shift (issue 14 §1): check-in/out, duty log, handover and its acknowledgement.
        {"duty_check_in", "值班签到", "Duty check-in"},
        {"duty_check_out", "值班签退", "Duty check-out"},
        {"duty_log_append", "填写值班日志", "Duty log entry"},
        {"duty_handover", "交班", "Duty handover"},
        {"duty_handover_ack", "接班签收", "Handover acknowledged"},
        {"duty_absence_alert", "值班人员未到岗提醒", "Duty absence alert"},
        // Duty spot checks (issue 14 §1 值班抽查).
        {"duty_spot_check_call", "记录值班抽查", "Record a duty spot-check call"},
        {"duty_spot_check_answer", "提交值班抽查整改说明", "Answer a duty spot-check finding"},
        {"duty_spot_check_accept", "认可值班抽查整改说明", "Accept a duty spot-check answer"},
        {"duty_spot_check_return", "退回值班抽查整改说明", "Return a duty spot-check answer"},
        // Major hidden dangers determined from the data (issue 15: licences, people, 四超).
        {"report_derived", "系统判定重大事故隐患", "Major hidden danger determined from the data"},
        // Licences (issue 15 §1).
        {"licence_suspend", "暂扣许可证", "Suspend a licence"},
        {"licence_reinstate", "恢复许可证", "Reinstate a suspended licence"},
        {"licence_revoke", "吊销许可证", "Revoke a licence"},
        {"licence_apply", "提交许可申请", "Apply for a licence"},
        {"licence_approve", "批准许可申请", "Approve a licence application"},
        {"licence_refuse", "不予许可", "Refuse a licence application"},
        {"licence_withdraw", "撤回许可申请", "Withdraw a licence application"},
        {"licence_reminder", "许可证临期提醒", "Licence expiry reminder"},
        // Licence conditions sweep (issue 15 §1 许可条件预警).
        {"licence_condition_lapsed", "许可条件不再满足预警", "Licence condition lapsed"},
        {"licence_condition_restored", "许可条件恢复满足", "Licence condition holds again"},
        // Hazardous workshops and 四超 (issue 15 §3).
        {"workshop_headcount", "登记危险工房现场人数", "Record a workshop's head count"},
        {"four_over_detected", "系统判定四超", "Four-over case found from the data"},
        {"four_over_cleared", "四超情形消除", "Four-over case cleared"},
        // One-vote veto (issue 15 §4).
        {"veto_apply", "一票否决评选申报", "Apply in a veto round"},
        {"veto_check", "一票否决审查", "Veto check of a round"},
        {"veto_confirm", "确认一票否决审查结果", "Confirm a veto round's results"},
        // People's qualifications (issue 15 §2).
        {"qualification_leave", "人员离岗", "Person left the post"},
        {"qualification_certificate_add", "登记人员证书", "Record a person's certificate"},
        {"qualification_certificate_revoke", "注销人员证书", "Revoke a person's certificate"},
        {"qualification_examination", "登记主要负责人/安全管理人员考核", "Record a principal's or safety manager's examination"},
        {"qualification_training", "登记培训记录", "Record training"},
        {"qualification_safety_department", "设置安全生产管理机构", "Set the safety department"},
        {"qualification_certificate_reminder", "证书到期提醒", "Certificate expiry reminder"},
        // Dishonesty list (issue 15 §4 严重失信主体名单).
        {"dishonesty_detected", "发现严重失信名单候选", "Dishonesty list candidate detected"},
        {"dishonesty_entered", "登记严重失信名单候选", "Dishonesty list candidate entered"},
        {"dishonesty_noticed", "列入严重失信名单事先告知", "Prior notice of listing"},
        {"dishonesty_defence", "记录陈述申辩", "Defence recorded"},
        {"dishonesty_decided", "作出列入严重失信名单决定", "Listing decision"},
        {"dishonesty_published", "公示严重失信名单", "Listing published"},
        {"dishonesty_dismissed", "不予列入严重失信名单", "Not listed"},
        {"dishonesty_expired", "严重失信名单期满移出", "Listing term ended"},
        {"dishonesty_repair_applied", "申请信用修复", "Credit repair applied for"},
        {"dishonesty_repair_approved", "同意信用修复（提前移出）", "Credit repair approved"},
        {"dishonesty_repair_refused", "不予同意信用修复", "Credit repair refused"},
        {"dishonesty_repair_revoked", "撤销信用修复", "Credit repair revoked"},
        {"dishonesty_accident_finding", "认定瞒报、谎报事故", "Accident found concealed or falsely reported"},
        {"dishonesty_defence_submitted", "企业提交陈述申辩", "Defence submitted by the enterprise"},
        {"request_capacity_change", "申请变更核定储量", "Request a rated capacity change"},  // issue 15 §1
    };
    for (auto h : hidden_danger::AllHiddenDangerActions())
      a.push_back({"transition:" + std::string(hidden_danger::HiddenDangerActionValue(h)),
                   "隐患" + std::string(hidden_danger::HiddenDangerActionLabelZh(h)),
                   "Hidden danger: " + std::string(hidden_danger::HiddenDangerActionLabelEn(h))});
    return a;
  }();
  return all;
}

const std::vector<CatalogueEntry>& AuditEntities() {
  static const std::vector<CatalogueEntry> all = {
      {"enterprise", "企业", "Enterprise"},
      {"responsibility", "责任人", "Responsibility"},
      {"region", "行政区划/功能区", "Region / zone"},
      {"user", "用户", "User"},
      {"agency", "监管机构", "Agency"},
      {"role", "角色", "Role"},
      {"security_policy", "安全策略", "Security policy"},
      {"session", "会话", "Session"},
      {"settings", "业务设置", "Business setting"},
      {"notice", "通知", "Notice"},
      {"notice_recipient", "收文", "Received notice"},
      {"file", "附件", "File"},
      {"audit_log", "审计日志", "Audit log"},
      {"store", "库房", "Store"},
      {"voucher", "出入库单", "Voucher"},
      {"stocktake", "盘点单", "Stocktake"},
      {"loss_incident", "丢失被盗事件", "Loss incident"},
      {"destruction_plan", "销毁方案", "Destruction plan"},
      {"package", "包装（箱/盒）", "Package"},
      {"hidden_danger", "隐患", "Hidden danger"},
      {"production_halt", "停产撤人", "Production halt"},
      {"enforcement_inspection", "执法检查", "Enforcement inspection"},
      {"enforcement_plan", "年度监督检查计划", "Annual enforcement plan"},
      {"checklist", "排查清单", "Checklist"},
      {"inspection_duty", "排查职责", "Inspection duty"},
      {"inspection_task", "排查任务", "Inspection task"},
      {"inspection_record", "排查记录", "Inspection record"},
      {"risk_object", "风险分析对象", "Risk object"},
      {"risk_unit", "风险分析单元", "Risk unit"},
      {"risk_event", "风险事件", "Risk event"},
      {"control_measure", "管控措施", "Control measure"},
      {"major_hazard", "重大危险源", "Major hazard"},
      {"risk_map", "风险四色图", "Risk map"},
      {"system", "系统", "System"},
      {"working_calendar", "节假日安排（工作日历）", "Working-day calendar"},
      {"accident", "事故和险情", "Accident"},  // issue 14 §4
      {"zero_report_period", "零报告期", "Zero-report period"},  // issue 14 §1
      {"product", "民爆物品品种", "Product"},
      {"hidden_danger_report", "隐患排查治理情况报告", "Hidden-danger report"},
      {"emergency_resource", "应急资源", "Emergency resource"},  // issue 14 §2
      {"emergency_plan", "应急预案", "Emergency plan"},  // issue 14 §2
      {"drill", "应急演练", "Emergency drill"},  // issue 14 §3
      {"duty_pattern", "值班班次设置", "Duty shift pattern"},  // issue 14 §1
      {"duty_shift", "值班班次", "Duty shift"},
      {"duty_swap", "换班申请", "Duty swap"},
      {"duty_coverage_alert", "值班空档预警", "Duty coverage alert"},
      {"duty_spot_check_round", "值班抽查", "Duty spot-check round"},  // issue 14 §1
      {"duty_spot_check_finding", "值班抽查问题", "Duty spot-check finding"},
      {"licence", "许可证", "Licence"},  // issue 15 §1
      {"licence_application", "许可申请", "Licence application"},
      {"safety_evaluation", "安全评价", "Safety evaluation"},
      {"licence_condition_alert", "许可条件预警", "Licence condition warning"},  // issue 15 §1
      {"workshop", "危险工房", "Hazardous workshop"},  // issue 15 §3
      {"four_over_case", "四超情形", "Four-over case"},
      {"veto_round", "一票否决评选批次", "Veto round"},  // issue 15 §4
      {"veto_application", "一票否决评选申报", "Veto round application"},
      {"qualified_person", "人员（资格）", "Person (qualifications)"},  // issue 15 §2
      {"person_certificate", "人员证书", "Person's certificate"},
      {"person_examination", "人员考核", "Person's examination"},
      {"training_record", "培训记录", "Training record"},
      {"safety_department", "安全生产管理机构", "Safety department"},
      {"dishonesty_entry", "严重失信主体名单", "Dishonesty list entry"},  // issue 15 §4
      {"accident_reporting_finding", "瞒报谎报事故认定", "Accident concealment finding"},
      {"store_capacity_request", "库房核定储量变更申请", "Store capacity change request"},  // issue 15 §1
  };
  return all;
}

}  // namespace anjian::audit
