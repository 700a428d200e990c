// Where an open hidden danger stands against its rectification deadline: reminders before it,
// then escalation first to the owner's superior in the enterprise and later to the supervising
// regulator. The day counts are not fixed by any regulation found (rules.md), so they are
// configuration; the defaults are placeholders to confirm with the users.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/civil_date.hpp"

namespace anjian::hidden_danger {

struct EscalationConfig {
  // Remind while at most this many days remain (0: on the deadline day only).
  int reminder_days_before = 3;
  // Escalate to the owner's superior once at least this many days overdue (1: the day after).
  int superior_after_days_overdue = 1;
  // Escalate to the supervising regulator once at least this many days overdue.
  int regulator_after_days_overdue = 7;
  // Assessment (评估定级) of a reported hidden danger: due this many hours after the report
  // ([U] in rules.md: no regulation found names the period; 24 h is the default).
  int assessment_hours = 24;
  // Remind the enterprise's managers while at most this many hours remain (0: none).
  int assessment_reminder_hours = 4;
  // Once overdue the principals are told at once; the supervising regulator once overdue by
  // at least this many hours.
  int assessment_regulator_after_hours = 24;
  // The assessment period applies to reports made on or after this China date ("YYYY-MM-DD"):
  // older reports (made before the rule existed) are never chased. Empty: the day the rule was
  // introduced on this deployment (the day migration V032 ran; LoadEscalationConfig fills it in).
  std::string assessment_applies_from;
};

EscalationConfig DefaultEscalationConfig();

// Rules: reminder_days_invalid (field "reminder_days_before", 0-365), superior_days_invalid
// ("superior_after_days_overdue", 1-365), regulator_days_invalid
// ("regulator_after_days_overdue", 1-365) and regulator_days_order (the same field, not later
// than the superior step: the issue orders the superior first, then the regulator);
// assessment_hours_invalid ("assessment_hours", 1-720), assessment_reminder_hours_invalid
// ("assessment_reminder_hours", 0 to assessment_hours - 1) and assessment_regulator_hours_invalid
// ("assessment_regulator_after_hours", 1-720); core date_invalid ("assessment_applies_from":
// empty or a real date YYYY-MM-DD).
std::vector<FieldError> ValidateEscalationConfig(const EscalationConfig& config);

enum class EscalationStage { kNone, kReminder, kEscalateSuperior, kEscalateRegulator };

const std::vector<EscalationStage>& AllEscalationStages();
// none | reminder | escalate_superior | escalate_regulator
std::string_view EscalationStageValue(EscalationStage stage);
std::optional<EscalationStage> ParseEscalationStage(std::string_view value);
std::string_view EscalationStageLabelZh(EscalationStage stage);
std::string_view EscalationStageLabelEn(EscalationStage stage);

struct DeadlineStatus {
  bool overdue = false;            // the deadline day has passed (the day itself is not overdue)
  std::int64_t days_overdue = 0;   // today - deadline when overdue, else 0
  std::int64_t days_remaining = 0; // deadline - today when not overdue, else 0
  EscalationStage stage = EscalationStage::kNone;
};

// For open hidden dangers only: the caller passes the effective deadline (EffectiveDeadline in
// hidden_danger_fsm_rules.hpp) and skips closed and dismissed ones. Overdue but short of the superior
// step gives overdue = true with stage none.
DeadlineStatus EvaluateDeadline(const core::Date& deadline, const core::Date& today,
                                const EscalationConfig& config);
// The same on "YYYY-MM-DD" text; rules deadline_invalid (field "deadline") and today_invalid
// (field "today").
std::variant<DeadlineStatus, std::vector<FieldError>> EvaluateDeadline(
    std::string_view deadline, std::string_view today, const EscalationConfig& config);

// Where a reported, not yet assessed hidden danger stands against its assessment period. Times
// are unix seconds from the caller's clock; `due` = reported_at + assessment_hours. Not overdue
// up to and including `due`; reminder while at most assessment_reminder_hours remain; overdue:
// escalate_superior at once, escalate_regulator once overdue by assessment_regulator_after_hours.
struct AssessmentStatus {
  std::int64_t due = 0;
  bool overdue = false;
  std::int64_t seconds_overdue = 0;    // now - due when overdue, else 0
  std::int64_t seconds_remaining = 0;  // due - now when not overdue, else 0
  EscalationStage stage = EscalationStage::kNone;
};
AssessmentStatus EvaluateAssessment(std::int64_t reported_at, std::int64_t now,
                                    const EscalationConfig& config);
// The first instant (unix seconds, 00:00 China time of assessment_applies_from) whose reports
// the assessment period applies to; nullopt when the date is empty or not a date (no cut-off).
std::optional<std::int64_t> AssessmentAppliesFromInstant(const EscalationConfig& config);
// Whether a report made at `reported_at` is chased for its assessment.
bool AssessmentPeriodApplies(std::int64_t reported_at, const EscalationConfig& config);

}  // namespace anjian::hidden_danger
