#include "emergency/plans/plan_rules.hpp"

#include <cstdio>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"

namespace anjian::emergency_plans {

namespace {

const std::vector<core::FlatField<PlanConfig>>& Fields() {
  static const std::vector<core::FlatField<PlanConfig>> kFields = {
      {"filing_working_days", &PlanConfig::filing_working_days},
      {"check_working_days", &PlanConfig::check_working_days},
      {"evaluation_years", &PlanConfig::evaluation_years},
      {"evaluation_warning_days", &PlanConfig::evaluation_warning_days},
  };
  return kFields;
}

struct CauseDef {
  RevisionCause cause;
  std::string_view value, zh, en;
};
constexpr CauseDef kCauses[] = {
    {RevisionCause::kLawChanged, "law_changed", "依据的法律法规、规章、标准或上位预案发生重大变化",
     "the laws, rules, standards or higher-level plans it relies on changed materially"},
    {RevisionCause::kCommandChanged, "command_changed", "应急指挥机构及其职责发生调整",
     "the emergency command body or its duties changed"},
    {RevisionCause::kRisksChanged, "risks_changed", "安全生产面临的风险发生重大变化",
     "the risks changed materially"},
    {RevisionCause::kResourcesChanged, "resources_changed", "重要应急资源发生重大变化",
     "key emergency resources changed materially"},
    {RevisionCause::kDrillOrResponse, "drill_or_response",
     "在应急演练和事故应急救援中发现需要修订预案的重大问题",
     "a drill or a real response revealed a major problem"},
    {RevisionCause::kUnitDecision, "unit_decision", "编制单位认为应当修订的其他情况",
     "the issuing unit decided to revise"},
};

PlanDeadline Finish(PlanDeadline d, const core::Date& today) {
  const core::Date until = d.done_on ? *d.done_on : today;
  const std::int64_t over = core::DaysBetween(d.due, until);
  d.late = over > 0;
  d.days_late = over > 0 ? over : 0;
  return d;
}

}  // namespace

std::string_view PlanKindValue(PlanKind k) {
  switch (k) {
    case PlanKind::kComprehensive: return "comprehensive";
    case PlanKind::kSpecial: return "special";
    case PlanKind::kOnsite: return "onsite";
  }
  return "comprehensive";
}

std::string_view PlanKindLabelZh(PlanKind k) {
  switch (k) {
    case PlanKind::kComprehensive: return "综合应急预案";
    case PlanKind::kSpecial: return "专项应急预案";
    case PlanKind::kOnsite: return "现场处置方案";
  }
  return "";
}

std::optional<PlanKind> ParsePlanKind(std::string_view v) {
  for (auto k : {PlanKind::kComprehensive, PlanKind::kSpecial, PlanKind::kOnsite})
    if (PlanKindValue(k) == v) return k;
  return std::nullopt;
}

const std::vector<PlanStatus>& AllPlanStatuses() {
  static const std::vector<PlanStatus> kAll = {
      PlanStatus::kDraft,    PlanStatus::kPublished, PlanStatus::kFilingSubmitted,
      PlanStatus::kReturned, PlanStatus::kFiled,     PlanStatus::kRevisionRequired};
  return kAll;
}

std::string_view PlanStatusValue(PlanStatus s) {
  switch (s) {
    case PlanStatus::kDraft: return "draft";
    case PlanStatus::kPublished: return "published";
    case PlanStatus::kFilingSubmitted: return "filing_submitted";
    case PlanStatus::kReturned: return "returned";
    case PlanStatus::kFiled: return "filed";
    case PlanStatus::kRevisionRequired: return "revision_required";
  }
  return "draft";
}

std::string_view PlanStatusLabelZh(PlanStatus s) {
  switch (s) {
    case PlanStatus::kDraft: return "编制中";
    case PlanStatus::kPublished: return "已发布待备案";
    case PlanStatus::kFilingSubmitted: return "备案审核中";
    case PlanStatus::kReturned: return "备案退回";
    case PlanStatus::kFiled: return "已备案";
    case PlanStatus::kRevisionRequired: return "需修订";
  }
  return "";
}

std::optional<PlanStatus> ParsePlanStatus(std::string_view v) {
  for (auto s : AllPlanStatuses())
    if (PlanStatusValue(s) == v) return s;
  return std::nullopt;
}

bool CanAddVersion(PlanStatus s) {
  return s == PlanStatus::kDraft || s == PlanStatus::kPublished || s == PlanStatus::kReturned ||
         s == PlanStatus::kRevisionRequired;
}
bool CanReview(PlanStatus s) { return s == PlanStatus::kDraft; }
bool CanPublish(PlanStatus s) { return s == PlanStatus::kDraft; }
bool CanSubmitFiling(PlanStatus s) {
  return s == PlanStatus::kPublished || s == PlanStatus::kReturned;
}
bool CanDecideFiling(PlanStatus s) { return s == PlanStatus::kFilingSubmitted; }
bool CanEvaluate(PlanStatus s) {
  return s == PlanStatus::kPublished || s == PlanStatus::kFilingSubmitted ||
         s == PlanStatus::kReturned || s == PlanStatus::kFiled;
}
bool CanEdit(PlanStatus s) { return s == PlanStatus::kDraft; }

std::string_view ReviewKindValue(ReviewKind k) {
  return k == ReviewKind::kReview ? "review" : "demonstration";
}
std::string_view ReviewKindLabelZh(ReviewKind k) {
  return k == ReviewKind::kReview ? "评审" : "论证";
}
ReviewKind ReviewKindForIndustry(std::string_view industry) {
  return industry == "civil_explosives_production" || industry == "civil_explosives_sales" ||
                 industry == "hazardous_chemicals"
             ? ReviewKind::kReview
             : ReviewKind::kDemonstration;
}

const std::vector<RevisionCause>& AllRevisionCauses() {
  static const std::vector<RevisionCause> kAll = [] {
    std::vector<RevisionCause> v;
    for (const auto& c : kCauses) v.push_back(c.cause);
    return v;
  }();
  return kAll;
}

std::string_view RevisionCauseValue(RevisionCause c) {
  for (const auto& d : kCauses)
    if (d.cause == c) return d.value;
  return "";
}
std::string_view RevisionCauseLabelZh(RevisionCause c) {
  for (const auto& d : kCauses)
    if (d.cause == c) return d.zh;
  return "";
}
std::string_view RevisionCauseLabelEn(RevisionCause c) {
  for (const auto& d : kCauses)
    if (d.cause == c) return d.en;
  return "";
}
std::optional<RevisionCause> ParseRevisionCause(std::string_view v) {
  for (const auto& d : kCauses)
    if (d.value == v) return d.cause;
  return std::nullopt;
}

std::pair<std::string, std::string> RevisionCauseLists() {
  std::string en, zh;
  for (const auto& d : kCauses) {
    en += (en.empty() ? "" : ", ") + std::string(d.value);
    zh += (zh.empty() ? "" : "、") + std::string(d.value) + "（" + std::string(d.zh) + "）";
  }
  return {en, zh};
}

bool IsRevisionSourceKind(std::string_view v) {
  return v == "drill" || v == "response" || v == "enterprise" || v == "evaluation" ||
         v == "manual";
}

std::vector<FieldError> ValidatePlanConfig(const PlanConfig& c) {
  std::vector<FieldError> errors;
  auto range = [&](const char* field, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi) errors.push_back(core::CoreErr("range").At(field, lo, hi));
  };
  range("filing_working_days", c.filing_working_days, 1, 120);
  range("check_working_days", c.check_working_days, 1, 60);
  range("evaluation_years", c.evaluation_years, 1, 10);
  range("evaluation_warning_days", c.evaluation_warning_days, 0, 365);
  return errors;
}

std::string PlanConfigToJson(const PlanConfig& c) { return core::FlatConfigToJson(c, Fields()); }

std::variant<PlanConfig, std::vector<FieldError>> ParsePlanConfig(std::string_view text) {
  PlanConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidatePlanConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

PlanDeadline FilingDeadline(const core::Date& published_on,
                            const std::optional<core::Date>& first_submitted_on,
                            const core::Date& today, const PlanConfig& c,
                            const calendar::WorkingCalendar& cal) {
  PlanDeadline d;
  d.due = calendar::CountWorkingDays(published_on, c.filing_working_days, cal);
  d.done_on = first_submitted_on;
  const std::string n = std::to_string(c.filing_working_days);
  d.source_zh = "《生产安全事故应急预案管理办法》（88号令，应急管理部令第2号修正）第二十六条：预案公布之日起" +
                n + "个工作日内备案（业务参数“应急预案期限”；工作日按节假日安排计算）";
  d.source_en = "Emergency Plan Measures (SAWS Order 88 as amended by MEM Order 2) art. 26: file within " +
                n + " working days of publication (business setting \"Emergency plan deadlines\"; "
                "working days per the holiday calendar)";
  return Finish(d, today);
}

CheckDeadline FilingCheckDeadline(const core::Date& submitted_on,
                                  const std::optional<core::Date>& decided_on,
                                  const core::Date& today, const PlanConfig& c,
                                  const calendar::WorkingCalendar& cal) {
  CheckDeadline out;
  PlanDeadline& d = out.deadline;
  d.due = calendar::CountWorkingDays(submitted_on, c.check_working_days, cal);
  d.done_on = decided_on;
  const std::string n = std::to_string(c.check_working_days);
  d.source_zh = "《生产安全事故应急预案管理办法》第二十六条：受理部门" + n +
                "个工作日内核对，逾期未予备案又未说明理由的，视为已备案（业务参数“应急预案期限”）";
  d.source_en = "Emergency Plan Measures art. 26: the receiving department checks within " + n +
                " working days; without a decision or reasons by then the plan counts as filed "
                "(business setting \"Emergency plan deadlines\")";
  d = Finish(d, today);
  out.deemed_filed = !decided_on && core::DaysBetween(d.due, today) > 0;
  return out;
}

core::Date AddYears(const core::Date& d, std::int64_t years) {
  core::Date r{static_cast<int>(d.year + years), d.month, d.day};
  if (!core::IsValidDate(r)) r.day = core::DaysInMonth(r.year, r.month);
  return r;
}

EvaluationDue EvaluationDeadline(const core::Date& published_on,
                                 const std::optional<core::Date>& last_evaluated_on,
                                 const core::Date& today, const PlanConfig& c) {
  EvaluationDue out;
  core::Date base = published_on;
  if (last_evaluated_on && core::DaysBetween(base, *last_evaluated_on) > 0)
    base = *last_evaluated_on;
  PlanDeadline& d = out.deadline;
  d.due = AddYears(base, c.evaluation_years);
  const std::string n = std::to_string(c.evaluation_years);
  d.source_zh = "《生产安全事故应急预案管理办法》第三十五条：危险物品等单位每" + n +
                "年进行一次应急预案评估（自发布或上次评估之日起；业务参数“应急预案期限”）";
  d.source_en = "Emergency Plan Measures art. 35: an evaluation every " + n +
                " years (from the publication or the last evaluation; business setting "
                "\"Emergency plan deadlines\")";
  d = Finish(d, today);
  out.due_soon = core::DaysBetween(today, d.due) <= c.evaluation_warning_days;
  return out;
}

std::string FilingNumber(std::string_view region_code, int year, std::int64_t seq) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(seq));
  return std::string(region_code) + "-" + std::to_string(year) + "-" + buf;
}

namespace {
struct StandingName {
  PlanStanding value;
  std::string_view code, zh, en;
  int rank;  // higher is nearer to current
};
constexpr StandingName kStandings[] = {
    {PlanStanding::kCurrent, "current", "综合应急预案已备案且有效", "comprehensive plan filed and current", 5},
    {PlanStanding::kNoPlan, "no_plan", "无综合应急预案", "no comprehensive emergency plan", 0},
    {PlanStanding::kNotPublished, "not_published", "综合应急预案未签署发布", "comprehensive plan not published", 1},
    {PlanStanding::kNotFiled, "not_filed", "综合应急预案未备案", "comprehensive plan not filed", 3},
    {PlanStanding::kRevisionRequired, "revision_required", "综合应急预案需修订", "comprehensive plan requires revision", 2},
    {PlanStanding::kEvaluationOverdue, "evaluation_overdue", "综合应急预案评估逾期", "comprehensive plan evaluation overdue", 4},
};
const StandingName& FindStanding(PlanStanding s) {
  for (const auto& n : kStandings)
    if (n.value == s) return n;
  return kStandings[0];
}
}  // namespace

std::string_view PlanStandingValue(PlanStanding s) { return FindStanding(s).code; }
std::string_view PlanStandingLabelZh(PlanStanding s) { return FindStanding(s).zh; }
std::string_view PlanStandingLabelEn(PlanStanding s) { return FindStanding(s).en; }

PlanStanding BetterStanding(PlanStanding a, PlanStanding b) {
  return FindStanding(a).rank >= FindStanding(b).rank ? a : b;
}

PlanStanding StandingOf(const PlanStandingFacts& f, const core::Date& today, const PlanConfig& c,
                        const calendar::WorkingCalendar& cal) {
  const auto status = ParsePlanStatus(f.status);
  if (!status) return PlanStanding::kNoPlan;
  if (*status == PlanStatus::kRevisionRequired) return PlanStanding::kRevisionRequired;
  if (*status == PlanStatus::kDraft || !f.published_on) return PlanStanding::kNotPublished;
  bool filed = *status == PlanStatus::kFiled;
  if (!filed && *status == PlanStatus::kFilingSubmitted && f.pending_submitted_on)
    filed = FilingCheckDeadline(*f.pending_submitted_on, std::nullopt, today, c, cal).deemed_filed;
  if (!filed) return PlanStanding::kNotFiled;
  if (EvaluationDeadline(*f.published_on, f.last_evaluated_on, today, c).deadline.late)
    return PlanStanding::kEvaluationOverdue;
  return PlanStanding::kCurrent;
}

}  // namespace anjian::emergency_plans
