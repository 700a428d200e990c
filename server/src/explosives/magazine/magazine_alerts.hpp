// The alert thresholds of the magazines in force (stocktake overdue, capacity use, daily close):
// settings key `ledger_alerts`, else the defaults (a bad value is logged and ignored so the
// pages keep working).
#pragma once

#include "explosives/overview/ledger_alerts_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::magazine {

overview::LedgerAlertConfig LoadAlertConfig(storage::Connection& conn);

}  // namespace anjian::magazine
