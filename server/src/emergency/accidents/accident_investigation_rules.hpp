// Accident investigation (事故调查, 493号令 art. 19, 29, 32), pure ("today"/"now" are parameters):
// which level leads by grade (InvestigationOf in accident_deadline_rules: 一般 county, 较大 city,
// 重大 province, 特别重大 State Council), which agency level may record the investigation here (the
// leading level or above; the province records a State Council investigation it takes part in),
// the extension (at most investigation_extension_max_days, with a reason) and the state of the two
// deadlines — the report within 60 (+ extension) days of the accident, the approval (批复) within
// 15 days of the report (30 for 特别重大) — counted as the law counts days (民法典 art. 201–203).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "emergency/accidents/accident_deadline_rules.hpp"

namespace anjian::accidents {

// county 1, city 2, province 3, state_council 4; 0 for anything else.
int InvestigationLevelRank(std::string_view level);
// The agency at `agency_level` (county | city | province) may record an investigation led at
// `leader` (county | city | province | state_council).
bool MayRecordInvestigation(std::string_view leader, std::string_view agency_level);

// Kinds of an investigation finding. emergency_response: the rescue revealed a major problem of
// the enterprise's emergency plans (88号令 art. 36(五)) — recording it puts every plan in force into
// "revision required" (source response, the accident).
inline constexpr std::string_view kFindingKinds[] = {"direct_cause", "indirect_cause", "violation",
                                                     "management", "emergency_response"};
bool IsFindingKind(std::string_view kind);
inline constexpr std::string_view kFindingKindsEn =
    "direct_cause, indirect_cause, violation, management, emergency_response";
inline constexpr std::string_view kFindingKindsZh =
    "直接原因、间接原因、违法违规行为、管理缺陷、应急处置暴露预案问题";

struct DeadlineState {
  std::int64_t due_at = 0;        // 24:00 China time of the last day
  std::string status;             // done | late_done | pending | overdue
  std::int64_t late_days = 0;     // whole days late (done late, or open past due at now)
};
struct InvestigationDeadlines {
  InvestigationPlan plan;
  DeadlineState report;
  std::optional<DeadlineState> approval;  // once the report is submitted
};
// `report_submitted_on` / `approved_on`: "YYYY-MM-DD" or "" (not yet). The caller validated them.
InvestigationDeadlines EvaluateInvestigation(Grade grade, std::int64_t occurred_at,
                                             std::int64_t extension_days,
                                             const std::string& report_submitted_on,
                                             const std::string& approved_on,
                                             const AccidentReportingConfig& c, std::int64_t now);

// The record's own rules, each error naming its field: extension 0..max with a reason when > 0,
// the report not before the accident's day nor after today, the approval needing a report and
// not before it nor after today. Dates are "YYYY-MM-DD" (date_invalid otherwise).
struct InvestigationDates {
  std::int64_t extension_days = 0;
  std::string extension_reason, started_on, report_submitted_on, approved_on;
};
std::vector<FieldError> CheckInvestigation(const InvestigationDates& d, std::int64_t occurred_at,
                                           const AccidentReportingConfig& c, std::int64_t now);

}  // namespace anjian::accidents
