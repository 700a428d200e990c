// Demo duty rosters (issue 14 §1): every agency and every civil-explosives and
// hazardous-chemicals enterprise of the demo city gets its shift pattern and its shifts for the
// current and the next month (units with fewer than four accounts get demo duty accounts
// "duty.e<id>.<n>" / "duty.a<id>.<n>", password Demo@2026), one swap request each, an approved
// exchange in 恒安民爆 — and exactly one gap: 恒安民爆's day shift six days ahead has no duty
// officer (the coverage alert to its principal). Dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoDutyRosters(storage::Connection& conn, std::int64_t mb, std::int64_t now_unix);

}  // namespace anjian::demo
