#include "settings/business_settings_rules.hpp"

#include <algorithm>

#include "dual_prevention/risk/assessment_config_rules.hpp"
#include "dual_prevention/hidden_danger/escalation_json_rules.hpp"
#include "dual_prevention/hidden_danger_report/report_period_rules.hpp"
#include "explosives/loss_incident/loss_threshold_rules.hpp"
#include "explosives/overview/ledger_alerts_rules.hpp"
#include "emergency/accidents/accident_deadline_rules.hpp"
#include "emergency/resources/emergency_resource_rules.hpp"
#include "emergency/plans/plan_rules.hpp"
#include "emergency/drills/drill_frequency_rules.hpp"
#include "emergency/duty/duty_coverage_rules.hpp"
#include "emergency/duty/duty_shift_rules.hpp"
#include "emergency/spot_check/spot_check_rules.hpp"
#include "licensing/licences/licence_rules.hpp"
#include "licensing/licence_checks/licence_gate_rules.hpp"
#include "credit/veto/veto_rules.hpp"
#include "qualifications/people/qualification_rules.hpp"  // issue 15 §2
#include "credit/dishonesty_list/dishonesty_list_rules.hpp"

namespace anjian::settings {

namespace {

// Glues a config type's three domain functions into an entry.
template <class Config, class Parse, class ToJson>
BusinessSetting Entry(std::string key, std::string zh, std::string en, Config defaults,
                      Parse parse, ToJson to_json) {
  return BusinessSetting{
      std::move(key), std::move(zh), std::move(en),
      [defaults, to_json] { return to_json(defaults); },
      [parse, to_json](std::string_view text) -> Normalized {
        auto parsed = parse(text);
        if (auto* c = std::get_if<Config>(&parsed)) return to_json(*c);
        return std::get<std::vector<FieldError>>(std::move(parsed));
      }};
}

}  // namespace

const std::vector<BusinessSetting>& BusinessSettings() {
  static const std::vector<BusinessSetting> kSettings = {
      Entry("risk_assessment_config", "风险评价方法（LEC / LS）取值表和分级",
            "Risk assessment score tables and level bands (LEC / LS)",
            risk::DefaultAssessmentConfig(), risk::AssessmentConfigFromJson,
            risk::AssessmentConfigToJson),
      Entry("hidden_danger_escalation", "隐患整改期限提醒和逾期上报",
            "Hidden-danger deadline reminders and escalation",
            hidden_danger::DefaultEscalationConfig(), hidden_danger::EscalationConfigFromJson,
            hidden_danger::EscalationConfigToJson),
      Entry("ledger_alerts", "民爆台账预警阈值", "Civil-explosives ledger alert thresholds",
            overview::LedgerAlertConfig{}, overview::ParseLedgerAlertConfig,
            overview::LedgerAlertConfigToJson),
      Entry("loss_reporting", "民爆物品盘点短少立案丢失被盗的阈值",
            "Stocktake shortfalls reported as a loss of civil explosives",
            loss_incident::LossReportingConfig{}, loss_incident::ParseLossReportingConfig,
            loss_incident::LossReportingConfigToJson),
      // Issue 14 §4: 493号令 art. 9–13, 19, 29, 32; 山东省安全生产条例 art. 64–65; 工信部快报.
      Entry("accident_reporting", "事故信息报告时限（山东/全国）、续报和调查期限",
            "Accident reporting deadlines (Shandong / national), follow-ups and investigation",
            accidents::AccidentReportingConfig{}, accidents::ParseAccidentReportingConfig,
            accidents::AccidentReportingConfigToJson),
      Entry("hidden_danger_report_deadlines", "隐患排查治理情况报告（季度、年度）报送期限",
            "Deadlines of the quarterly and annual hidden-danger reports",
            hidden_danger_report::ReportDeadlineConfig{},
            hidden_danger_report::ParseReportDeadlineConfig,
            hidden_danger_report::ReportDeadlineConfigToJson),
      // Issue 14 §2: the days before an expiry or inspection date an emergency item is an alert.
      Entry("emergency_resource_alerts", "应急物资装备临期预警天数（有效期、检验日期）",
            "Emergency equipment and materials: days before expiry or inspection that alert",
            emergency_resources::ResourceAlertConfig{},
            emergency_resources::ParseResourceAlertConfig,
            emergency_resources::ResourceAlertConfigToJson),
      // Issue 14 §2: 88号令 (as amended by 应急管理部令第2号) art. 26 and 35.
      Entry("emergency_plans", "应急预案期限（备案、备案核对、评估周期）",
            "Emergency plan deadlines (filing, check, evaluation)", emergency_plans::PlanConfig{},
            emergency_plans::ParsePlanConfig, emergency_plans::PlanConfigToJson),
      // Issue 14 §3: 88号令 art. 33; 应急条例 art. 8; 山东省安全生产条例 art. 63.
      Entry("drill_frequency", "应急演练频次（山东条例第六十三条/全国预案管理办法第三十三条、应急条例第八条）",
            "Emergency drill frequency (Shandong art. 63 / national MEM order 2 art. 33, regulations art. 8)",
            drills::DrillFrequencyConfig{}, drills::ParseDrillFrequencyConfig,
            drills::DrillFrequencyConfigToJson),
      // Issue 14 §1: 应急条例 art. 14, 工信安函〔2011〕194号 (24-hour duty, leader on duty);
      // 14/7 days from the issue, 24 consecutive hours [U] (rules.md §12 gives no figure).
      Entry("duty_coverage", "值班覆盖检查（提前天数、预警天数、连续值班小时上限）",
            "Duty coverage check (days ahead, alert days, consecutive-hour limit)",
            duty::DutyCoverageConfig{}, duty::ParseDutyCoverageConfig,
            duty::DutyCoverageConfigToJson),
      // Issue 14 §1 (on shift): deployment choices, no national time limit (rules.md §12).
      Entry("duty_shift", "当班：签到时间窗口、迟到、未到岗提醒和交接班签收时限",
            "On shift: check-in window, lateness, absence alert and handover acknowledgement",
            duty::DutyShiftConfig{}, duty::ParseDutyShiftConfig, duty::DutyShiftConfigToJson),
      // Issue 14 §1 值班抽查: [U] no national rule; the deployment's answer period.
      Entry("duty_spot_check", "值班抽查整改说明期限（无全国统一规定，本部署默认 5 个工作日）",
            "Duty spot-check answer period (no national rule; this deployment: 5 working days)",
            spot_check::SpotCheckConfig{}, spot_check::ParseSpotCheckConfig,
            spot_check::SpotCheckConfigToJson),
      // Issue 15 §1: 安全生产许可证条例 art. 7 (45 days), art. 9 (3 years, 3 months before expiry);
      // reminders 90/30/7 days and the kinds beyond the three built in: the deployment's choice.
      Entry("licences", "许可证（有效期、延期申请提前期、审批期限、临期提醒、其他许可证类别）",
            "Licences (validity, renewal lead time, decision period, reminders, other kinds)",
            licences::LicenceConfig{}, licences::ParseLicenceConfig,
            licences::LicenceConfigToJson),
      // Issue 15 §1: 民用爆炸物品安全管理条例 art. 14, 20; 工信部安全〔2024〕234号 items 1 and 4.
      Entry("licence_gate", "出入库许可校验：无证、超许可品种或数量的生产入库、销售出库不予登记（条例第十四条、第二十条，234号第1、4项）",
            "Ledger licence gate: production and sales vouchers without a licence in force, or beyond its products or annual quantity, are refused (Regulations art. 14, 20; MIIT 234 items 1, 4)",
            licence_checks::LicenceGateConfig{}, licence_checks::ParseLicenceGateConfig,
            licence_checks::LicenceGateConfigToJson),
      // Issue 15 §4: 一票否决 — 83号 (seed 003 §3(5), 000 §2(5)); look-back [U], deployment's.
      Entry("veto", "一票否决审查（各类评选回溯期间、否决的事故等级和死亡人数、重大隐患未整改）",
            "One-vote veto (look-back per kind, vetoing accidents, unrectified major hidden dangers)",
            veto::VetoConfig{}, veto::ParseVetoConfig, veto::VetoConfigToJson),
      // Issue 15 §2: 234号 item 3 (6 months); reminders 60/30/7 days (issue 15); annual class hours
      // 《生产经营单位安全培训规定》art. 9, 13 (危险物品 units 16/20); storekeeper certificate
      // for two-person custody off by default (民用爆炸物品安全管理条例 art. 6).
      Entry("people_qualifications",
            "人员资格：任职考核期限（234号第三项，6个月）、证书到期提醒天数、年度培训学时（安全培训规定第九条、第十三条）、双人保管须持保管员证",
            "People's qualifications: examination period (MIIT 234 item 3, 6 months), certificate reminders, annual class hours (training rules art. 9, 13), storekeeper certificate for two-person custody",
            qualifications::QualificationConfig{}, qualifications::ParseQualificationConfig,
            qualifications::QualificationConfigToJson),
      // Issue 15 §4: 应急管理部令第11号 (term 3 years, repair after 12 months, 2 较大 in 12
      // months); 安全生产法 art. 78 (7 working days); defence period [U] 5 working days.
      Entry("dishonesty_list",
            "严重失信主体名单（11号令：管理期限3年、满12个月可信用修复、12个月内2起较大事故；"
            "安全生产法第七十八条：7个工作日内公示；陈述申辩期限无全国规定，默认5个工作日）",
            "Dishonesty list (MEM order 11: 3-year term, repair after 12 months, 2 larger "
            "accidents in 12 months; Work Safety Law art. 78: published within 7 working days; "
            "defence period: no national rule, default 5 working days)",
            dishonesty_list::DishonestyListConfig{}, dishonesty_list::ParseDishonestyListConfig,
            dishonesty_list::DishonestyListConfigToJson),
  };
  return kSettings;
}

const BusinessSetting* FindBusinessSetting(std::string_view key) {
  const auto& all = BusinessSettings();
  auto it = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.key == key; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace anjian::settings
