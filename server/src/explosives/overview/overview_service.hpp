// The regulator's overview of the civil-explosives stores (/api/v1/ledger-overview): every store
// in scope — stock against capacity, the last stocktake and its variance, open loss incidents,
// late Art.24 filings, unsigned daily closes — with its alerts, and the stores that need
// attention first. It reads the other explosives areas; it owns no table.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "explosives/overview/attention_rules.hpp"
#include "explosives/overview/ledger_alerts_rules.hpp"
#include "explosives/stocktake/stocktake_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::overview {

struct StoreOverview {
  boost::json::object store;  // the store as the stores list shows it (magazine::MagazinesJson)
  std::optional<stocktake::LastStocktake> last_stocktake;
  int64_t open_loss_incidents = 0, late_sale_filings = 0, late_purchase_filings = 0;
  std::vector<std::string> unsigned_daily_closes;  // overdue days, oldest first
  StoreAttention attention;
};

struct Overview {
  LedgerAlertConfig config;            // in force (settings key ledger_alerts)
  int64_t stocktake_overdue_days = 0;  // the config's, or the one asked for
  std::vector<StoreOverview> items;    // the stores in list order
  std::vector<size_t> attention;       // indices into items with weight > 0, heaviest first
};

Overview LedgerOverview(storage::Connection& conn, const api::Scope& scope,
                        std::optional<int64_t> stocktake_overdue_days, int64_t now);

}  // namespace anjian::overview
