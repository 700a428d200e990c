// Demo hazardous workshops (issue 15 §3) of the demo civil-explosives producer: two workshops with
// their design limits and design document, their intermediate stores (ledger stores), check-in
// counts, and one over-storage case — the charging workshop's intermediate store holds more than
// its 危险品定量 — which the 四超 check finds and opens as a major hidden danger. Inside the
// caller's transaction, after the ledger, dated `now`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoWorkshops(storage::Connection& conn, int64_t mb, int64_t now);

}  // namespace anjian::demo
