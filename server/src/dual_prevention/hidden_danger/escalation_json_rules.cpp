#include "dual_prevention/hidden_danger/escalation_json_rules.hpp"

#include <boost/json.hpp>

#include "core/civil_date.hpp"
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

// The one text field (a date): kept out of the flat numeric list and read here.
constexpr std::string_view kAppliesFrom = "assessment_applies_from";

}  // namespace

std::string EscalationConfigToJson(const EscalationConfig& config) {
  auto v = boost::json::parse(core::FlatConfigToJson(config, Fields()));
  v.as_object()[kAppliesFrom] = config.assessment_applies_from;
  return boost::json::serialize(v);
}

std::variant<EscalationConfig, std::vector<FieldError>> EscalationConfigFromJson(
    std::string_view json_text) {
  EscalationConfig c = DefaultEscalationConfig();
  std::string numbers(json_text);
  std::vector<FieldError> errors;
  boost::system::error_code ec;
  auto v = boost::json::parse(json_text, ec);
  if (!ec && v.is_object()) {
    auto& o = v.as_object();
    if (const auto* d = o.if_contains(kAppliesFrom)) {
      const std::string name(kAppliesFrom);
      if (d->is_string() &&
          (d->as_string().empty() || core::ParseIsoDate(std::string_view(d->as_string()))))
        c.assessment_applies_from = std::string(d->as_string());
      else
        errors.push_back(core::CoreErr("date_invalid").At(name));
      o.erase(kAppliesFrom);
      numbers = boost::json::serialize(o);
    }
  }
  auto flat = core::FlatConfigFromJson(numbers, Fields(), c);
  errors.insert(errors.end(), flat.begin(), flat.end());
  if (errors.empty()) errors = ValidateEscalationConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

}  // namespace anjian::hidden_danger
