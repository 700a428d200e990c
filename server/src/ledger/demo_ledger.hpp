// Demo stores ledger of the demo civil-explosives producer (enterprise [0], 邹城恒安民爆器材有限公司):
// its four stores and a handful of vouchers posted through the real posting service, so the
// hash chain and the balances are exactly what production would hold.
#pragma once

#include "storage/db.hpp"

namespace anjian::ledger {

// Inside the caller's transaction; expects the demo users mb.keeper and mb.safety.
void SeedDemoLedger(storage::Connection& conn, int64_t enterprise_id);

}  // namespace anjian::ledger
