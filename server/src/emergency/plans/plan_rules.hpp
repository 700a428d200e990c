// Emergency plans (应急预案): kinds, states and their transitions, the review an enterprise's
// industry calls for, the revision triggers, and the deadlines — 生产安全事故应急预案管理办法
// (原安监总局令第88号, as amended by 应急管理部令第2号, 2019). Pure: "today" and the working-day
// calendar come from the caller.
//
// - Art. 21–22: 民爆 and hazardous-chemicals units (易燃易爆物品、危险化学品) hold a formal 评审
//   with written minutes; other units a 论证. Reviewers with a conflict of interest withdraw.
// - Art. 24: the principal (主要负责人) signs and publishes the plan.
// - Art. 26: 备案 within 20 working days of publication; the receiving department checks within
//   5 working days, after which the plan counts as filed.
// - Art. 35: 评估 every 3 years.
// - Art. 36: six revision triggers put the plan into "revision required".
// Every number is the business setting `emergency_plans` (Shandong follows the national text).
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

namespace anjian::emergency_plans {

enum class PlanKind { kComprehensive, kSpecial, kOnsite };
std::string_view PlanKindValue(PlanKind k);    // comprehensive | special | onsite
std::string_view PlanKindLabelZh(PlanKind k);  // 综合应急预案 | 专项应急预案 | 现场处置方案
std::optional<PlanKind> ParsePlanKind(std::string_view v);

// draft → published → filing_submitted → filed | returned (→ filing_submitted again);
// any state → revision_required (art. 36) → draft (a new version) → …
enum class PlanStatus { kDraft, kPublished, kFilingSubmitted, kReturned, kFiled, kRevisionRequired };
std::string_view PlanStatusValue(PlanStatus s);
std::string_view PlanStatusLabelZh(PlanStatus s);
std::optional<PlanStatus> ParsePlanStatus(std::string_view v);
const std::vector<PlanStatus>& AllPlanStatuses();

// A new version (document, risk assessment, resource survey): while drafting, before filing, after
// a return or when a revision is required — not while the regulator checks it, not once filed
// (a filed plan changes only through a revision trigger, art. 36).
bool CanAddVersion(PlanStatus s);
bool CanReview(PlanStatus s);         // draft (with a version)
bool CanPublish(PlanStatus s);        // draft (with a version reviewed)
bool CanSubmitFiling(PlanStatus s);   // published | returned
bool CanDecideFiling(PlanStatus s);   // filing_submitted
bool CanEvaluate(PlanStatus s);       // published | filing_submitted | returned | filed
bool CanEdit(PlanStatus s);           // draft (title, kind)

// Art. 21: 评审 (review) for 民爆 and hazardous chemicals; 论证 (demonstration) otherwise.
enum class ReviewKind { kReview, kDemonstration };
std::string_view ReviewKindValue(ReviewKind k);    // review | demonstration
std::string_view ReviewKindLabelZh(ReviewKind k);  // 评审 | 论证
ReviewKind ReviewKindForIndustry(std::string_view industry);  // registry industry value

// Art. 36 (应急条例 art. 6 has the same list).
enum class RevisionCause {
  kLawChanged,         // (一) laws, rules, standards or higher-level plans changed materially
  kCommandChanged,     // (二) the command body or its duties changed (e.g. a new principal)
  kRisksChanged,       // (三) the risks changed materially
  kResourcesChanged,   // (四) key emergency resources changed materially
  kDrillOrResponse,    // (五) a drill or a real response revealed a major problem
  kUnitDecision,       // (六) the issuing unit decided to revise
};
std::string_view RevisionCauseValue(RevisionCause c);
std::string_view RevisionCauseLabelZh(RevisionCause c);
std::string_view RevisionCauseLabelEn(RevisionCause c);
std::optional<RevisionCause> ParseRevisionCause(std::string_view v);
const std::vector<RevisionCause>& AllRevisionCauses();
// "drill_or_response, …" and "drill_or_response（演练或实战暴露重大问题）、…" for kind_invalid.
std::pair<std::string, std::string> RevisionCauseLists();

// Where a trigger came from: drill | response (a real emergency response) | enterprise (the
// registry: principal changed) | evaluation | manual (a user named the cause).
bool IsRevisionSourceKind(std::string_view v);

struct PlanConfig {
  std::int64_t filing_working_days = 20;       // art. 26
  std::int64_t check_working_days = 5;         // art. 26
  std::int64_t evaluation_years = 3;           // art. 35
  std::int64_t evaluation_warning_days = 90;   // deployment's choice: shown "due" this early
};
std::vector<FieldError> ValidatePlanConfig(const PlanConfig& c);
std::string PlanConfigToJson(const PlanConfig& c);
std::variant<PlanConfig, std::vector<FieldError>> ParsePlanConfig(std::string_view text);

// A deadline as shown: its last day, whether and when it was met, days late, and its source.
struct PlanDeadline {
  core::Date due;
  std::optional<core::Date> done_on;
  std::int64_t days_late = 0;   // calendar days after `due` (done or, if not done, today)
  bool late = false;
  std::string source_zh, source_en;
};

// 备案: `filing_working_days` working days after publication (art. 201: the day itself does not
// count), met by the first submission of that publication's filing package.
PlanDeadline FilingDeadline(const core::Date& published_on,
                            const std::optional<core::Date>& first_submitted_on,
                            const core::Date& today, const PlanConfig& c,
                            const calendar::WorkingCalendar& cal);
// The regulator's check: `check_working_days` working days after the submission; met by the
// decision. `deemed_filed` once it has passed without a decision.
struct CheckDeadline {
  PlanDeadline deadline;
  bool deemed_filed = false;
};
CheckDeadline FilingCheckDeadline(const core::Date& submitted_on,
                                  const std::optional<core::Date>& decided_on,
                                  const core::Date& today, const PlanConfig& c,
                                  const calendar::WorkingCalendar& cal);
// 评估: `evaluation_years` years after the later of the publication and the last evaluation
// (29 February → 28 February); `due_soon` within evaluation_warning_days of it.
struct EvaluationDue {
  PlanDeadline deadline;
  bool due_soon = false;
};
EvaluationDue EvaluationDeadline(const core::Date& published_on,
                                 const std::optional<core::Date>& last_evaluated_on,
                                 const core::Date& today, const PlanConfig& c);
core::Date AddYears(const core::Date& d, std::int64_t years);

// Whether an enterprise's comprehensive plan is "filed and current" (备案且有效) — the condition a
// licence (安全生产许可证条例 art. 6(十三)) and the veto read: filed, or deemed filed once the
// regulator's check period passed without a decision (art. 26); not in revision (art. 36); its
// evaluation not overdue (art. 35). The first failing reason, in this order.
enum class PlanStanding {
  kCurrent,
  kNoPlan,             // no comprehensive plan at all
  kNotPublished,       // drafted only
  kNotFiled,           // published (or returned) and not filed
  kRevisionRequired,   // an art. 36 trigger
  kEvaluationOverdue,  // art. 35
};
std::string_view PlanStandingValue(PlanStanding s);  // current | no_plan | not_published | …
std::string_view PlanStandingLabelZh(PlanStanding s);
std::string_view PlanStandingLabelEn(PlanStanding s);
struct PlanStandingFacts {
  std::string status;                          // PlanStatus value
  std::optional<core::Date> published_on;
  std::optional<core::Date> pending_submitted_on;  // a filing of this publication awaiting the check
  std::optional<core::Date> last_evaluated_on;
};
PlanStanding StandingOf(const PlanStandingFacts& f, const core::Date& today, const PlanConfig& c,
                        const calendar::WorkingCalendar& cal);
// Of several comprehensive plans, the best standing counts: current, then evaluation overdue,
// not filed (a new publication on its way), revision required, not published, no plan.
PlanStanding BetterStanding(PlanStanding a, PlanStanding b);

// The filing number a regulator issues: "<region code>-<year>-<seq, 4 digits>" (e.g.
// 370811-2026-0007), counted per issuing agency's region and year.
std::string FilingNumber(std::string_view region_code, int year, std::int64_t seq);

}  // namespace anjian::emergency_plans
