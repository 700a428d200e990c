// The settings-table form of the deadline escalation timings, key `hidden_danger_escalation`:
// {"reminder_days_before": 3, "superior_after_days_overdue": 1, "regulator_after_days_overdue": 7,
//  "assessment_hours": 24, "assessment_reminder_hours": 4, "assessment_regulator_after_hours": 24,
//  "assessment_applies_from": ""} (a date YYYY-MM-DD; "" = the day the rule was introduced).
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "dual_prevention/hidden_danger/deadline_rules.hpp"

namespace anjian::hidden_danger {

std::string EscalationConfigToJson(const EscalationConfig& config);
// A missing key keeps its default; unknown keys and wrong types are refused
// (flat_config_json.hpp rules), and the result must pass ValidateEscalationConfig.
std::variant<EscalationConfig, std::vector<FieldError>> EscalationConfigFromJson(
    std::string_view json_text);

}  // namespace anjian::hidden_danger
