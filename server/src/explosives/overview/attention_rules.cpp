#include "explosives/overview/attention_rules.hpp"

namespace anjian::overview {

StoreAttention AssessStore(const StoreFacts& f, const LedgerAlertConfig& config,
                           std::int64_t stocktake_overdue_days, std::int64_t now) {
  StoreAttention a;
  if (f.capacity_use_percent && *f.capacity_use_percent > config.capacity_alert_percent) {
    a.alerts.emplace_back("capacity_over_90");
    a.weight += 10;
  }
  const bool overdue =
      !f.last_counted_at || now - *f.last_counted_at > stocktake_overdue_days * 86400;
  if (overdue && !f.quarantine_store) {
    a.alerts.emplace_back("stocktake_overdue");
    a.weight += 1;
  }
  if (f.open_loss_incidents > 0) {
    a.alerts.emplace_back("loss_incident_open");
    a.weight += 100;
  }
  if (f.late_sale_filings > 0) {
    a.alerts.emplace_back("sale_filing_late");
    a.weight += 5;
  }
  if (f.late_purchase_filings > 0) {
    a.alerts.emplace_back("purchase_filing_late");
    a.weight += 5;
  }
  if (f.unsigned_daily_closes > 0) {
    a.alerts.emplace_back("daily_close_missing");
    a.weight += 2;
  }
  return a;
}

std::optional<std::int64_t> ParseOverdueDays(std::string_view text) {
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const std::int64_t days = std::stoll(std::string(text));
  if (days < 1) return std::nullopt;
  return days;
}

}  // namespace anjian::overview
