// The ledger alert thresholds in force: settings key `ledger_alerts`, else the defaults (a bad
// value is logged and ignored so the pages keep working).
#pragma once

#include "domain/explosives/ledger_alerts.hpp"
#include "storage/db.hpp"

namespace anjian::ledger {

domain::explosives::LedgerAlertConfig LoadAlertConfig(storage::Connection& conn);

}  // namespace anjian::ledger
