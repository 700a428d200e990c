// Demo on-shift records (issue 14 §1): on the duty rosters' shifts running at `now_unix`, the
// members of up to three enterprises' current and previous shifts checked in (one leader late),
// a few duty-log entries (calls, an event, a superior's instruction), the previous shift's
// handover with an open item from its event acknowledged by the current shift; at one more unit
// the handover is left unacknowledged; everyone else on duty now has checked in.
// `except_enterprise` (恒安民爆, the browser scenario's enterprise) is left untouched, so its
// principal sees the absence alert. Runs after the roster seeder, in the caller's transaction.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoDutyShifts(storage::Connection& conn, int64_t except_enterprise, int64_t now_unix);

}  // namespace anjian::demo
