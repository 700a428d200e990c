// Demo stores ledger of the demo civil-explosives producer (enterprise [0], 邹城恒安民爆器材有限公司)
// and two demo sellers: stores, a year of vouchers (production, sales to the sellers, the sellers'
// purchases and sales), stocktakes — one with a variance whose loss incident was reported and
// closed — all through the real posting and stocktake services, so the hash chains and balances
// are exactly what production would hold.
#pragma once

#include <cstdint>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::demo {

struct DemoSeller {
  int64_t enterprise_id = 0;
  int64_t keeper = 0, safety = 0;  // users
};

// Inside the caller's transaction; expects the demo users mb.keeper and mb.safety. `now`: unix
// seconds (the clock) the demo is dated from.
void SeedDemoLedger(storage::Connection& conn, int64_t enterprise_id,
                    const std::vector<DemoSeller>& sellers, int64_t now);

}  // namespace anjian::demo
