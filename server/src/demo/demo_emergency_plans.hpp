// Demo emergency plans (issue 14 §2) of the 民爆 and hazardous-chemicals demo enterprises, one in
// each state: draft, published awaiting filing, filing submitted, filed, returned, late filing,
// deemed filed, evaluation due, and "revision required" after a drill.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoEmergencyPlans(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix);

}  // namespace anjian::demo
