#include "domain/explosives/ledger_alerts.hpp"

#include <boost/json.hpp>

namespace anjian::domain::explosives {

namespace json = boost::json;

std::vector<FieldError> ValidateLedgerAlertConfig(const LedgerAlertConfig& c) {
  std::vector<FieldError> errors;
  if (c.stocktake_overdue_days < 1 || c.stocktake_overdue_days > 9999)
    errors.push_back({"stocktake_overdue_days", "range", "must be 1-9999 days", "应为 1 至 9999 天"});
  if (!(c.capacity_alert_percent > 0 && c.capacity_alert_percent <= 100))
    errors.push_back({"capacity_alert_percent", "range", "must be above 0 and at most 100",
                      "应大于 0 且不超过 100"});
  if (c.daily_close_grace_days < 0 || c.daily_close_grace_days > 30)
    errors.push_back({"daily_close_grace_days", "range", "must be 0-30 days", "应为 0 至 30 天"});
  if (c.daily_close_lookback_days < 1 || c.daily_close_lookback_days > 366)
    errors.push_back({"daily_close_lookback_days", "range", "must be 1-366 days", "应为 1 至 366 天"});
  return errors;
}

std::optional<LedgerAlertConfig> LedgerAlertConfigFromJson(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return std::nullopt;
  LedgerAlertConfig c;
  const auto& o = v.as_object();
  if (const auto* d = o.if_contains("stocktake_overdue_days")) {
    if (!d->is_int64()) return std::nullopt;
    c.stocktake_overdue_days = d->as_int64();
  }
  if (const auto* p = o.if_contains("capacity_alert_percent")) {
    if (!p->is_number()) return std::nullopt;
    c.capacity_alert_percent = p->to_number<double>();
  }
  for (auto [key, field] : {std::pair{"daily_close_grace_days", &c.daily_close_grace_days},
                            std::pair{"daily_close_lookback_days", &c.daily_close_lookback_days}}) {
    if (const auto* d = o.if_contains(key)) {
      if (!d->is_int64()) return std::nullopt;
      *field = d->as_int64();
    }
  }
  if (!ValidateLedgerAlertConfig(c).empty()) return std::nullopt;
  return c;
}

}  // namespace anjian::domain::explosives
