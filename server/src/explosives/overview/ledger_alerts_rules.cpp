#include "explosives/overview/ledger_alerts_rules.hpp"

#include "core/flat_config_json.hpp"
#include "core/core_errors.hpp"
#include "explosives/overview/overview_errors.hpp"

namespace anjian::overview {

std::vector<FieldError> ValidateLedgerAlertConfig(const LedgerAlertConfig& c) {
  std::vector<FieldError> errors;
  if (c.stocktake_overdue_days < 1 || c.stocktake_overdue_days > 9999)
    errors.push_back(Err("days_range").At("stocktake_overdue_days", 1, 9999));
  if (!(c.capacity_alert_percent > 0 && c.capacity_alert_percent <= 100))
    errors.push_back(Err("percent_range").At("capacity_alert_percent"));
  if (c.daily_close_grace_days < 0 || c.daily_close_grace_days > 30)
    errors.push_back(Err("days_range").At("daily_close_grace_days", 0, 30));
  if (c.daily_close_lookback_days < 1 || c.daily_close_lookback_days > 366)
    errors.push_back(Err("days_range").At("daily_close_lookback_days", 1, 366));
  return errors;
}

namespace {

// The one list of fields: serializer and parser both read it.
const std::vector<core::FlatField<LedgerAlertConfig>>& Fields() {
  static const std::vector<core::FlatField<LedgerAlertConfig>> kFields = {
      {"stocktake_overdue_days", &LedgerAlertConfig::stocktake_overdue_days},
      {"capacity_alert_percent", &LedgerAlertConfig::capacity_alert_percent},
      {"daily_close_grace_days", &LedgerAlertConfig::daily_close_grace_days},
      {"daily_close_lookback_days", &LedgerAlertConfig::daily_close_lookback_days},
  };
  return kFields;
}

}  // namespace

std::string LedgerAlertConfigToJson(const LedgerAlertConfig& config) {
  return core::FlatConfigToJson(config, Fields());
}

std::variant<LedgerAlertConfig, std::vector<FieldError>> ParseLedgerAlertConfig(
    std::string_view text) {
  LedgerAlertConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateLedgerAlertConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<LedgerAlertConfig> LedgerAlertConfigFromJson(std::string_view text) {
  auto parsed = ParseLedgerAlertConfig(text);
  if (auto* c = std::get_if<LedgerAlertConfig>(&parsed)) return *c;
  return std::nullopt;
}

}  // namespace anjian::overview
