#include "dual_prevention/hidden_danger/escalation_json_rules.hpp"

#include "core/flat_config_json.hpp"

namespace anjian::hidden_danger {

namespace {

const std::vector<core::FlatField<EscalationConfig>>& Fields() {
  static const std::vector<core::FlatField<EscalationConfig>> kFields = {
      {"reminder_days_before", &EscalationConfig::reminder_days_before},
      {"superior_after_days_overdue", &EscalationConfig::superior_after_days_overdue},
      {"regulator_after_days_overdue", &EscalationConfig::regulator_after_days_overdue},
      {"assessment_hours", &EscalationConfig::assessment_hours},
      {"assessment_reminder_hours", &EscalationConfig::assessment_reminder_hours},
      {"assessment_regulator_after_hours", &EscalationConfig::assessment_regulator_after_hours},
  };
  return kFields;
}

}  // namespace

std::string EscalationConfigToJson(const EscalationConfig& config) {
  return core::FlatConfigToJson(config, Fields());
}

std::variant<EscalationConfig, std::vector<FieldError>> EscalationConfigFromJson(
    std::string_view json_text) {
  EscalationConfig c = DefaultEscalationConfig();
  auto errors = core::FlatConfigFromJson(json_text, Fields(), c);
  if (errors.empty()) errors = ValidateEscalationConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

}  // namespace anjian::hidden_danger
