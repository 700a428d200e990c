// Which alerts a store raises on the regulator's overview and how urgently it needs attention:
// an open loss incident first (100), then over-capacity (10), late Art.24 filings (5 each kind),
// unsigned daily closes (2) and an overdue stocktake (1; a quarantine store is not counted).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "explosives/overview/ledger_alerts_rules.hpp"

namespace anjian::overview {

struct StoreFacts {
  std::optional<double> capacity_use_percent;      // none when the store has no rated limit
  bool quarantine_store = false;
  std::optional<std::int64_t> last_counted_at;     // Unix seconds of the latest stocktake
  std::int64_t open_loss_incidents = 0;
  std::int64_t late_sale_filings = 0;
  std::int64_t late_purchase_filings = 0;
  std::size_t unsigned_daily_closes = 0;           // overdue days
};

struct StoreAttention {
  std::vector<std::string> alerts;  // capacity_over_90, stocktake_overdue, loss_incident_open,
                                    // sale_filing_late, purchase_filing_late, daily_close_missing
  std::int64_t weight = 0;          // 0: nothing to attend to
};

StoreAttention AssessStore(const StoreFacts& facts, const LedgerAlertConfig& config,
                           std::int64_t stocktake_overdue_days, std::int64_t now);

// The overview's own `stocktake_overdue_days` (query text): 1-9999 whole days; nullopt when it is
// not one (range).
std::optional<std::int64_t> ParseOverdueDays(std::string_view text);

}  // namespace anjian::overview
