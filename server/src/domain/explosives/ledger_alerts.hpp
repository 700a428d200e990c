// The regulator overview's alert thresholds (issue 4: "stocktake overdue by a configurable
// period"), read from the settings key `ledger_alerts` as JSON
// {"stocktake_overdue_days": 90, "capacity_alert_percent": 90}; a missing key keeps its default.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/error.hpp"

namespace anjian::domain::explosives {

struct LedgerAlertConfig {
  std::int64_t stocktake_overdue_days = 90;  // [U] a quarter
  double capacity_alert_percent = 90.0;      // [U] issue 4: "above 90% of capacity"
};

// stocktake_overdue_days 1-9999, capacity_alert_percent above 0 and at most 100.
std::vector<FieldError> ValidateLedgerAlertConfig(const LedgerAlertConfig& config);

std::string LedgerAlertConfigToJson(const LedgerAlertConfig& config);
// Every problem at once: a missing key keeps its default; unknown keys and wrong types are
// refused (flat_config_json.hpp rules); then ValidateLedgerAlertConfig.
std::variant<LedgerAlertConfig, std::vector<FieldError>> ParseLedgerAlertConfig(
    std::string_view text);
// nullopt when ParseLedgerAlertConfig finds any problem; the caller then keeps the defaults.
std::optional<LedgerAlertConfig> LedgerAlertConfigFromJson(std::string_view text);

}  // namespace anjian::domain::explosives
