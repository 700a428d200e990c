// Demo emergency resources (应急资源, issue 14 §2): for every civil-explosives and
// hazardous-chemicals enterprise of the demo city a team, an expert and equipment/materials
// with expiry and inspection dates relative to `now_unix` — several expiring within the alert
// window and one expired at 恒安民爆 — and the city agency's own expert team. Fictional names.
// Also a recorded investigation of the demo's 较大 fire with one finding already a hidden danger
// is left to the users: investigations are created through the API only.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoEmergencyResources(storage::Connection& conn, int64_t mb, int64_t hc,
                                int64_t now_unix);

}  // namespace anjian::demo
