// How often an enterprise must drill its emergency plans (应急演练频次) and its compliance
// calendar, pure ("today" and the working-day calendar are parameters):
// - national minimum, 《生产安全事故应急预案管理办法》(88号令, 2号令修正) art. 33: at least one drill
//   of a 综合 or 专项 plan a year, at least one 现场处置方案 drill every half year;
// - 《生产安全事故应急条例》art. 8: units producing, trading or storing 危险物品 (civil explosives and
//   hazardous chemicals included) drill at least every half year and report the results to the
//   county-or-higher regulator;
// - 《山东省安全生产条例》art. 63 (the default of this deployment, Jining): 高危 units drill a 综合
//   or 专项 plan every half year, every 专项 plan at least once in 2 years and every 现场处置方案
//   every half year; other units yearly / every 3 years / yearly.
// Which regime applies follows from the enterprise's industry (high-risk: civil-explosives
// production and sales, hazardous chemicals). The numbers are the settings key `drill_frequency`.
//
// Periods of at most a year are calendar windows (上半年 1 Jan–30 Jun, 下半年 1 Jul–31 Dec; a
// year): a drill dated inside the window meets it. The window's last day is moved off a rest day
// (民法典 art. 203, calendar/) to give the due date. Longer periods (专项 every 2 or 3 years) roll:
// due that many months after the plan's last drill (or its publication).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "calendar/working_day_rules.hpp"
#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::drills {

struct DrillFrequencyConfig {
  std::int64_t shandong_rules = 1;  // 1: 山东省安全生产条例 art. 63; 0: national (88号令 + 应急条例)
  // Shandong art. 63, 高危 units (months)
  std::int64_t high_risk_general_months = 6;        // 综合 or 专项, every half year
  std::int64_t high_risk_special_each_months = 24;  // every 专项 plan within 2 years
  std::int64_t high_risk_onsite_each_months = 6;    // every 现场处置方案 every half year
  // Shandong art. 63, other units
  std::int64_t other_general_months = 12;
  std::int64_t other_special_each_months = 36;
  std::int64_t other_onsite_each_months = 12;
  // 88号令 art. 33 (national minimum)
  std::int64_t national_general_months = 12;
  std::int64_t national_onsite_months = 6;
  // 应急条例 art. 8 (危险物品 units)
  std::int64_t hazardous_any_months = 6;
  std::int64_t hazardous_report_required = 1;  // results reported to the regulator
};

std::vector<FieldError> ValidateDrillFrequencyConfig(const DrillFrequencyConfig& c);
std::string DrillFrequencyConfigToJson(const DrillFrequencyConfig& c);
std::variant<DrillFrequencyConfig, std::vector<FieldError>> ParseDrillFrequencyConfig(
    std::string_view text);
std::optional<DrillFrequencyConfig> DrillFrequencyConfigFromJson(std::string_view text);

// Plan kinds (glossary): comprehensive 综合应急预案, special 专项应急预案, onsite 现场处置方案.
bool IsPlanKind(std::string_view kind);
// Drill types: tabletop 桌面, functional 功能, full_scale 实战.
bool IsDrillType(std::string_view type);
std::string_view DrillTypeZh(std::string_view type);
std::string_view PlanKindZh(std::string_view kind);

// civil_explosives_production, civil_explosives_sales, hazardous_chemicals: 危险物品 units, 高危
// under Shandong art. 19 and 63.
bool IsHighRiskIndustry(std::string_view industry);
// The industries IsHighRiskIndustry names (for SQL: the regulator counts those without a plan).
const std::vector<std::string>& HighRiskIndustries();

enum class Regime { kShandongHighRisk, kShandongOther, kNationalHazardous, kNational };
Regime RegimeOf(std::string_view industry, const DrillFrequencyConfig& c);
std::string_view RegimeValue(Regime r);  // shandong_high_risk | shandong_other | national_hazardous | national
std::string_view RegimeZh(Regime r);
// Whether the drill's results must be reported to the regulator (应急条例 art. 8).
bool ReportRequired(std::string_view industry, const DrillFrequencyConfig& c);

// One requirement of the regime (what the UI lists with its source).
struct Requirement {
  std::string rule;  // general | onsite_any | onsite_each | special_each | any_drill
  std::int64_t months = 0;
  bool rolling = false;  // months > 12: due after the plan's last drill
  std::string text_zh, text_en, source_zh, source_en;
};
std::vector<Requirement> RequirementsOf(Regime r, const DrillFrequencyConfig& c);

struct PlanRef {
  std::int64_t id = 0;
  std::string kind, title;
  core::Date since;  // from when the plan is in force (publication)
};
struct DrillRef {
  std::int64_t id = 0;
  core::Date on;
  std::vector<std::int64_t> plan_ids;
};

struct Obligation {
  std::string rule;
  std::optional<std::int64_t> plan_id;  // per-plan rules (onsite_each, special_each)
  std::string plan_title;
  core::Date window_start, window_end;  // the drill must fall in [start, end]
  core::Date due;                       // window_end moved off a rest day (art. 203)
  std::string status;                   // done | done_late | due | late | upcoming
  std::optional<std::int64_t> drill_id;
  std::optional<core::Date> done_on;
  std::int64_t days_late = 0;  // done_late: done_on − due; late: today − due
  std::int64_t days_left = 0;  // due: due − today
  std::string source_zh, source_en;
};

struct Compliance {
  Regime regime = Regime::kNational;
  std::vector<Obligation> items;  // by due date, then rule
  std::int64_t done = 0, done_late = 0, due = 0, late = 0, upcoming = 0;
  std::int64_t max_days_late = 0;  // over the outstanding (late) ones
};

// The obligations whose window overlaps calendar year `year`, each with its status on `today`.
// A rule on a plan kind applies only when the enterprise has such a plan, and a window only
// when the plan (the earliest one of the kinds the rule counts) was in force by its last day: a
// plan in force during a half-year is drilled in it.
Compliance ComplianceOf(std::string_view industry, const std::vector<PlanRef>& plans,
                        const std::vector<DrillRef>& drills, int year, const core::Date& today,
                        const DrillFrequencyConfig& c, const calendar::WorkingCalendar& cal);

// `d` plus `months` calendar months (the day clipped to the month's last day).
core::Date AddMonths(const core::Date& d, std::int64_t months);

}  // namespace anjian::drills
