// Demo drills (issue 14 §3): a year of drills for every civil-explosives and hazardous-chemicals
// enterprise that has emergency plans (seeded by the plans demo first) — most on time, some
// late, 润泽化工 (hc) missing its comprehensive plan's half-year drills — with results reports
// submitted and acknowledged, and, when the plans demo put a plan of 恒安民爆 (mb) into
// "revision required", the drill whose problem did so. Written through the drills repository
// in the caller's transaction, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoDrills(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix);

}  // namespace anjian::demo
