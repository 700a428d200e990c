// A year of demo ledger history, oldest first (demo_ledger.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "demo/demo_ledger.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::demo {

struct DemoParty {
  int64_t enterprise_id = 0, keeper = 0, safety = 0;
  int64_t detonator_store = 0, explosive_store = 0, raw_store = 0;  // raw: producer only
};

// Every 14 days for a year: production, sales to the sellers in turn and their purchases, the
// sellers' sales, filed the next day except in one period (late ever since); stocktakes of the
// producer's detonator store (the third finds two codes missing: approved, loss incident
// reported to public security and the regulator, closed) and one of the first seller. The year
// ends on the UTC day of `now` (the clock's).
// The counterparty a demo voucher names (a sale's buyer, a purchase's seller, a transfer out of
// the ledger's transport licence), as the voucher route would require it; nullopt otherwise.
std::optional<voucher::Counterparty> DemoCounterparty(voucher::Direction d, voucher::Reason r);

void SeedDemoHistory(storage::Connection& conn, const DemoParty& producer,
                     const std::vector<DemoParty>& sellers, int64_t now);

}  // namespace anjian::demo
