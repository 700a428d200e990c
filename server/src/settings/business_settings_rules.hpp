// The business configuration an administrator may change (rules.md [U] values): one entry per
// settings key, naming its default and how a value is parsed, validated and written back. The
// entries delegate to the domain parsers and serializers, so a field added to a config struct
// flows through here and through the settings routes without further edits; a new key is one
// entry in BusinessSettings().
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace anjian::settings {

// The canonical JSON text of a valid value, or every problem (fields are JSON paths inside the
// value, e.g. "lec.bands" or "capacity_alert_percent").
using Normalized = std::variant<std::string, std::vector<FieldError>>;

struct BusinessSetting {
  std::string key;
  std::string label_zh;
  std::string label_en;
  std::function<std::string()> default_json;
  std::function<Normalized(std::string_view json_text)> normalize;
};

// risk_assessment_config, hidden_danger_escalation, ledger_alerts, loss_reporting,
// accident_reporting, hidden_danger_report_deadlines, emergency_resource_alerts, emergency_plans,
// drill_frequency, duty_coverage, duty_shift, duty_spot_check, licences, licence_gate, veto,
// people_qualifications, dishonesty_list — in that order.
const std::vector<BusinessSetting>& BusinessSettings();
const BusinessSetting* FindBusinessSetting(std::string_view key);

}  // namespace anjian::settings
