// The ledger alert thresholds in force: settings key `ledger_alerts`, else the defaults (a bad
// value is logged and ignored so the pages keep working).
#pragma once

#include "explosives/overview/ledger_alerts_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::ledger {

overview::LedgerAlertConfig LoadAlertConfig(storage::Connection& conn);

}  // namespace anjian::ledger
