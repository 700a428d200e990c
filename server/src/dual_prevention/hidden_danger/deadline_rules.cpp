#include "dual_prevention/hidden_danger/deadline_rules.hpp"

#include <algorithm>
#include <string>

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"

namespace anjian::hidden_danger {
namespace {

struct StageInfo {
  EscalationStage stage;
  std::string_view value, label_zh, label_en;
};

constexpr StageInfo kStageInfo[] = {
    {EscalationStage::kNone, "none", "无", "None"},
    {EscalationStage::kReminder, "reminder", "临期提醒", "Reminder"},
    {EscalationStage::kEscalateSuperior, "escalate_superior", "逾期上报上级",
     "Escalated to the superior"},
    {EscalationStage::kEscalateRegulator, "escalate_regulator", "逾期上报监管部门",
     "Escalated to the regulator"},
};

const StageInfo& Info(EscalationStage s) {
  for (const auto& info : kStageInfo) {
    if (info.stage == s) return info;
  }
  return kStageInfo[0];
}

constexpr int kMaxDays = 365;

void CheckRange(int value, int min, const char* field, const core::Rule& rule,
                std::vector<FieldError>& errors) {
  if (value < min || value > kMaxDays) errors.push_back(rule.At(field, min, kMaxDays, value));
}

}  // namespace

EscalationConfig DefaultEscalationConfig() { return {}; }

std::vector<FieldError> ValidateEscalationConfig(const EscalationConfig& c) {
  std::vector<FieldError> errors;
  CheckRange(c.reminder_days_before, 0, "reminder_days_before", Err("reminder_days_invalid"),
             errors);
  CheckRange(c.superior_after_days_overdue, 1, "superior_after_days_overdue",
             Err("superior_days_invalid"), errors);
  const std::size_t before = errors.size();
  CheckRange(c.regulator_after_days_overdue, 1, "regulator_after_days_overdue",
             Err("regulator_days_invalid"), errors);
  if (errors.size() == before && c.regulator_after_days_overdue <= c.superior_after_days_overdue)
    errors.push_back(Err("regulator_days_order").At("regulator_after_days_overdue"));
  constexpr int kMaxHours = 720;
  if (c.assessment_hours < 1 || c.assessment_hours > kMaxHours)
    errors.push_back(
        Err("assessment_hours_invalid").At("assessment_hours", 1, kMaxHours, c.assessment_hours));
  const int max_reminder = std::max(0, std::min(c.assessment_hours, kMaxHours) - 1);
  if (c.assessment_reminder_hours < 0 || c.assessment_reminder_hours > max_reminder)
    errors.push_back(Err("assessment_reminder_hours_invalid")
                         .At("assessment_reminder_hours", 0, max_reminder,
                             c.assessment_reminder_hours));
  if (c.assessment_regulator_after_hours < 1 || c.assessment_regulator_after_hours > kMaxHours)
    errors.push_back(Err("assessment_regulator_hours_invalid")
                         .At("assessment_regulator_after_hours", 1, kMaxHours,
                             c.assessment_regulator_after_hours));
  if (!c.assessment_applies_from.empty() && !core::ParseIsoDate(c.assessment_applies_from))
    errors.push_back(core::CoreErr("date_invalid").At("assessment_applies_from"));
  return errors;
}

const std::vector<EscalationStage>& AllEscalationStages() {
  static const std::vector<EscalationStage> kAll = {
      EscalationStage::kNone, EscalationStage::kReminder, EscalationStage::kEscalateSuperior,
      EscalationStage::kEscalateRegulator};
  return kAll;
}

std::string_view EscalationStageValue(EscalationStage s) { return Info(s).value; }
std::string_view EscalationStageLabelZh(EscalationStage s) { return Info(s).label_zh; }
std::string_view EscalationStageLabelEn(EscalationStage s) { return Info(s).label_en; }

std::optional<EscalationStage> ParseEscalationStage(std::string_view value) {
  for (const auto& info : kStageInfo) {
    if (info.value == value) return info.stage;
  }
  return std::nullopt;
}

DeadlineStatus EvaluateDeadline(const core::Date& deadline, const core::Date& today,
                                const EscalationConfig& config) {
  DeadlineStatus status;
  const std::int64_t remaining = core::DaysBetween(today, deadline);
  if (remaining >= 0) {
    status.days_remaining = remaining;
    if (remaining <= config.reminder_days_before) status.stage = EscalationStage::kReminder;
    return status;
  }
  status.overdue = true;
  status.days_overdue = -remaining;
  if (status.days_overdue >= config.regulator_after_days_overdue) {
    status.stage = EscalationStage::kEscalateRegulator;
  } else if (status.days_overdue >= config.superior_after_days_overdue) {
    status.stage = EscalationStage::kEscalateSuperior;
  }
  return status;
}

std::variant<DeadlineStatus, std::vector<FieldError>> EvaluateDeadline(
    std::string_view deadline, std::string_view today, const EscalationConfig& config) {
  std::vector<FieldError> errors;
  const auto d = core::ParseIsoDate(deadline);
  const auto t = core::ParseIsoDate(today);
  if (!d) errors.push_back(Err("deadline_invalid").At("deadline", "deadline", "整改期限"));
  if (!t) errors.push_back(Err("today_invalid").At("today"));
  if (!errors.empty()) return errors;
  return EvaluateDeadline(*d, *t, config);
}

AssessmentStatus EvaluateAssessment(std::int64_t reported_at, std::int64_t now,
                                    const EscalationConfig& config) {
  constexpr std::int64_t kHour = 3600;
  AssessmentStatus status;
  status.due = reported_at + config.assessment_hours * kHour;
  if (now <= status.due) {
    status.seconds_remaining = status.due - now;
    if (config.assessment_reminder_hours > 0 &&
        status.seconds_remaining <= config.assessment_reminder_hours * kHour)
      status.stage = EscalationStage::kReminder;
    return status;
  }
  status.overdue = true;
  status.seconds_overdue = now - status.due;
  status.stage = status.seconds_overdue >= config.assessment_regulator_after_hours * kHour
                     ? EscalationStage::kEscalateRegulator
                     : EscalationStage::kEscalateSuperior;
  return status;
}

std::optional<std::int64_t> AssessmentAppliesFromInstant(const EscalationConfig& config) {
  if (config.assessment_applies_from.empty()) return std::nullopt;
  const auto date = core::ParseIsoDate(config.assessment_applies_from);
  if (!date) return std::nullopt;
  return core::ChinaDayStart(*date);
}

bool AssessmentPeriodApplies(std::int64_t reported_at, const EscalationConfig& config) {
  const auto from = AssessmentAppliesFromInstant(config);
  return !from || reported_at >= *from;
}

}  // namespace anjian::hidden_danger
