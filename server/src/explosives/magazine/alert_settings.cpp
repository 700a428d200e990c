#include "explosives/magazine/alert_settings.hpp"

#include <spdlog/spdlog.h>

namespace anjian::ledger {

overview::LedgerAlertConfig LoadAlertConfig(storage::Connection& conn) {
  auto rs = conn.Query("SELECT value FROM settings WHERE key = 'ledger_alerts'");
  if (rs.empty()) return {};
  if (auto c = overview::LedgerAlertConfigFromJson(rs.Text(0, "value"))) return *c;
  spdlog::warn("settings ledger_alerts is invalid; using the defaults");
  return {};
}

}  // namespace anjian::ledger
