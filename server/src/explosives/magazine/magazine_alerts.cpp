#include "explosives/magazine/magazine_alerts.hpp"

#include <spdlog/spdlog.h>

#include "settings/settings_repository.hpp"

namespace anjian::magazine {

overview::LedgerAlertConfig LoadAlertConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "ledger_alerts");
  if (!stored) return {};
  if (auto c = overview::LedgerAlertConfigFromJson(*stored)) return *c;
  spdlog::warn("settings ledger_alerts is invalid; using the defaults");
  return {};
}

}  // namespace anjian::magazine
